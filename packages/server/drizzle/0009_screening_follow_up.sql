ALTER TABLE "screenings" ADD COLUMN "follow_up" text;--> statement-breakpoint
ALTER TABLE "screenings" ADD COLUMN "follow_up_at" timestamp with time zone;