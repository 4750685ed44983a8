-- Custom SQL migration file, put your code below! --
-- An item's search text without its lists of who attended or was absent ("Deltagelse",
-- "Fraværende": section kinds participation and absent) and without empty sections: a name or a
-- title in such a list is not what the item is about, and an empty section is only its heading.
-- The same rule as the import path's writeItems (src/db/stores/meeting-items.ts); only the items
-- that have such a section are written again (their generated search vector follows).
UPDATE agenda_items i SET search_text = CASE WHEN i.is_closed THEN '' ELSE concat_ws(E'\n\n',
    (SELECT string_agg(s.heading || E'\n' || s.text, E'\n\n' ORDER BY s.position) FROM sections s
      WHERE s.item_id = i.id AND s.kind NOT IN ('participation', 'absent') AND btrim(s.text) <> ''),
    (SELECT d.text FROM decisions d WHERE d.item_id = i.id
      AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.item_id = i.id AND s.kind = 'decision'))
  ) END
WHERE EXISTS (SELECT 1 FROM sections s WHERE s.item_id = i.id
  AND (s.kind IN ('participation', 'absent') OR btrim(s.text) = ''));
