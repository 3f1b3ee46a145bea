CREATE TABLE "reminder_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "push_reminders" ADD COLUMN "key" text DEFAULT 'break' NOT NULL;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "push_reminders_user_key_idx" ON "push_reminders" USING btree ("user_id","key") WHERE "push_reminders"."key" <> 'break';--> statement-breakpoint
ALTER TABLE "push_reminders" DROP CONSTRAINT "push_reminders_user_id_due_at_pk";--> statement-breakpoint
ALTER TABLE "push_reminders" ADD CONSTRAINT "push_reminders_user_id_due_at_key_pk" PRIMARY KEY("user_id","due_at","key");
