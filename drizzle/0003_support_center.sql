CREATE SEQUENCE "public"."support_case_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" varchar(16) NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"basis" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_cases" (
	"letter_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "letter_cases_letter_id_case_id_pk" PRIMARY KEY("letter_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"direction" varchar(8) NOT NULL,
	"number" varchar(60) NOT NULL,
	"letter_date" date NOT NULL,
	"counterparty" text NOT NULL,
	"signatory" text DEFAULT '' NOT NULL,
	"subject" text NOT NULL,
	"reply_due_date" date,
	"in_reply_to_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"name_latin" text,
	"birth_date" date,
	"iin" varchar(12),
	"passport_number" varchar(20),
	"country" varchar(2),
	"region_code" varchar(9),
	"address" text,
	"language" varchar(2),
	"search_text" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED,
	"merged_into" uuid,
	"match_checked_at" timestamp with time zone,
	"anonymized_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_identifiers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"value" varchar(254) NOT NULL,
	"channel" varchar(16),
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_match_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unmerged_by" uuid,
	"unmerged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" varchar(32) NOT NULL,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "support_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"entry_id" bigint,
	"file_name" text NOT NULL,
	"media_type" varchar(100) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_canned_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"topic_code" varchar(40),
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_case_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"channel" varchar(16),
	"author_id" uuid,
	"body" text DEFAULT '' NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_id" varchar(300),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20) NOT NULL,
	"access_code_hash" varchar(64) NOT NULL,
	"topic_code" varchar(40) NOT NULL,
	"channel" varchar(16) NOT NULL,
	"status" varchar(24) DEFAULT 'new' NOT NULL,
	"region_code" varchar(9),
	"team" varchar(32) NOT NULL,
	"person_id" uuid NOT NULL,
	"applicant_name" text NOT NULL,
	"language" varchar(2) NOT NULL,
	"subject" text NOT NULL,
	"assignee_id" uuid,
	"assigned_at" timestamp with time zone,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"documents_seen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"channel_details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_version" varchar(32),
	"partner_id" uuid,
	"idempotency_key" varchar(128),
	"idempotency_fingerprint" varchar(64),
	"access_code_sealed" text,
	"due_at" timestamp with time zone NOT NULL,
	"paused_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"last_applicant_at" timestamp with time zone,
	"search_text" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED,
	"anonymized_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"api_key_hash" varchar(64) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "support_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"assignee_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_topics" (
	"code" varchar(40) PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"team" varchar(32) NOT NULL,
	"deadline_working_days" smallint NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "supervisor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_cases" ADD CONSTRAINT "letter_cases_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identifiers" ADD CONSTRAINT "person_identifiers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_proposals" ADD CONSTRAINT "person_match_proposals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_proposals" ADD CONSTRAINT "person_match_proposals_candidate_id_people_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_survivor_id_people_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_merged_id_people_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_attachments" ADD CONSTRAINT "support_attachments_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_case_entries" ADD CONSTRAINT "support_case_entries_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_topic_code_support_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."support_topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tasks" ADD CONSTRAINT "support_tasks_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_cases_case_idx" ON "letter_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "letters_direction_date_idx" ON "letters" USING btree ("direction","letter_date");--> statement-breakpoint
CREATE INDEX "letters_in_reply_to_idx" ON "letters" USING btree ("in_reply_to_id");--> statement-breakpoint
CREATE INDEX "letters_reply_due_idx" ON "letters" USING btree ("reply_due_date");--> statement-breakpoint
CREATE INDEX "people_iin_idx" ON "people" USING btree ("iin");--> statement-breakpoint
CREATE INDEX "people_birth_date_idx" ON "people" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "people_merged_into_idx" ON "people" USING btree ("merged_into");--> statement-breakpoint
CREATE INDEX "people_match_pending_idx" ON "people" USING btree ("created_at") WHERE match_checked_at is null;--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "person_identifiers_person_kind_value_key" ON "person_identifiers" USING btree ("person_id","kind","value");--> statement-breakpoint
CREATE INDEX "person_identifiers_lookup_idx" ON "person_identifiers" USING btree ("kind","value");--> statement-breakpoint
CREATE UNIQUE INDEX "person_match_proposals_pair_key" ON "person_match_proposals" USING btree ("person_id","candidate_id");--> statement-breakpoint
CREATE INDEX "person_match_proposals_status_idx" ON "person_match_proposals" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "person_merges_survivor_idx" ON "person_merges" USING btree ("survivor_id");--> statement-breakpoint
CREATE INDEX "person_merges_merged_idx" ON "person_merges" USING btree ("merged_id");--> statement-breakpoint
CREATE INDEX "staff_notifications_staff_idx" ON "staff_notifications" USING btree ("staff_id","id");--> statement-breakpoint
CREATE INDEX "support_attachments_case_idx" ON "support_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "support_case_entries_case_idx" ON "support_case_entries" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "support_case_entries_external_idx" ON "support_case_entries" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_cases_number_key" ON "support_cases" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "support_cases_idempotency_key" ON "support_cases" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "support_cases_created_idx" ON "support_cases" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "support_cases_region_created_idx" ON "support_cases" USING btree ("region_code","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "support_cases_status_created_idx" ON "support_cases" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "support_cases_assignee_status_idx" ON "support_cases" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "support_cases_open_due_idx" ON "support_cases" USING btree ("due_at") WHERE status not in ('answered', 'closed');--> statement-breakpoint
CREATE INDEX "support_cases_person_idx" ON "support_cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "support_cases_closed_idx" ON "support_cases" USING btree ("closed_at") WHERE anonymized_at is null;--> statement-breakpoint
CREATE INDEX "support_cases_search_idx" ON "support_cases" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "support_partners_key_hash_key" ON "support_partners" USING btree ("api_key_hash");--> statement-breakpoint
CREATE INDEX "support_tasks_open_idx" ON "support_tasks" USING btree ("due_at") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "support_tasks_case_idx" ON "support_tasks" USING btree ("case_id");