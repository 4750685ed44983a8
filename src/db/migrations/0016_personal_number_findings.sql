CREATE TABLE "personal_number_findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"item_number" integer,
	"place" text NOT NULL,
	"label" text,
	"attachment_sha256" text,
	"page" integer,
	"confidence" text NOT NULL,
	"context" text NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personal_number_findings" ADD CONSTRAINT "personal_number_findings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personal_number_findings_meeting_idx" ON "personal_number_findings" USING btree ("meeting_id");