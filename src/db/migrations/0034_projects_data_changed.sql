-- Grants and projects are public (/projekter, /projekt/:id, a frame's committed amounts, a body's
-- page): a change empties every process's page cache (0011_data_changes.sql), as for frames (0025).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['projects', 'project_bodies', 'project_transitions', 'project_reports']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION protokol_data_changed()', t || '_data_changed', t);
  END LOOP;
END $$;
