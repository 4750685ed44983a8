/**
 * Danish compounds through the lexicon: each query word's stem and the corpus lexemes that
 * contain it (search_lexemes, trigram-indexed), and the match condition and rank that accept
 * any of them ("sundhedsplan" finds "nærsundhedsplan") beside websearch_to_tsquery's reading.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../client.js';
import type { QueryTerms } from './query-terms.js';

/** A stem shorter than this is not expanded (too many lexemes contain it). */
const MIN_EXPANSION_STEM = 5;
const MAX_EXPANSIONS = 40;

export interface Expansion {
  term: string;
  /** The term's Danish lexeme; null for a stop word or a phrase. */
  stem: string | null;
  /** Lexemes of the corpus that contain the stem (the stem itself included when it occurs). */
  lexemes: string[];
}

/** Each single-word term's stem and the corpus lexemes that contain it (through the lexicon's trigram index). */
export async function expandTerms(db: Db, terms: string[]): Promise<Expansion[]> {
  const words = terms.filter((term) => !term.includes(' '));
  if (words.length === 0) return [];
  const rows = await selectRows<{ term: string; stem: string | null; lexemes: string[] | null }>(
    db,
    sql`
      select t.term, s.stem,
        case when length(s.stem) >= ${MIN_EXPANSION_STEM} then array(
          select l.lexeme from search_lexemes l
          where l.lexeme like '%' || replace(replace(replace(s.stem, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
          order by length(l.lexeme), l.lexeme
          limit ${MAX_EXPANSIONS}) else array[]::text[] end as lexemes
      from unnest(array[${sql.join(
        words.map((word) => sql`${word}`),
        sql`, `,
      )}]::text[]) with ordinality as t(term, n)
      left join lateral (select x.lexeme as stem from unnest(to_tsvector('danish', t.term)) as x limit 1) s on true
      order by t.n`,
  );
  return rows.map((row) => ({ term: row.term, stem: row.stem, lexemes: row.lexemes ?? [] }));
}

/** A lexeme quoted for tsquery input. */
function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The match condition and the rank: the query as PostgreSQL reads it (websearch_to_tsquery), OR
 * every required word as any lexeme that contains it, so that compounds match through the same
 * GIN index. Excluded words exclude in both.
 */
export function matchQueries(query: string, terms: QueryTerms, expansions: Expansion[]): { condition: SQL; rank: SQL } {
  const ws = sql`websearch_to_tsquery('danish', ${query})`;
  const byTerm = new Map(expansions.map((e) => [e.term, e]));
  const groups: SQL[] = [];
  let widens = false;
  for (const term of terms.required) {
    if (term.includes(' ')) {
      groups.push(sql`phraseto_tsquery('danish', ${term})`);
      continue;
    }
    const expansion = byTerm.get(term);
    if (!expansion?.stem) continue; // a stop word: no condition, as in websearch_to_tsquery
    const lexemes = [...new Set([expansion.stem, ...expansion.lexemes])];
    if (lexemes.length > 1) widens = true;
    groups.push(sql`${lexemes.map(quoteLexeme).join(' | ')}::tsquery`);
  }
  for (const term of terms.excluded) {
    const stem = byTerm.get(term)?.stem;
    if (stem) groups.push(sql`!!${quoteLexeme(stem)}::tsquery`);
  }
  if (!widens || groups.length === 0) {
    return {
      condition: sql`i.search @@ ${ws}`,
      rank: sql`ts_rank(search, ${ws}) + case when ts_filter(search, '{a}') @@ ${ws} then 1.0 else 0 end`,
    };
  }
  const compound = sql`(${sql.join(groups, sql` && `)})`;
  return {
    // A query of plain words, phrases and exclusions without "or" asks of each word no more than
    // its group in the compound query accepts: every match of the plain reading matches the
    // compound one, so the GIN index is searched once, not twice.
    condition: onlyWordsAndPhrases(query)
      ? sql`i.search @@ ${compound}`
      : sql`(i.search @@ ${ws} or i.search @@ ${compound})`,
    rank: sql`ts_rank(search, ${ws} || ${compound})
      + case when ts_filter(search, '{a}') @@ ${ws} or ts_filter(search, '{a}') @@ ${compound} then 1.0 else 0 end`,
  };
}

/** Letters, digits, spaces, quotes and minus signs only, and no "or" outside quotes. */
function onlyWordsAndPhrases(query: string): boolean {
  if (!/^[\p{L}\p{N}\s"-]*$/u.test(query)) return false;
  return !/(?:^|\s)or(?:\s|$)/i.test(query.replace(/"[^"]*"?/g, ' '));
}
