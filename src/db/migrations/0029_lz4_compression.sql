-- Custom SQL migration file, put your code below! --
-- The large texts and files compressed with lz4 instead of pglz where the server has it (Debian's
-- PostgreSQL does; the embedded PGlite does not, and keeps pglz): about 6 % off an import of
-- real-shaped meetings on PostgreSQL (bench/import), and much faster to read back (a search reads
-- the items' search vectors, a page the sections' text). Values written before keep pglz until
-- they are written again; both are read alike.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE source_files ALTER COLUMN content SET COMPRESSION lz4;
    ALTER TABLE agenda_items ALTER COLUMN search_text SET COMPRESSION lz4;
    ALTER TABLE agenda_items ALTER COLUMN search SET COMPRESSION lz4;
    ALTER TABLE sections ALTER COLUMN text SET COMPRESSION lz4;
    ALTER TABLE decisions ALTER COLUMN text SET COMPRESSION lz4;
    ALTER TABLE attachment_text_pages ALTER COLUMN text SET COMPRESSION lz4;
    ALTER TABLE attachment_text_pages ALTER COLUMN search SET COMPRESSION lz4;
  END IF;
END $$;
