CREATE TABLE "screenings" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"utc_offset_minutes" smallint NOT NULL,
	"local_date" date NOT NULL,
	"input" jsonb NOT NULL,
	"level" text NOT NULL,
	"reasons" text[] NOT NULL,
	"ruleset_version" text NOT NULL,
	"matched_rules" text[] NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "screenings_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screenings_user_recorded_idx" ON "screenings" USING btree ("user_id","recorded_at");