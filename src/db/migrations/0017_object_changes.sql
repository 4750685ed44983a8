CREATE TABLE "object_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"txid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"object_type" text NOT NULL,
	"object_id" integer NOT NULL,
	"kind" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"publisher_id" integer,
	"object_key" text,
	"object_created_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "object_changes_tx_object_idx" ON "object_changes" USING btree ("txid","object_type","object_id");--> statement-breakpoint
CREATE INDEX "object_changes_feed_idx" ON "object_changes" USING btree ("txid","id");--> statement-breakpoint
CREATE INDEX "object_changes_object_idx" ON "object_changes" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "object_changes_removed_idx" ON "object_changes" USING btree ("object_type","changed_at") WHERE "object_changes"."kind" = 'removed';
--> statement-breakpoint
-- What the rows had before this migration: their first known instant (their meetings'), else now.
UPDATE "bodies" b SET "created_at" = coalesce((SELECT min(m.created_at) FROM meetings m WHERE m.body_id = b.id), now()),
  "updated_at" = coalesce((SELECT max(m.updated_at) FROM meetings m WHERE m.body_id = b.id), now());
--> statement-breakpoint
UPDATE "persons" p SET "created_at" = coalesce((SELECT min(m.created_at) FROM meeting_participants mp
    JOIN meetings m ON m.id = mp.meeting_id WHERE mp.person_id = p.id), now()),
  "updated_at" = coalesce((SELECT max(m.updated_at) FROM meeting_participants mp
    JOIN meetings m ON m.id = mp.meeting_id WHERE mp.person_id = p.id), now());
--> statement-breakpoint
UPDATE "memberships" ms SET "created_at" = b.created_at, "updated_at" = b.updated_at FROM bodies b WHERE b.id = ms.body_id;
--> statement-breakpoint
UPDATE "organisations" SET "updated_at" = "created_at";
--> statement-breakpoint
-- updated_at follows every change of a body, person, membership or publisher row (OParl 1.1: every
-- object has `modified`); a membership's change is also its body's and its person's (both show it).
CREATE FUNCTION protokol_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER bodies_touch BEFORE UPDATE ON bodies FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION protokol_touch_updated_at();
--> statement-breakpoint
CREATE TRIGGER persons_touch BEFORE UPDATE ON persons FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION protokol_touch_updated_at();
--> statement-breakpoint
CREATE TRIGGER memberships_touch BEFORE UPDATE ON memberships FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION protokol_touch_updated_at();
--> statement-breakpoint
CREATE TRIGGER organisations_touch BEFORE UPDATE ON organisations FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION protokol_touch_updated_at();
--> statement-breakpoint
CREATE FUNCTION protokol_touch_membership_owners() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE bodies SET updated_at = now() WHERE id = OLD.body_id;
    UPDATE persons SET updated_at = now() WHERE id = OLD.person_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE bodies SET updated_at = now() WHERE id = NEW.body_id;
    UPDATE persons SET updated_at = now() WHERE id = NEW.person_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER memberships_touch_owners AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION protokol_touch_membership_owners();
--> statement-breakpoint
-- One row per object per transaction in object_changes (src/db/schema/changes.ts). Deletions are
-- recorded BEFORE the row goes, while its body and meeting can still be read (a cascaded child
-- finds its parent's removal, recorded first, in this transaction's rows).
CREATE FUNCTION protokol_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_type text := TG_ARGV[0];
  r record;
  v_change text;
  v_publisher integer;
  v_key text;
  v_created timestamptz;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; v_change := 'removed';
  ELSIF TG_OP = 'INSERT' THEN r := NEW; v_change := 'created';
  ELSE r := NEW; v_change := 'changed';
  END IF;
  IF v_type = 'publisher' THEN
    v_publisher := r.id; v_key := r.slug; v_created := r.created_at;
  ELSIF v_type = 'body' THEN
    v_publisher := r.publisher_id; v_key := r.slug; v_created := r.created_at;
  ELSIF v_type = 'person' THEN
    v_publisher := r.publisher_id; v_key := r.slug; v_created := r.created_at;
    IF TG_OP = 'INSERT' AND NEW.merged_into_id IS NOT NULL THEN RETURN NULL; END IF;
    IF TG_OP = 'UPDATE' AND OLD.merged_into_id IS NULL AND NEW.merged_into_id IS NOT NULL THEN v_change := 'removed'; END IF;
    IF TG_OP = 'UPDATE' AND OLD.merged_into_id IS NOT NULL AND NEW.merged_into_id IS NULL THEN v_change := 'created'; END IF;
    IF TG_OP = 'UPDATE' AND OLD.merged_into_id IS NOT NULL AND NEW.merged_into_id IS NOT NULL THEN RETURN NULL; END IF;
    IF TG_OP = 'DELETE' AND OLD.merged_into_id IS NOT NULL THEN RETURN OLD; END IF;
  ELSIF v_type = 'membership' THEN
    v_created := r.created_at;
    SELECT b.publisher_id INTO v_publisher FROM bodies b WHERE b.id = r.body_id;
    IF NOT FOUND THEN
      SELECT c.publisher_id INTO v_publisher FROM object_changes c
        WHERE c.object_type = 'body' AND c.object_id = r.body_id ORDER BY c.id DESC LIMIT 1;
    END IF;
  ELSIF v_type = 'meeting' THEN
    v_created := r.created_at;
    SELECT b.publisher_id, b.slug INTO v_publisher, v_key FROM bodies b WHERE b.id = r.body_id;
  ELSIF v_type = 'case' THEN
    v_publisher := r.publisher_id;
    SELECT min(c.changed_at) INTO v_created FROM object_changes c WHERE c.object_type = 'case' AND c.object_id = r.id;
  ELSIF v_type = 'item' THEN
    v_key := r.case_id::text;
    SELECT b.publisher_id, m.created_at INTO v_publisher, v_created FROM meetings m JOIN bodies b ON b.id = m.body_id
      WHERE m.id = r.meeting_id;
    IF NOT FOUND THEN
      SELECT c.publisher_id, c.object_created_at INTO v_publisher, v_created FROM object_changes c
        WHERE c.object_type = 'meeting' AND c.object_id = r.meeting_id ORDER BY c.id DESC LIMIT 1;
    END IF;
  END IF;
  INSERT INTO object_changes AS c (object_type, object_id, kind, publisher_id, object_key, object_created_at)
    VALUES (v_type, r.id, v_change, v_publisher, v_key, coalesce(v_created, now()))
    ON CONFLICT (txid, object_type, object_id) DO UPDATE SET
      kind = CASE WHEN c.kind = 'created' AND excluded.kind = 'changed' THEN 'created' ELSE excluded.kind END,
      publisher_id = coalesce(excluded.publisher_id, c.publisher_id),
      object_key = coalesce(excluded.object_key, c.object_key),
      object_created_at = coalesce(c.object_created_at, excluded.object_created_at);
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t text[];
BEGIN
  FOREACH t SLICE 1 IN ARRAY ARRAY[['organisations', 'publisher'], ['bodies', 'body'], ['persons', 'person'],
    ['memberships', 'membership'], ['meetings', 'meeting'], ['cases', 'case'], ['agenda_items', 'item']]
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I FOR EACH ROW EXECUTE FUNCTION protokol_record_change(%L)',
      t[1] || '_created', t[1], t[2]);
    -- An item's row is written again whenever its meeting is: its sections and decision are in other tables.
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW %s EXECUTE FUNCTION protokol_record_change(%L)',
      t[1] || '_changed', t[1], CASE WHEN t[1] = 'agenda_items' THEN '' ELSE 'WHEN (OLD IS DISTINCT FROM NEW)' END, t[2]);
    EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION protokol_record_change(%L)',
      t[1] || '_removed', t[1], t[2]);
  END LOOP;
END $$;
--> statement-breakpoint
-- The archive as it is now, as created: a feed read from the start gives every object once.
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'publisher', id, 'created', id, slug, created_at, created_at FROM organisations ORDER BY id;
--> statement-breakpoint
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'body', id, 'created', publisher_id, slug, created_at, updated_at FROM bodies ORDER BY id;
--> statement-breakpoint
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'person', id, 'created', publisher_id, slug, created_at, updated_at FROM persons WHERE merged_into_id IS NULL ORDER BY id;
--> statement-breakpoint
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'membership', ms.id, 'created', b.publisher_id, NULL, ms.created_at, ms.updated_at
FROM memberships ms JOIN bodies b ON b.id = ms.body_id ORDER BY ms.id;
--> statement-breakpoint
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'meeting', m.id, 'created', b.publisher_id, b.slug, m.created_at, m.updated_at
FROM meetings m JOIN bodies b ON b.id = m.body_id ORDER BY m.id;
--> statement-breakpoint
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'case', id, 'created', publisher_id, NULL, now(), now() FROM cases ORDER BY id;
--> statement-breakpoint
INSERT INTO object_changes (object_type, object_id, kind, publisher_id, object_key, object_created_at, changed_at)
SELECT 'item', i.id, 'created', b.publisher_id, i.case_id::text, m.created_at, m.updated_at
FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id ORDER BY i.id;
