-- Every change to what the public pages show is counted and announced: a statement-level
-- trigger advances data_version_seq (no lock: concurrent imports do not wait for each other) and
-- notifies 'protokol_data_changed' (delivered at commit), so that every server process empties its
-- page cache at once; the sequence's value is part of the data's fingerprint for the processes
-- that do not listen (the embedded database, a listener that lost its connection).
CREATE SEQUENCE IF NOT EXISTS "data_version_seq";
--> statement-breakpoint
CREATE FUNCTION protokol_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('data_version_seq');
  PERFORM pg_notify('protokol_data_changed', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['bodies', 'body_slug_aliases', 'organisations', 'persons', 'person_names', 'memberships',
    'meetings', 'agenda_items', 'cases', 'attachments', 'attachment_texts', 'questions', 'question_answer_parts',
    'question_scheme_settings', 'follow_ups', 'meeting_plan_entries', 'meeting_versions']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION protokol_data_changed()', t || '_data_changed', t);
  END LOOP;
END $$;
