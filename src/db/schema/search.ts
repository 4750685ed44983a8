/**
 * The search lexicon: every distinct lexeme (PostgreSQL 'danish' stem) of the agenda items'
 * search vectors, kept by a trigger (migration 0004). A query word is expanded through it to the
 * lexemes that contain it ("sundhedsplan" → "nærsundhedsplan"), so that compounds are found
 * through the full-text index alone.
 */
import { index, pgTable, text } from 'drizzle-orm/pg-core';

export const searchLexemes = pgTable(
  'search_lexemes',
  {
    lexeme: text('lexeme').primaryKey(),
  },
  (t) => [index('search_lexemes_trgm_idx').using('gin', t.lexeme.op('gin_trgm_ops'))],
);
