ALTER TABLE "kato_units" ADD COLUMN "name_latin" text;--> statement-breakpoint
ALTER TABLE "kato_units" ADD COLUMN "search_text" text;--> statement-breakpoint
ALTER TABLE "kato_units" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED;--> statement-breakpoint
CREATE INDEX "kato_units_search_idx" ON "kato_units" USING gin ("search_vector");