-- Search keys on the item: its meeting's date and body and its decision's outcome, so that a search
-- filters and orders within agenda_items alone and walks one of the indexes below (newest first)
-- or takes the GIN matches, as the planner estimates (docs/search-plans.md). Written with the item
-- by the store (src/db/stores/meeting-items.ts); a meeting's new date or body is copied here by a trigger.
ALTER TABLE "agenda_items" ADD COLUMN "held_on" date;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "body_id" integer;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "outcome" text;--> statement-breakpoint
-- Filling them in is no change of any item: no change records, no lexicon work, no notifications.
ALTER TABLE "agenda_items" DISABLE TRIGGER USER;--> statement-breakpoint
UPDATE "agenda_items" i SET "held_on" = m."held_on", "body_id" = m."body_id",
  "outcome" = (SELECT d."outcome" FROM "decisions" d WHERE d."item_id" = i."id")
FROM "meetings" m WHERE m."id" = i."meeting_id";--> statement-breakpoint
ALTER TABLE "agenda_items" ENABLE TRIGGER USER;--> statement-breakpoint
ALTER TABLE "agenda_items" ALTER COLUMN "held_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ALTER COLUMN "body_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "agenda_items_open_date_idx" ON "agenda_items" USING btree ("held_on" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE not is_closed;--> statement-breakpoint
CREATE INDEX "agenda_items_open_body_date_idx" ON "agenda_items" USING btree ("body_id","held_on" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE not is_closed;--> statement-breakpoint
CREATE INDEX "agenda_items_open_outcome_date_idx" ON "agenda_items" USING btree ("outcome","held_on" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE not is_closed and outcome is not null;--> statement-breakpoint
CREATE FUNCTION protokol_copy_meeting_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE agenda_items SET held_on = NEW.held_on, body_id = NEW.body_id WHERE meeting_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER meetings_copy_keys AFTER UPDATE OF held_on, body_id ON meetings FOR EACH ROW
  WHEN (OLD.held_on IS DISTINCT FROM NEW.held_on OR OLD.body_id IS DISTINCT FROM NEW.body_id)
  EXECUTE FUNCTION protokol_copy_meeting_keys();
--> statement-breakpoint
-- An item written without its keys (any writer but the store) takes them from its meeting.
CREATE FUNCTION protokol_item_meeting_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT m.held_on, m.body_id INTO NEW.held_on, NEW.body_id FROM meetings m WHERE m.id = NEW.meeting_id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER agenda_items_meeting_keys BEFORE INSERT ON agenda_items FOR EACH ROW
  WHEN (NEW.held_on IS NULL OR NEW.body_id IS NULL)
  EXECUTE FUNCTION protokol_item_meeting_keys();--> statement-breakpoint
-- A decision's outcome on its item (the store writes both at once: then there is nothing to do).
CREATE FUNCTION protokol_copy_decision_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE agenda_items SET outcome = NEW.outcome WHERE id = NEW.item_id AND outcome IS DISTINCT FROM NEW.outcome;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER decisions_copy_outcome AFTER INSERT OR UPDATE OF outcome ON decisions FOR EACH ROW
  EXECUTE FUNCTION protokol_copy_decision_outcome();
