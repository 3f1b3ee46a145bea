ALTER TABLE "checkins" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "periods" ADD COLUMN "source" text;