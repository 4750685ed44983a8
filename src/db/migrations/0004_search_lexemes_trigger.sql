-- Custom SQL migration file, put your code below! --
-- Keeps search_lexemes filled with every lexeme of agenda_items.search (statement-level triggers
-- with transition tables: one insert per statement, not per row). Lexemes of items that are later
-- removed stay: a stale lexeme only widens a query to words that match nothing.
CREATE FUNCTION search_lexemes_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (lexeme)
  SELECT DISTINCT l.lexeme FROM changed_items c, unnest(c.search) AS l
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER agenda_items_lexemes_insert AFTER INSERT ON agenda_items
  REFERENCING NEW TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_collect();
--> statement-breakpoint
CREATE TRIGGER agenda_items_lexemes_update AFTER UPDATE ON agenda_items
  REFERENCING NEW TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_collect();
--> statement-breakpoint
INSERT INTO search_lexemes (lexeme)
SELECT DISTINCT l.lexeme FROM agenda_items i, unnest(i.search) AS l
ON CONFLICT DO NOTHING;
