CREATE TABLE "kb_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" varchar(80) NOT NULL,
	"category_code" varchar(40) NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"legal_acts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"review_due" date,
	"source_lang" varchar(2) DEFAULT 'kk' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kb_articles_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "kb_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" varchar(100) NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_categories" (
	"code" varchar(40) PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_feedback" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"translation_id" uuid NOT NULL,
	"helpful" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"lang" varchar(2) NOT NULL,
	"slug" varchar(120) NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"published_title" text,
	"published_summary" text,
	"published_body" text,
	"published_revision" integer,
	"published_at" timestamp with time zone,
	"source_revision" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"helpful_count" integer DEFAULT 0 NOT NULL,
	"unhelpful_count" integer DEFAULT 0 NOT NULL,
	"search_text" text,
	"search_folded" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "kb_unanswered_searches" (
	"lang" varchar(2) NOT NULL,
	"query" varchar(200) NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"translation_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"note" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_category_code_kb_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."kb_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_attachments" ADD CONSTRAINT "kb_attachments_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_feedback" ADD CONSTRAINT "kb_feedback_translation_id_kb_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."kb_translations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_translations" ADD CONSTRAINT "kb_translations_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_versions" ADD CONSTRAINT "kb_versions_translation_id_kb_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."kb_translations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kb_feedback_translation_idx" ON "kb_feedback" USING btree ("translation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_translations_article_lang_key" ON "kb_translations" USING btree ("article_id","lang");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_translations_lang_slug_key" ON "kb_translations" USING btree ("lang","slug");--> statement-breakpoint
CREATE INDEX "kb_translations_search_idx" ON "kb_translations" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_unanswered_searches_key" ON "kb_unanswered_searches" USING btree ("lang","query");--> statement-breakpoint
CREATE INDEX "kb_unanswered_searches_count_idx" ON "kb_unanswered_searches" USING btree ("lang","count");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_versions_translation_revision_key" ON "kb_versions" USING btree ("translation_id","revision");