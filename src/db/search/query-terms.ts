/**
 * The words of a search as the compound-word part of the search reads them. The full-text part
 * hands the whole query to websearch_to_tsquery('danish', …); this part expands each word into
 * the longer words that contain it, so that "sundhedsplan" also finds "nærsundhedsplan".
 */

export interface QueryTerms {
  /** Words and quoted phrases that must occur (lower case). */
  required: string[];
  /** Words after a minus that must not occur (lower case). */
  excluded: string[];
}

/** Terms shorter than this are left to the full-text search alone. */
export const MIN_SUBSTRING_LENGTH = 3;

const TOKEN = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;

export function parseQueryTerms(query: string): QueryTerms {
  const required: string[] = [];
  const excluded: string[] = [];
  for (const match of query.matchAll(TOKEN)) {
    const negated = (match[1] ?? match[3] ?? '') === '-';
    const raw = match[2] ?? match[4] ?? '';
    const term = raw
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/\s+/g, ' ');
    if (term.length < MIN_SUBSTRING_LENGTH) continue;
    if (!negated && (term === 'or' || term === 'eller')) continue;
    (negated ? excluded : required).push(term);
  }
  return { required: [...new Set(required)], excluded: [...new Set(excluded)] };
}
