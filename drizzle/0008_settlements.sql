CREATE SEQUENCE "public"."settlements_catalogue_version_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "indicator_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"rows" jsonb NOT NULL,
	"problems" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "region_indicators" (
	"region_code" varchar(9) NOT NULL,
	"key" varchar(32) NOT NULL,
	"year" smallint NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "region_indicators_region_code_key_year_pk" PRIMARY KEY("region_code","key","year")
);
--> statement-breakpoint
CREATE TABLE "region_profiles" (
	"region_code" varchar(9) PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"centre_name" jsonb,
	"centre_lat" double precision,
	"centre_lon" double precision
);
--> statement-breakpoint
CREATE TABLE "region_programmes" (
	"region_code" varchar(9) NOT NULL,
	"year" smallint NOT NULL,
	"quota" integer,
	"aid" jsonb,
	"source" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_programmes_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE TABLE "settlement_indicators" (
	"settlement_code" varchar(9) NOT NULL,
	"key" varchar(32) NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"year" smallint,
	"is_demo" boolean NOT NULL,
	"import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlement_indicators_settlement_code_key_pk" PRIMARY KEY("settlement_code","key")
);
--> statement-breakpoint
CREATE TABLE "settlement_shortlists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"codes" jsonb NOT NULL,
	"ranking_query" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"code" varchar(9) PRIMARY KEY NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_latin" text NOT NULL,
	"region_code" varchar(9) NOT NULL,
	"district_code" varchar(9) NOT NULL,
	"okrug_code" varchar(9),
	"kind" varchar(16) NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"coordinates_source" varchar(16),
	"osm_id" text,
	"population" integer,
	"population_source" text,
	"is_district_centre" boolean DEFAULT false NOT NULL,
	"district_centre_km" double precision,
	"regional_centre_km" double precision
);
--> statement-breakpoint
ALTER TABLE "region_profiles" ADD CONSTRAINT "region_profiles_region_code_kato_units_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."kato_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_programmes" ADD CONSTRAINT "region_programmes_region_code_kato_units_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."kato_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_indicators" ADD CONSTRAINT "settlement_indicators_settlement_code_settlements_code_fk" FOREIGN KEY ("settlement_code") REFERENCES "public"."settlements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_code_kato_units_code_fk" FOREIGN KEY ("code") REFERENCES "public"."kato_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "settlements_region_idx" ON "settlements" USING btree ("region_code","district_code");