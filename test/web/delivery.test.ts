/**
 * How the portal's answers travel: compression negotiated by Accept-Encoding, the static files
 * under fingerprinted addresses kept a year, ETag and 304 for the public's pages and feeds (never
 * for a signed-in person), HEAD, and the reduced DKFDS stylesheet (bin/build-css.ts): still holding
 * what the views need, much smaller than DKFDS's, and not stale against the views.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDesignSystemCss, REDUCED_CSS } from '../../bin/build-css.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { startSession } from '../../src/use-cases/accounts/start-session.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createApp } from '../../src/web/app.js';
import { SESSION_COOKIE } from '../../src/web/auth/session.js';
import { compression } from '../../src/web/kit/compression.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { meetingId, openPortal, type TestPortal, TODAY } from '../helpers/portal.js';

const FEED = '/organ/region-syddanmark--sundhedsraad-fjordby/referater.atom';

describe('delivery', () => {
  let portal: TestPortal;
  let meeting: string;
  beforeAll(async () => {
    portal = await openPortal(TEST_DATABASES[0]);
    meeting = `/moede/${await meetingId(portal.handle, 'Sundhedsråd Fjordby', '2026-09-14')}`;
  });
  afterAll(async () => {
    await portal?.handle.close();
  });
  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    portal.app.request(url, { method, headers });

  it('compresses a page with brotli or gzip as the browser accepts, to the same HTML', async () => {
    const plain = await request(meeting);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    const html = await plain.text();
    expect(html.length).toBeGreaterThan(2000);

    const br = await request(meeting, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(html.length / 3);
    expect(zlib.brotliDecompressSync(brBytes).toString()).toBe(html);

    const gzip = await request(meeting, { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(html);

    // A feed (XML) is compressed too; a small answer is not.
    const feed = await request(FEED, { 'accept-encoding': 'br' });
    expect(feed.headers.get('content-encoding')).toBe('br');
    const small = await request('/healthz', { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toMatchObject({ status: 'ok' });
  });

  it('links the stylesheets by fingerprinted addresses, kept a year; the plain addresses still answer', async () => {
    const html = await (await request('/')).text();
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links[0]).toMatch(/^\/static\/dkfds\.[0-9a-f]{10}\.css$/);
    expect(links[1]).toMatch(/^\/static\/protokol\.[0-9a-f]{10}\.css$/);
    for (const href of links) expect(href).toMatch(/^\/static\/[\w-]+\.[0-9a-f]{10}\.css$/);
    expect(html).not.toContain('all-svg-icons.svg'); // the icons are drawn inline

    const css = await request(links[0], { 'accept-encoding': 'br, gzip' });
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('content-encoding')).toBe('br');
    const text = zlib.brotliDecompressSync(Buffer.from(await css.arrayBuffer())).toString();
    // The fonts it names are fingerprinted woff2, also kept a year, sent as they are.
    const font = text.match(/url\((\/static\/IBMPlexSans-Regular-Latin1\.[0-9a-f]{10}\.woff2)\)/)?.[1];
    expect(font).toBeDefined();
    const fontResponse = await request(font as string, { 'accept-encoding': 'br, gzip' });
    expect(fontResponse.headers.get('content-type')).toBe('font/woff2');
    expect(fontResponse.headers.get('cache-control')).toContain('immutable');
    expect(fontResponse.headers.get('content-encoding')).toBeNull();

    const plain = await request('/static/protokol.css');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await request('/static/protokol.css', { 'if-none-match': plain.headers.get('etag') as string });
    expect(again.status).toBe(304);
    expect((await request('/dkfds/css/dkfds.min.css')).status).toBe(200);
  });

  it('answers 304 to If-None-Match for a public page and a feed, per language', async () => {
    for (const url of ['/', meeting]) {
      const first = await request(url);
      const etag = first.headers.get('etag') as string;
      expect(etag).toMatch(/^W\/"da-/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      const again = await request(url, { 'if-none-match': etag, 'accept-encoding': 'br' });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('vary')).toMatch(/cookie/i);
      // The English page is another page.
      const english = await request(url, { 'if-none-match': etag, cookie: 'lang=en' });
      expect(english.status).toBe(200);
      expect(english.headers.get('etag')).toMatch(/^W\/"en-/);
    }
    const feed = await request(FEED);
    const etag = feed.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    expect((await request(FEED, { 'if-none-match': etag })).status).toBe(304);
  });

  it('gives a page the same ETag from the page cache and without it (every process agrees)', async () => {
    const uncached = createApp({ handle: portal.handle, now: () => TODAY, cache: false });
    for (const url of ['/', meeting]) {
      const cachedEtag = (await request(url)).headers.get('etag');
      const fresh = await uncached.request(url);
      expect(fresh.headers.get('etag')).toMatch(/^W\/"da-/);
      expect(fresh.headers.get('etag')).toBe(cachedEtag);
    }
  });

  it('keeps a signed-in person’s page private: no-store and no ETag', async () => {
    const created = await createUser({
      db: portal.handle.db,
      email: 'levering@example.dk',
      name: 'Levering',
      password: 'korrekt hest batteri hæftning',
      isAdmin: false,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!created.ok) throw new Error(created.reason);
    const { token } = await startSession({ db: portal.handle.db, userId: created.userId, now: TODAY });
    const page = await request(meeting, { cookie: `${SESSION_COOKIE}=${token}` });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Levering');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(page.headers.get('etag')).toBeNull();
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await request(meeting, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await head.text()).toBe('');
    const css = await request('/static/protokol.css', {}, 'HEAD');
    expect(css.status).toBe(200);
    expect(await css.text()).toBe('');
  });

  it('reduces DKFDS to what the views use: far smaller, the key components kept, and not stale', async () => {
    const reduced = fs.readFileSync(REDUCED_CSS, 'utf8');
    const full = fs.statSync(path.resolve('node_modules/dkfds/dist/css/dkfds.min.css')).size;
    expect(reduced.length).toBeLessThan(full / 4);
    for (const selector of [
      '.header',
      '.footer',
      '.container',
      '.skipnav',
      '.alert-warning',
      '.button-primary',
      '.form-input',
      '.form-label',
      '.breadcrumbs',
      '.icon-svg',
      '.table',
      ':focus',
    ]) {
      expect(reduced, selector).toContain(selector);
    }
    expect(reduced).not.toMatch(/\.eot|\.ttf|complete\/woff/);
    // Stale when a view has started using a part of DKFDS: run `npm run css:build`.
    expect(await buildDesignSystemCss(), 'src/web/static/dkfds.css is stale: npm run css:build').toBe(reduced);
  });

  it('compresses a streamed answer as it streams, and leaves small and already compressed ones alone', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i};en linje i en lang CSV-fil\n`);
    const app = new Hono().use(compression());
    app.get('/stream.csv', (c) => {
      const encoder = new TextEncoder();
      let i = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (i < lines.length) controller.enqueue(encoder.encode(lines[i++]));
          else controller.close();
        },
      });
      return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    });
    app.get('/small', (c) => c.text('kort'));
    app.get('/image.png', (c) => c.body(new Uint8Array(5000), 200, { 'Content-Type': 'image/png' }));
    const streamed = await app.request('/stream.csv', { headers: { 'accept-encoding': 'br' } });
    expect(streamed.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(Buffer.from(await streamed.arrayBuffer())).toString()).toBe(lines.join(''));
    const small = await app.request('/small', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('kort');
    const image = await app.request('/image.png', { headers: { 'accept-encoding': 'br' } });
    expect(image.headers.get('content-encoding')).toBeNull();
    expect((await image.arrayBuffer()).byteLength).toBe(5000);
  });
});
