DROP INDEX "support_cases_created_idx";--> statement-breakpoint
DROP INDEX "support_cases_region_created_idx";--> statement-breakpoint
DROP INDEX "support_cases_status_created_idx";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "support_cases" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "support_cases_created_idx" ON "support_cases" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "support_cases_region_created_idx" ON "support_cases" USING btree ("region_code","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "support_cases_status_created_idx" ON "support_cases" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);