/**
 * Content negotiation and validators shared by the static files (assets.ts), the compression of
 * every other answer (compression.ts) and the public pages' revalidation (revalidation.ts).
 */
import { createHash } from 'node:crypto';

export type Encoding = 'br' | 'gzip';

/**
 * The best encoding the client accepts of those offered: brotli before gzip (smaller), unless
 * Accept-Encoding ranks gzip higher; `q=0` refuses one, `*` stands for any not named.
 */
export function negotiateEncoding(acceptEncoding: string | undefined, offered: readonly Encoding[]): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(token.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  let best: { encoding: Encoding; q: number } | null = null;
  for (const encoding of offered) {
    const q = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding ?? null;
}

/** A weak validator over a body (weak: the same page compressed or not is the same page). */
export function weakEtag(body: string | Uint8Array, prefix = ''): string {
  return `W/"${prefix}${createHash('sha1').update(body).digest('base64url')}"`;
}

/** If-None-Match (a list, or *) against an ETag, compared weakly (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Adds a header name to Vary unless it is there already. */
export function varyOn(headers: Headers, name: string): void {
  const current = headers.get('vary');
  if (current === '*') return;
  const names = (current ?? '').split(',').map((n) => n.trim().toLowerCase());
  if (!names.includes(name.toLowerCase())) headers.set('vary', current ? `${current}, ${name}` : name);
}
