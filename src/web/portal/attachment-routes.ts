/**
 * GET /bilag/:id (mounted at /bilag): a published attachment's stored file. Open attachments of open items are for
 * everyone; a closed attachment, or any attachment of a closed item, only for the body's members,
 * its secretariat and admins (401 for the public, 403 for others), and never cached (private,
 * no-store). Files are served with their checked type, never sniffed, in a sandbox.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findAttachmentFile } from '../../db/queries/member-items.js';
import { ATTACHMENT_TYPES } from '../../domain/attachment-file.js';
import { can } from '../../domain/roles.js';
import { AppError } from '../../errors.js';
import { actorOf } from '../auth/context.js';
import { forbidden, unauthenticated } from '../auth/require-role.js';
import { notFound } from '../kit/errors.js';
import { parseId } from '../kit/params.js';

export interface AttachmentDeps {
  db: Db;
  /** The data folder (PROTOKOL_DATA); without it no file is served. */
  dataDir?: string;
}

/** Shown in the browser; the Office formats are downloaded. */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain; charset=utf-8']);

/** Sends a file stored under the data folder ("attachments/<sha256>"), or throws not found. */
export async function sendStoredFile(
  c: Context,
  file: { dataDir: string | undefined; filePath: string; mediaType: string; title: string; isPrivate: boolean },
): Promise<Response> {
  if (!file.dataDir || !/^attachments\/[0-9a-f]{64}$/.test(file.filePath)) throw notFound();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(file.dataDir, file.filePath));
  } catch (error) {
    throw new AppError('not_found', 'stored file is missing', { cause: error });
  }
  const type = Object.values(ATTACHMENT_TYPES).find((candidate) => candidate.mediaType === file.mediaType);
  const extension = Object.entries(ATTACHMENT_TYPES).find(([, candidate]) => candidate === type)?.[0] ?? 'bin';
  // RFC 5987: percent-encode everything but attr-chars (encodeURIComponent leaves ' ( ) * alone).
  const name = encodeURIComponent(`${file.title.replace(/[\\/]/g, '-')}.${extension}`).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': type?.mediaType ?? 'application/octet-stream',
    'Content-Disposition': `${INLINE.has(file.mediaType) ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
    'Content-Length': String(bytes.length),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cache-Control': file.isPrivate ? 'private, no-store' : 'public, max-age=3600',
  });
}

export function attachmentRoutes({ db, dataDir }: AttachmentDeps) {
  const app = new Hono();

  app.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const file = id ? await findAttachmentFile(db, id) : null;
    if (!file?.filePath || !file.mediaType) throw notFound();
    if (file.isClosed) {
      const actor = actorOf(c);
      if (!actor) return unauthenticated(c);
      if (!can(actor, 'read_closed_item', { bodyId: file.bodyId })) return forbidden(c);
    }
    return sendStoredFile(c, {
      dataDir,
      filePath: file.filePath,
      mediaType: file.mediaType,
      title: file.title,
      isPrivate: file.isClosed,
    });
  });

  return app;
}
