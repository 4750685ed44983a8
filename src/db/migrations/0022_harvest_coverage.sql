CREATE TABLE "harvest_listings" (
	"site_id" integer NOT NULL,
	"meeting_guid" text NOT NULL,
	"committee_guid" text NOT NULL,
	"committee_name" text NOT NULL,
	"meeting_date" text NOT NULL,
	"listed_dato" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "harvest_listings_site_id_meeting_guid_pk" PRIMARY KEY("site_id","meeting_guid")
);
--> statement-breakpoint
ALTER TABLE "harvest_meetings" ADD COLUMN "minutes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "harvest_meetings" ADD COLUMN "attachments_offered" integer;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "alarm" text;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "alarm_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "harvest_listings" ADD CONSTRAINT "harvest_listings_site_id_harvest_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."harvest_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The meetings harvested before the list was kept: seen when first stored; their minutes, if any, at their last fetch.
INSERT INTO "harvest_listings" ("site_id", "meeting_guid", "committee_guid", "committee_name", "meeting_date", "listed_dato", "first_seen_at", "last_seen_at")
SELECT hm."site_id", hm."meeting_guid", hm."committee_guid", hm."committee_name", coalesce(m."held_on"::text, left(hm."listed_dato", 10)), hm."listed_dato", hm."first_seen_at", hm."last_fetched_at"
FROM "harvest_meetings" hm LEFT JOIN "meetings" m ON m."id" = hm."meeting_id"
ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "harvest_meetings" hm SET "minutes_at" = hm."last_fetched_at" FROM "meetings" m WHERE m."id" = hm."meeting_id" AND m."document_type" = 'referat';
--> statement-breakpoint
-- A meeting's page says when it was removed at the source: a change of removed_at empties the page caches (0011).
CREATE TRIGGER "harvest_listings_removed_changed" AFTER UPDATE OF "removed_at" ON "harvest_listings"
FOR EACH ROW WHEN (OLD."removed_at" IS DISTINCT FROM NEW."removed_at") EXECUTE FUNCTION protokol_data_changed();
