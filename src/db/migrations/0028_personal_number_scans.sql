CREATE TABLE "personal_number_scans" (
	"scanner_version" integer PRIMARY KEY NOT NULL,
	"meetings" integer NOT NULL,
	"attachments" integer NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL
);
