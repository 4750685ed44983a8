/**
 * Atom 1.0 feeds (RFC 4287) through the `feed` package: new minutes of a body, new decisions of a
 * case, the results of a search. The package writes entries' titles, summaries and content as
 * `type="html"` in CDATA, so every entry text handed in is plain text and is HTML-escaped here
 * (which also keeps "]]>" out of the CDATA sections).
 */
import { Feed } from 'feed';

export interface AtomEntry {
  /** A stable, absolute IRI: the entry's permalink. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date;
  /** Plain text. */
  summary: string;
  /** Plain text paragraphs (blank-line separated), shown as the entry's content. */
  content?: string;
}

export interface AtomFeedInput {
  /** The feed's own absolute URL, also its id. */
  selfUrl: string;
  /** The page the feed follows (the body, the case, the search). */
  alternateUrl: string;
  title: string;
  subtitle: string;
  entries: AtomEntry[];
  /** When there are no entries: the feed's updated time. */
  emptyUpdated: Date;
}

export function renderAtomFeed(input: AtomFeedInput): string {
  const updated = input.entries.reduce<Date | null>(
    (latest, entry) => (latest && latest >= entry.updated ? latest : entry.updated),
    null,
  );
  const feed = new Feed({
    id: input.selfUrl,
    // The feed's own title and subtitle are written as text (escaped by the package).
    title: input.title,
    description: input.subtitle,
    link: input.alternateUrl,
    updated: updated ?? input.emptyUpdated,
    language: 'da',
    generator: 'Protokol',
    feedLinks: { atom: input.selfUrl },
    author: { name: 'Protokol' },
    copyright: 'Offentliggjort af de enkelte råd og udvalg',
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: escapeHtml(entry.summary),
      content: entry.content === undefined ? undefined : paragraphs(entry.content),
    });
  }
  return feed.atom1();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br/>')}</p>`)
    .join('');
}
