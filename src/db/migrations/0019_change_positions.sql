ALTER TABLE "object_changes" ADD COLUMN "position" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "object_changes_position_idx" ON "object_changes" USING btree ("position");--> statement-breakpoint
-- The change feed's order is the order of the commits: as a transaction that wrote changes commits
-- (a deferred trigger, at the end of the transaction), it takes the one advisory lock held until its
-- commit and numbers its rows. The next transaction numbers its rows only after this one is
-- committed and visible, so a reader that sees position n has every smaller position to see too.
CREATE SEQUENCE IF NOT EXISTS "object_change_position_seq";
--> statement-breakpoint
CREATE FUNCTION protokol_number_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7164351902);
  UPDATE object_changes SET position = nextval('object_change_position_seq')
    WHERE id IN (SELECT id FROM object_changes
      WHERE txid = pg_current_xact_id()::text::bigint AND position IS NULL ORDER BY id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER object_changes_number AFTER INSERT ON object_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION protokol_number_changes();
--> statement-breakpoint
-- The rows written before: numbered in the order of their transactions.
UPDATE object_changes c SET position = n.position FROM (
  SELECT id, nextval('object_change_position_seq') AS position FROM (SELECT id FROM object_changes ORDER BY txid, id) o
) n WHERE n.id = c.id;
