CREATE TABLE "experiment_adherence" (
	"user_id" uuid NOT NULL,
	"experiment_id" uuid NOT NULL,
	"date" date NOT NULL,
	"followed" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experiment_adherence_user_id_experiment_id_date_pk" PRIMARY KEY("user_id","experiment_id","date")
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"template_id" text,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"intervention" text NOT NULL,
	"control" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"period_days" smallint NOT NULL,
	"pairs" smallint NOT NULL,
	"washout_days" smallint NOT NULL,
	"outcome" text NOT NULL,
	"seed" integer NOT NULL,
	"schedule" jsonb NOT NULL,
	"stopped_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experiments_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "experiment_adherence" ADD CONSTRAINT "experiment_adherence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiments_user_start_idx" ON "experiments" USING btree ("user_id","start_date");