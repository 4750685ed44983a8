/**
 * GET /organ/:slug/spoergsmaal.atom: a body's published answers in the question scheme as a feed —
 * the same as its page /organ/:slug/spoergsmaal shows (the question and the answer's open parts,
 * never who asked, never a confidential part), newest first; empty when the body does not publish
 * answers. What "Følg" on that page follows by e-mail, for feed readers.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findBodyRefBySlug, listPublicAnswers } from '../../db/queries/questions.js';
import { copenhagenInstant } from '../../domain/copenhagen-time.js';
import { type AtomEntry, renderAtomFeed } from '../../render/atom/feed.js';
import { notFound } from '../kit/errors.js';
import { isSlug } from '../kit/params.js';
import { asksForPage, FEED_SIZE } from './feed-routes.js';

export async function answersFeed(c: Context, db: Db) {
  const slug = c.req.param('slug') ?? '';
  const body = isSlug(slug) ? await findBodyRefBySlug(db, slug) : null;
  if (!body) throw notFound();
  const origin = new URL(c.req.url).origin;
  const page = `${origin}/organ/${body.slug}/spoergsmaal`;
  const en = c.get('lang') === 'en';
  const answers = (await listPublicAnswers(db, body.id)).slice(0, FEED_SIZE);
  const entries: AtomEntry[] = answers.map((answer) => {
    const url = `${page}#spoergsmaal-${answer.id}`;
    return {
      id: url,
      title: answer.title,
      url,
      updated: copenhagenInstant(answer.answeredOn, '12:00'),
      summary: answer.openParts[0] ?? '',
      content: [answer.text, ...answer.openParts].join('\n\n'),
    };
  });
  const xml = renderAtomFeed({
    selfUrl: `${page}.atom`,
    alternateUrl: page,
    title: en ? `Questions and answers – ${body.name}` : `Spørgsmål og svar – ${body.name}`,
    subtitle: en
      ? `Answers published in the question scheme of ${body.name}`
      : `Offentliggjorte svar i ${body.name}s spørgeordning`,
    entries,
    emptyUpdated: new Date('2020-01-01T00:00:00Z'),
  });
  const type = asksForPage(c.req.header('Accept')) ? 'application/xml' : 'application/atom+xml';
  return c.body(xml, 200, { 'Content-Type': `${type}; charset=utf-8`, Vary: 'Accept' });
}
