CREATE TABLE "draft_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"is_closed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draft_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"time_slot" text,
	"case_number" text,
	"is_closed" boolean DEFAULT false NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" jsonb,
	"absentees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_on" date NOT NULL,
	"published_by_user_id" integer,
	"published_by_label" text NOT NULL,
	"reason" text,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "media_type" text;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "size_bytes" integer;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "draft_participants" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "draft_attachments" ADD CONSTRAINT "draft_attachments_item_id_draft_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."draft_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_items" ADD CONSTRAINT "draft_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD CONSTRAINT "meeting_versions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "draft_attachments_item_idx" ON "draft_attachments" USING btree ("item_id","position");--> statement-breakpoint
CREATE INDEX "draft_items_meeting_idx" ON "draft_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_versions_number_idx" ON "meeting_versions" USING btree ("meeting_id","number");