/**
 * Atom 1.0 feeds (RFC 4287) through the `feed` package: new minutes of a body, new decisions of a
 * case, the results of a search. The package writes entries' titles, summaries and content as
 * `type="html"` in CDATA, so every entry text handed in is plain text and is HTML-escaped here
 * (which also keeps "]]>" out of the CDATA sections). Each feed names the stylesheet that turns it
 * into a readable page in a browser (FEED_STYLESHEET_PATH); feed readers ignore it.
 */
import { Feed } from 'feed';

/** Where the feeds' XSL stylesheet is served (web/feeds/feed.xsl). */
export const FEED_STYLESHEET_PATH = '/static/feed.xsl';

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
  return withStylesheet(feed.atom1());
}

/** The xml-stylesheet processing instruction, right after the XML declaration. */
function withStylesheet(xml: string): string {
  const instruction = `<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET_PATH}"?>`;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (!declaration) return `${instruction}\n${xml}`;
  return `${declaration[0].trimEnd()}\n${instruction}\n${xml.slice(declaration[0].length)}`;
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
