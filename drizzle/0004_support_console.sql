DROP INDEX "people_iin_idx";--> statement-breakpoint
DROP INDEX "people_birth_date_idx";--> statement-breakpoint
DROP INDEX "people_merged_into_idx";--> statement-breakpoint
DROP INDEX "support_cases_created_idx";--> statement-breakpoint
DROP INDEX "support_cases_region_created_idx";--> statement-breakpoint
DROP INDEX "support_cases_status_created_idx";--> statement-breakpoint
DROP INDEX "support_cases_closed_idx";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "support_cases" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "people_iin_idx" ON "people" USING btree ("iin") WHERE iin is not null;--> statement-breakpoint
CREATE INDEX "people_birth_date_idx" ON "people" USING btree ("birth_date") WHERE birth_date is not null;--> statement-breakpoint
CREATE INDEX "people_merged_into_idx" ON "people" USING btree ("merged_into") WHERE merged_into is not null;--> statement-breakpoint
CREATE INDEX "support_cases_created_idx" ON "support_cases" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "support_cases_region_created_idx" ON "support_cases" USING btree ("region_code","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "support_cases_status_created_idx" ON "support_cases" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "support_cases_closed_idx" ON "support_cases" USING btree ("closed_at") WHERE closed_at is not null and anonymized_at is null;