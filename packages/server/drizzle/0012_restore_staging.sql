CREATE TABLE "staged_rows" (
	"user_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"target" text NOT NULL,
	"batch" integer NOT NULL,
	"rows" jsonb NOT NULL,
	CONSTRAINT "staged_rows_user_id_run_id_target_batch_pk" PRIMARY KEY("user_id","run_id","target","batch")
);
--> statement-breakpoint
CREATE TABLE "staging_runs" (
	"user_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staging_runs_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
ALTER TABLE "staged_rows" ADD CONSTRAINT "staged_rows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staged_rows" ADD CONSTRAINT "staged_rows_run_id_staging_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."staging_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staging_runs" ADD CONSTRAINT "staging_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;