ALTER TABLE "checkins" ADD COLUMN "pain_by_area" jsonb;--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "pain_qualities" text[];