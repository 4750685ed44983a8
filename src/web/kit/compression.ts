/**
 * Compression of every answer that is text (pages, stylesheets, scripts, JSON, calendars, feeds,
 * SVG, CSV, NDJSON) and larger than about 1 KB, in the encoding the browser prefers: brotli or
 * gzip, with `Vary: Accept-Encoding`. Node's own zlib does both (Hono's `compress` uses
 * CompressionStream, which on Node 20 has gzip and deflate but not brotli, about a fifth smaller
 * for HTML). The body is compressed as it streams, so an export is never held in memory; brotli at
 * quality 5, which compresses a page in a millisecond or two (the static files are compressed
 * once at quality 11 by assets.ts and pass through here untouched). Not compressed: what is
 * already (PDF, images, woff2, zip), a HEAD, 204/206/304, and an answer marked `no-transform`.
 */
import { Duplex } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { negotiateEncoding, varyOn } from './encoding.js';

const COMPRESSIBLE =
  /^(?:text\/|image\/svg\+xml|application\/(?:json|javascript|xml|xhtml\+xml|x-ndjson|ld\+json|manifest\+json|[\w.-]+\+json|[\w.-]+\+xml)\b)/i;

function compressor(encoding: 'br' | 'gzip', sizeHint: number | null) {
  if (encoding === 'gzip') return zlib.createGzip({ level: 6 });
  const params: Record<number, number> = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 };
  if (sizeHint) params[zlib.constants.BROTLI_PARAM_SIZE_HINT] = sizeHint;
  return zlib.createBrotliCompress({ params });
}

/**
 * The body's first bytes, to tell a small answer (sent as it is) from one worth compressing,
 * and the whole body again as a stream.
 */
async function peek(body: ReadableStream<Uint8Array>, threshold: number) {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (!done && size < threshold) {
    const chunk = await reader.read();
    if (chunk.done) done = true;
    else {
      head.push(chunk.value);
      size += chunk.value.byteLength;
    }
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (done) controller.close();
    },
    async pull(controller) {
      const chunk = await reader.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { isSmall: done && size < threshold, stream };
}

export function compression({ threshold = 1024 }: { threshold?: number } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (!COMPRESSIBLE.test(type) || res.headers.has('Content-Encoding') || [204, 206, 304].includes(res.status)) return;
    if (/\bno-transform\b/i.test(res.headers.get('Cache-Control') ?? '')) return;
    const length = res.headers.get('Content-Length');
    if (length !== null && Number(length) < threshold) return;
    varyOn(res.headers, 'Accept-Encoding');
    const encoding = negotiateEncoding(c.req.header('Accept-Encoding'), ['br', 'gzip']);
    if (!encoding || !res.body || c.req.method === 'HEAD') return;
    const { isSmall, stream } = await peek(res.body, threshold);
    const headers = new Headers(res.headers);
    if (!isSmall) {
      headers.delete('Content-Length');
      headers.set('Content-Encoding', encoding);
      const etag = headers.get('ETag');
      if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`); // another representation
    }
    const body = isSmall
      ? stream
      : (stream as NodeReadableStream<Uint8Array>).pipeThrough(
          Duplex.toWeb(compressor(encoding, length === null ? null : Number(length))),
        );
    c.res = undefined as unknown as Response; // replace the answer, not merge into it
    c.res = new Response(body as ReadableStream<Uint8Array>, {
      status: res.status,
      statusText: res.statusText,
      headers,
    });
  };
}
