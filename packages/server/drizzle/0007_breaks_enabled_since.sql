ALTER TABLE "break_settings" ADD COLUMN "enabled_since" timestamp with time zone;--> statement-breakpoint
-- Rows saved before this column: reminders that are on count as on since the row was last saved.
UPDATE "break_settings" SET "enabled_since" = "updated_at" WHERE ("settings"->>'enabled')::boolean;
