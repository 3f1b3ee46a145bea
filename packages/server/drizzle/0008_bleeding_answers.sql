CREATE TABLE "bleeding_answers" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"run_start" date NOT NULL,
	"answer" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"utc_offset_minutes" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bleeding_answers_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "bleeding_answers" ADD CONSTRAINT "bleeding_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bleeding_answers_user_answered_idx" ON "bleeding_answers" USING btree ("user_id","answered_at");