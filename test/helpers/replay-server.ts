/**
 * A real HTTP server on 127.0.0.1 (node:http, port 0) that serves a fictitious First Agenda site
 * (firstagenda-site.ts) in the site's shapes: `/api/agenda/udvalgsliste`,
 * `/api/agenda/dagsorden/<guid>`, `/vis/pdf/bilag/<guid>` (small real PDFs; some without a text
 * layer; closed items' attachments are refused), optionally behind `/Home/AnonymousAuthentication`
 * (a session cookie). Faults can be injected per path: a status (503 …), 429 with `Retry-After`,
 * a response slower than the client's timeout, a truncated body, a reset connection, malformed
 * JSON, an HTML page, a non-PDF, an oversized PDF. Every request is logged (method, path, times,
 * status) and the requests in flight are measured.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeAttachment, FakeSite } from './firstagenda-site.js';

export type FaultKind =
  | 'status'
  | 'retry-after'
  | 'slow'
  | 'truncate'
  | 'reset'
  | 'malformed'
  | 'html'
  | 'not-pdf'
  | 'big';

export interface Fault {
  kind: FaultKind;
  /** For 'status' (default 503) and 'retry-after' (default 429). */
  status?: number;
  /** The `Retry-After` value for 'retry-after' ("2" or an HTTP date). */
  retryAfter?: string;
  /** For 'slow': how long before answering (the answer is dropped when the client gives up first). */
  delayMs?: number;
  /** For 'big': the size of the PDF served. */
  bytes?: number;
  /** For 'big': stream it without Content-Length (the client must count while reading). */
  chunked?: boolean;
  /** How many matching requests it hits (default 1; Infinity for all). */
  times?: number;
}

export interface RequestRecord {
  method: string;
  /** The Host header (one server answers under several host names: 127.0.0.1 and localhost). */
  host: string | null;
  path: string;
  /** performance.now() in the server process when the request arrived and when its answer ended. */
  startedAt: number;
  endedAt: number | null;
  status: number | null;
  fault: FaultKind | null;
  cookie: string | null;
  userAgent: string | null;
}

export interface ReplayServerOptions {
  /** Require the anonymous session cookie for /api/: answer 401 or an HTML login page without it. */
  requireAuth?: 'status' | 'html';
  /** Wait this long before every answer (to make requests overlap). */
  latencyMs?: number;
}

/**
 * Client settings for harvesting a replay server in tests: no gap between requests, a short
 * timeout, one retry after 1–2 ms (retries and `Retry-After` never really sleep).
 */
export const FAST_CLIENT = {
  minGapMs: 0,
  timeoutMs: 5000,
  backoffBaseMs: 1,
  backoffMaxMs: 2,
  retries: 1,
  sleep: async () => {},
};

type PathMatch = string | RegExp | ((path: string) => boolean);

export interface ReplayServer {
  url: string;
  site: FakeSite;
  requests: RequestRecord[];
  /** The most requests in flight at once so far. */
  readonly maxInFlight: number;
  fault(match: PathMatch, fault: Fault): void;
  clearFaults(): void;
  /** Forgets the request log and the in-flight maximum (between runs). */
  resetLog(): void;
  /** Forgets every session: the next API call must authenticate again. */
  expireSessions(): void;
  /** Requests whose path matches. */
  count(match?: PathMatch): number;
  close(): Promise<void>;
}

const COOKIE = 'FirstAgendaAnonymous';

function matches(match: PathMatch, path: string): boolean {
  if (typeof match === 'string') return path.toLowerCase() === match.toLowerCase();
  if (match instanceof RegExp) return match.test(path);
  return match(path);
}

export async function startReplayServer(site: FakeSite, options: ReplayServerOptions = {}): Promise<ReplayServer> {
  const requests: RequestRecord[] = [];
  const faults: { match: PathMatch; fault: Fault; left: number }[] = [];
  const sessions = new Set<string>();
  let inFlight = 0;
  let maxInFlight = 0;
  let baseUrl = '';

  const takeFault = (path: string): Fault | null => {
    const hit = faults.find((entry) => entry.left > 0 && matches(entry.match, path));
    if (!hit) return null;
    hit.left--;
    return hit.fault;
  };

  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const record: RequestRecord = {
      method: request.method ?? 'GET',
      host: request.headers.host ?? null,
      path,
      startedAt: performance.now(),
      endedAt: null,
      status: null,
      fault: null,
      cookie: request.headers.cookie ?? null,
      userAgent: request.headers['user-agent'] ?? null,
    };
    requests.push(record);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight--;
      record.endedAt = performance.now();
      record.status = response.headersSent ? response.statusCode : null;
    });
    const fault = takeFault(path);
    record.fault = fault?.kind ?? null;
    const answer = () => respond({ site, baseUrl, sessions, options, path, request, response, fault });
    if (options.latencyMs) setTimeout(answer, options.latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    site,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    fault(match, fault) {
      faults.push({ match, fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      faults.length = 0;
    },
    resetLog() {
      requests.length = 0;
      maxInFlight = inFlight;
    },
    expireSessions() {
      sessions.clear();
    },
    count(match) {
      return match === undefined ? requests.length : requests.filter((r) => matches(match, r.path)).length;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

interface Exchange {
  site: FakeSite;
  baseUrl: string;
  sessions: Set<string>;
  options: ReplayServerOptions;
  path: string;
  request: http.IncomingMessage;
  response: http.ServerResponse;
  fault: Fault | null;
}

const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Log ind</title></head><body><form>Log ind</form></body></html>';

function respond(exchange: Exchange): void {
  const { response, path, fault } = exchange;
  if (response.destroyed) return;
  if (fault && applyFault(exchange, fault)) return;
  const lower = path.toLowerCase();
  if (lower === '/home/anonymousauthentication') {
    const token = randomUUID();
    exchange.sessions.add(token);
    response.writeHead(302, { Location: '/', 'Set-Cookie': `${COOKIE}=${token}; path=/; HttpOnly` });
    response.end();
    return;
  }
  if (lower.startsWith('/api/') && exchange.options.requireAuth && !hasSession(exchange)) {
    if (exchange.options.requireAuth === 'status') send(response, 401, 'text/plain', 'Unauthorized');
    else send(response, 200, 'text/html; charset=utf-8', LOGIN_PAGE);
    return;
  }
  const body = content(exchange, lower);
  if (body) send(response, 200, body.type, body.bytes);
  else send(response, 404, 'text/plain', 'Not found');
}

function hasSession(exchange: Exchange): boolean {
  const cookies = exchange.request.headers.cookie ?? '';
  const token = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(cookies)?.[1];
  return token !== undefined && exchange.sessions.has(token);
}

/** What the site serves at a path (lower case), or null for 404. A closed item's attachment is 403. */
function content(exchange: Exchange, lower: string): { type: string; bytes: string | Uint8Array } | null {
  const { site, baseUrl, response } = exchange;
  if (lower === '/api/agenda/udvalgsliste') return { type: JSON_TYPE, bytes: JSON.stringify(site.listing()) };
  const document = /^\/api\/agenda\/dagsorden\/([0-9a-f-]{36})$/.exec(lower);
  if (document) {
    const json = site.documentJson(document[1], baseUrl);
    return json === undefined ? null : { type: JSON_TYPE, bytes: json };
  }
  const attachment = /^\/vis\/pdf\/bilag\/([0-9a-f-]{36})$/.exec(lower);
  if (attachment) {
    const found = site.attachment(attachment[1]);
    if (!found) return null;
    if (found.isClosed) {
      send(response, 403, 'text/plain', 'Forbidden');
      return null;
    }
    return { type: 'application/pdf', bytes: attachmentPdf(found) };
  }
  if (lower === '/')
    return { type: 'text/html; charset=utf-8', bytes: '<!DOCTYPE html><html><body>Forside</body></html>' };
  return null;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function send(response: http.ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  if (response.headersSent || response.destroyed) return;
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length });
  response.end(bytes);
}

/** Plays a fault; returns false when the fault only delays the normal answer. */
function applyFault(exchange: Exchange, fault: Fault): boolean {
  const { response, request } = exchange;
  switch (fault.kind) {
    case 'status':
      send(response, fault.status ?? 503, 'text/plain', 'Service Unavailable');
      return true;
    case 'retry-after':
      response.writeHead(fault.status ?? 429, { 'Content-Type': 'text/plain', 'Retry-After': fault.retryAfter ?? '1' });
      response.end('Too Many Requests');
      return true;
    case 'slow': {
      const timer = setTimeout(() => respond({ ...exchange, fault: null }), fault.delayMs ?? 60_000);
      response.on('close', () => clearTimeout(timer));
      return true;
    }
    case 'reset':
      if (typeof request.socket.resetAndDestroy === 'function') request.socket.resetAndDestroy();
      else request.socket.destroy();
      return true;
    case 'truncate':
    case 'malformed': {
      const whole = Buffer.from(exchange.site.documentJson(pathGuid(exchange.path), exchange.baseUrl) ?? '{"x": 1}');
      const half = whole.subarray(0, Math.floor(whole.length / 2));
      if (fault.kind === 'malformed') {
        send(response, 200, JSON_TYPE, half);
        return true;
      }
      response.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': whole.length });
      response.write(half, () => request.socket.destroy());
      return true;
    }
    case 'html':
      send(response, 200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><body>Fejl</body></html>');
      return true;
    case 'not-pdf':
      send(response, 200, 'application/pdf', 'Dette er ikke en PDF-fil.');
      return true;
    case 'big':
      sendBig(response, fault.bytes ?? 1024 * 1024, fault.chunked === true);
      return true;
  }
}

function pathGuid(path: string): string {
  return /([0-9a-f-]{36})$/i.exec(path)?.[1] ?? '';
}

/** A PDF padded with a comment to `size` bytes, in 64 KB chunks. */
function sendBig(response: http.ServerResponse, size: number, chunked: boolean): void {
  response.writeHead(200, { 'Content-Type': 'application/pdf', ...(chunked ? {} : { 'Content-Length': size }) });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  Buffer.from('%PDF-1.4\n%').copy(chunk);
  let sent = 0;
  const pump = () => {
    while (sent < size && !response.destroyed) {
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      if (!response.write(part)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end();
  };
  pump();
}

// ---- PDFs ------------------------------------------------------------------------------------

/**
 * A small valid PDF: one page per entry of `pages` with its lines in Helvetica (ASCII only), or —
 * with `hasText: false` — pages with a grey box and no text layer at all, like a scan.
 */
export function minimalPdf(pages: string[][], hasText = true): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 4 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, index) => {
    // WinAnsi: ASCII as it is, æ, ø, å … (Latin-1) as octal escapes.
    const pdfString = (line: string) =>
      line
        .replace(/([\\()])/g, '\\$1')
        .replace(/[^\x20-\x7e]/g, (c) => (c.charCodeAt(0) <= 0xff ? `\\${c.charCodeAt(0).toString(8)}` : '?'));
    const content = hasText
      ? `BT /F1 12 Tf 72 770 Td 16 TL ${lines.map((line) => `(${pdfString(line)}) '`).join(' ')} ET`
      : '0.6 g 72 500 450 250 re f';
    objects[pageIds[index]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index] + 1} 0 R >>`;
    objects[pageIds[index] + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** The PDF the site serves for an attachment: its own file, or two pages of text naming it, or a "scan". */
export function attachmentPdf(attachment: FakeAttachment): Uint8Array {
  if (attachment.pdf) return attachment.pdf;
  return minimalPdf(
    [
      [attachment.title, `Fiktivt bilag ${attachment.guid}`, 'Side 1 af 2'],
      ['Bilagets anden side med fiktiv tekst.', 'Side 2 af 2'],
    ],
    attachment.hasTextLayer,
  );
}
