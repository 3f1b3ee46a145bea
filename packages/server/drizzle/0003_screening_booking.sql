ALTER TABLE "screenings" ADD COLUMN "booking_reminder" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "screenings" ADD COLUMN "booked_at" timestamp with time zone;