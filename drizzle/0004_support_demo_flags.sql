ALTER TABLE "people" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "support_cases" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;