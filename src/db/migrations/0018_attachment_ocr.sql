CREATE TABLE "attachment_ocr_queue" (
	"sha256" text NOT NULL,
	"page" integer NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_ocr_queue_sha256_page_pk" PRIMARY KEY("sha256","page")
);
--> statement-breakpoint
ALTER TABLE "attachment_text_pages" ADD COLUMN "source" text DEFAULT 'text_layer' NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_text_pages" ADD COLUMN "quality" real;--> statement-breakpoint
ALTER TABLE "attachment_text_pages" ADD COLUMN "garbage" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_text_pages" drop column "search";--> statement-breakpoint
ALTER TABLE "attachment_text_pages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish', case when garbage then '' else coalesce(text, '') end)) STORED;--> statement-breakpoint
CREATE INDEX "attachment_text_pages_search_idx" ON "attachment_text_pages" USING gin ("search");--> statement-breakpoint
ALTER TABLE "attachment_texts" ADD COLUMN "text_source" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_texts" ADD COLUMN "quality" real;--> statement-breakpoint
ALTER TABLE "attachment_ocr_queue" ADD CONSTRAINT "attachment_ocr_queue_sha256_attachment_texts_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."attachment_texts"("sha256") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_ocr_queue_due_idx" ON "attachment_ocr_queue" USING btree ("state","next_attempt_at");--> statement-breakpoint
-- Written by hand after drizzle-kit: the texts stored before this migration. A text with pages
-- from the text layer says so; a scan stored before OCR existed is queued whole (page 0: its
-- pages are counted by the OCR worker, which then reads each).
UPDATE "attachment_texts" SET "text_source" = 'text_layer' WHERE EXISTS (SELECT 1 FROM "attachment_text_pages" p WHERE p."sha256" = "attachment_texts"."sha256" AND p."text" <> '');--> statement-breakpoint
INSERT INTO "attachment_ocr_queue" ("sha256", "page") SELECT "sha256", 0 FROM "attachment_texts" WHERE "state" = 'no_text';
