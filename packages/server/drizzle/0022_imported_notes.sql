CREATE TABLE "imported_notes" (
	"user_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"source" text NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "imported_notes_user_id_local_date_source_pk" PRIMARY KEY("user_id","local_date","source")
);
--> statement-breakpoint
ALTER TABLE "imported_notes" ADD CONSTRAINT "imported_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;