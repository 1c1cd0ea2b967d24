CREATE TABLE "search_index_state" (
	"table_name" varchar(63) PRIMARY KEY NOT NULL,
	"keys_version" integer NOT NULL,
	"rebuilt_at" timestamp with time zone DEFAULT now() NOT NULL
);
