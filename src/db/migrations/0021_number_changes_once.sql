-- The change feed's numbering (0019) ran once per changed row at commit, each time looking for the
-- transaction's unnumbered rows: a transaction's rows are numbered together, so it is queued once,
-- for the transaction's first change (a transaction-local setting remembers it; a savepoint rolled
-- back forgets it with its queued trigger, and the next change queues it again).
CREATE FUNCTION protokol_first_change_in_transaction() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  tx text := pg_current_xact_id()::text;
BEGIN
  IF current_setting('protokol.changes_numbered_in', true) = tx THEN RETURN false; END IF;
  PERFORM set_config('protokol.changes_numbered_in', tx, true);
  RETURN true;
END $$;
--> statement-breakpoint
DROP TRIGGER object_changes_number ON object_changes;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER object_changes_number AFTER INSERT ON object_changes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (protokol_first_change_in_transaction())
  EXECUTE FUNCTION protokol_number_changes();
