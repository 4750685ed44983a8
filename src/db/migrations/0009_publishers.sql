CREATE TABLE "body_slug_aliases" (
	"slug" text PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_names" (
	"publisher_id" integer NOT NULL,
	"name_key" text NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "person_names_publisher_id_name_key_pk" PRIMARY KEY("publisher_id","name_key")
);
--> statement-breakpoint
CREATE TABLE "attachment_text_pages" (
	"sha256" text NOT NULL,
	"page" integer NOT NULL,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish', coalesce(text, ''))) STORED,
	CONSTRAINT "attachment_text_pages_sha256_page_pk" PRIMARY KEY("sha256","page")
);
--> statement-breakpoint
CREATE TABLE "attachment_texts" (
	"sha256" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"page_count" integer DEFAULT 0 NOT NULL,
	"source_url" text,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "harvest_meetings" (
	"site_id" integer NOT NULL,
	"meeting_guid" text NOT NULL,
	"committee_guid" text NOT NULL,
	"committee_name" text NOT NULL,
	"listed_dato" text NOT NULL,
	"document_url" text NOT NULL,
	"source_url" text NOT NULL,
	"checksum" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"meeting_id" integer,
	CONSTRAINT "harvest_meetings_site_id_meeting_guid_pk" PRIMARY KEY("site_id","meeting_guid")
);
--> statement-breakpoint
CREATE TABLE "harvest_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"state" text DEFAULT 'running' NOT NULL,
	"mode" text DEFAULT 'incremental' NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "harvest_sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"publisher_id" integer NOT NULL,
	"bodies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_identities" (
	"key" text PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_number_unique";--> statement-breakpoint
ALTER TABLE "bodies" DROP CONSTRAINT "bodies_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "publisher_id" integer;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "publisher_id" integer;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "sha256" text;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "source_url" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "publisher_id" integer;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "source_url" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "is_fictitious" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "body_slug_aliases" ADD CONSTRAINT "body_slug_aliases_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_publisher_id_organisations_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_text_pages" ADD CONSTRAINT "attachment_text_pages_sha256_attachment_texts_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."attachment_texts"("sha256") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_meetings" ADD CONSTRAINT "harvest_meetings_site_id_harvest_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."harvest_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_meetings" ADD CONSTRAINT "harvest_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_runs" ADD CONSTRAINT "harvest_runs_site_id_harvest_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."harvest_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD CONSTRAINT "harvest_sites_publisher_id_organisations_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_identities" ADD CONSTRAINT "meeting_identities_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_slug_aliases_body_idx" ON "body_slug_aliases" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "person_names_person_idx" ON "person_names" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "attachment_text_pages_search_idx" ON "attachment_text_pages" USING gin ("search");--> statement-breakpoint
CREATE INDEX "harvest_meetings_meeting_idx" ON "harvest_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "harvest_runs_site_idx" ON "harvest_runs" USING btree ("site_id","started_at");--> statement-breakpoint
CREATE INDEX "harvest_sites_url_idx" ON "harvest_sites" USING btree ("url");--> statement-breakpoint
CREATE INDEX "meeting_identities_meeting_idx" ON "meeting_identities" USING btree ("meeting_id");--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_publisher_id_organisations_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_publisher_id_organisations_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_merged_into_id_persons_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_publisher_id_organisations_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bodies_publisher_idx" ON "bodies" USING btree ("publisher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_publisher_number_idx" ON "cases" USING btree ("publisher_id","number");--> statement-breakpoint
CREATE INDEX "cases_number_idx" ON "cases" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "organisation_id";--> statement-breakpoint
-- Every imported meeting keeps the identities it is known by: its source's GUID (the zero GUID
-- never), and body + date + start time (the body is now publisher + name, so two publishers'
-- same-named committees meeting at the same time stay two meetings).
INSERT INTO "meeting_identities" ("key", "meeting_id")
  SELECT 'source:' || lower("source_id"), "id" FROM "meetings"
  WHERE "identity_key" IS NOT NULL AND "source_id" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    AND "source_id" <> '00000000-0000-0000-0000-000000000000'
  ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "meeting_identities" ("key", "meeting_id")
  SELECT 'body:' || "body_id" || '|' || "held_on" || '|' || coalesce("start_time", ''), "id" FROM "meetings"
  WHERE "identity_key" IS NOT NULL
  ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "meetings" SET "identity_key" = coalesce(
    (SELECT min(i."key") FROM "meeting_identities" i WHERE i."meeting_id" = "meetings"."id" AND i."key" LIKE 'source:%'),
    'body:' || "body_id" || '|' || "held_on" || '|' || coalesce("start_time", ''))
  WHERE "identity_key" IS NOT NULL;
