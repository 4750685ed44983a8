/**
 * The stylesheets and scripts (src/web/static: Protokol's stylesheet, the reduced DKFDS stylesheet, scripts)
 * and the fonts the stylesheets name, read once per process and held in memory, each with an
 * address that names its content — /static/protokol.<hash>.css — served with
 * `Cache-Control: public, max-age=31536000, immutable`: a browser asks for it once, and a changed
 * file gets a new address. The plain address (/static/protokol.css) keeps working with a short
 * cache and an ETag. Text files are compressed once, at start-up, with brotli at its best quality
 * and gzip, and sent in the encoding the browser accepts; woff2 is already compressed.
 *
 * A stylesheet's `url(/static/NAME)` is rewritten to NAME's fingerprinted address before the
 * stylesheet's own fingerprint is taken, so a changed font changes the stylesheet's address too.
 * A name that is not in src/web/static is looked for among DKFDS's fonts (bin/build-css.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { registerAssetHrefs } from '../../render/html/assets.js';
import { type Encoding, etagMatches, negotiateEncoding } from './encoding.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The plain addresses: a browser checks again after five minutes (and gets a 304 if nothing changed). */
const SHORT = 'public, max-age=300';
const COMPRESS_ABOVE = 1024;

interface Asset {
  name: string;
  fingerprinted: string;
  type: string;
  etag: string;
  bodies: Partial<Record<Encoding | 'identity', Buffer>>;
}

export interface AssetTable {
  byName: Map<string, Asset>;
  byFingerprint: Map<string, Asset>;
}

const EXTRA_TYPES: Record<string, string> = { '.xsl': 'text/xsl; charset=utf-8', '.woff2': 'font/woff2' };

function typeOf(name: string): string {
  return EXTRA_TYPES[path.extname(name)] ?? getMimeType(name) ?? 'application/octet-stream';
}

function makeAsset(name: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const ext = path.extname(name);
  const type = typeOf(name);
  const bodies: Asset['bodies'] = { identity: body };
  if (body.length > COMPRESS_ABOVE && /^(?:text\/|image\/svg|application\/(?:json|xml|javascript))/.test(type)) {
    bodies.br = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    bodies.gzip = zlib.gzipSync(body, { level: 9 });
  }
  return { name, fingerprinted: `${name.slice(0, -ext.length)}.${hash}${ext}`, type, etag: `"${hash}"`, bodies };
}

const STATIC_URL = /url\(\/static\/([^)"']+)\)/g;

/** Reads the stylesheets and scripts of `dir` (not its folders) and the fonts its stylesheets name from `fontsDir`. */
export function loadAssets(dir: string, fontsDir: string): AssetTable {
  const table: AssetTable = { byName: new Map(), byFingerprint: new Map() };
  const add = (asset: Asset) => {
    table.byName.set(asset.name, asset);
    table.byFingerprint.set(asset.fingerprinted, asset);
  };
  // Stylesheets and scripts only: other files there (feed.xsl) are served by their own routes.
  const names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.(?:css|js)$/.test(e.name));
  const stylesheets = names.filter((entry) => entry.name.endsWith('.css')).map((entry) => entry.name);
  for (const entry of names) {
    if (!entry.name.endsWith('.css')) add(makeAsset(entry.name, fs.readFileSync(path.join(dir, entry.name))));
  }
  for (const name of stylesheets) {
    const css = fs.readFileSync(path.join(dir, name), 'utf8');
    const rewritten = css.replace(STATIC_URL, (whole, referenced: string) => {
      let asset = table.byName.get(referenced);
      const font = path.join(fontsDir, path.basename(referenced));
      if (!asset && fs.existsSync(font)) {
        asset = makeAsset(referenced, fs.readFileSync(font));
        add(asset);
      }
      return asset ? `url(/static/${asset.fingerprinted})` : whole;
    });
    add(makeAsset(name, Buffer.from(rewritten)));
  }
  return table;
}

let loaded: { key: string; table: AssetTable } | null = null;

/** The table for `dir`, read on the first call of a process; the page frame's links are registered with it. */
export function assetsOf(dir: string, fontsDir: string): AssetTable {
  const key = `${dir}\n${fontsDir}`;
  if (loaded?.key !== key) {
    loaded = { key, table: loadAssets(dir, fontsDir) };
    registerAssetHrefs([...loaded.table.byName.values()].map((a) => [a.name, `/static/${a.fingerprinted}`]));
  }
  return loaded.table;
}

/** GET/HEAD /static/NAME from memory: a fingerprinted name for a year, a plain one briefly; else the next handler. */
export function serveAssets(table: AssetTable): MiddlewareHandler {
  return async (c, next) => {
    const name = c.req.path.replace(/^\/static\//, '');
    const byFingerprint = table.byFingerprint.get(name);
    const asset = byFingerprint ?? table.byName.get(name);
    if (!asset || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    const offered = (['br', 'gzip'] as const).filter((encoding) => asset.bodies[encoding]);
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      'Cache-Control': byFingerprint ? IMMUTABLE : SHORT,
      ETag: asset.etag,
    };
    if (offered.length > 0) headers.Vary = 'Accept-Encoding';
    if (etagMatches(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304, headers);
    const encoding = negotiateEncoding(c.req.header('Accept-Encoding'), offered);
    const body = asset.bodies[encoding ?? 'identity'] as Buffer;
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(body.length);
    return c.body(new Uint8Array(body), 200, headers);
  };
}
