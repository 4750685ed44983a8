/**
 * importMeetings: published files → stored meetings. For each file: parse (no database), then
 * decide its state against what is stored — new, update, unchanged or error — and, unless it is a
 * dry run, commit it in one transaction of its own. One bad file never stops or spoils the others;
 * a failure inside a meeting's transaction leaves nothing of that meeting.
 *
 * Who may call it: the CLI (operators) and the demo loader. Returns one result per file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { meetingIdentityKey, saveMeeting } from '../../db/meeting-store.js';
import { meetings } from '../../db/schema/index.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { isAppError } from '../../errors.js';
import { parseMinutes } from '../../importer/parse-minutes.js';

export type ImportState = 'new' | 'update' | 'unchanged' | 'error';

export interface ImportFileResult {
  fileName: string;
  state: ImportState;
  /** After a commit: whether the meeting was written (false for a dry run and for unchanged). */
  committed: boolean;
  meetingId?: number;
  body?: string;
  date?: string;
  items?: number;
  warnings?: string[];
  error?: string;
}

export interface ImportSummary {
  results: ImportFileResult[];
  counts: Record<ImportState, number>;
}

export interface ImportInput {
  db: Db;
  /** Files and folders; folders are read recursively for known extensions. */
  paths: string[];
  format?: string;
  dryRun?: boolean;
  isFictitious?: boolean;
  /** Called after each file, with the number done and the total. */
  onProgress?: (done: number, total: number, result: ImportFileResult) => void;
  /** Meetings in flight at once (default 1). Each is still one transaction of its own. */
  concurrency?: number;
  /** Test hook: runs inside each meeting's transaction after it was written. */
  afterWrite?: (document: MeetingDocument) => Promise<void> | void;
}

export const IMPORTABLE_EXTENSIONS = ['.txt', '.pdf', '.json', '.html', '.htm', '.docx'];

/** Expands folders into their importable files, sorted for a stable order. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (!stat) {
      files.push(given); // reported as an error when read
    } else if (stat.isDirectory()) {
      const entries = await fs.readdir(given, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && IMPORTABLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
          files.push(path.join(entry.parentPath ?? given, entry.name));
        }
      }
    } else files.push(given);
  }
  return [...new Set(files)].sort();
}

export function hashDocument(document: MeetingDocument, isFictitious: boolean): string {
  return createHash('sha256').update(JSON.stringify({ document, isFictitious })).digest('hex');
}

export async function importMeetings(input: ImportInput): Promise<ImportSummary> {
  const { db, format, dryRun = false, isFictitious = false, onProgress } = input;
  const files = await collectFiles(input.paths);
  const results: ImportFileResult[] = new Array(files.length);
  const concurrency = Math.max(1, Math.min(input.concurrency ?? 1, files.length));
  let next = 0;
  let done = 0;
  // Each worker takes the next file; every meeting still has a transaction of its own. On
  // PostgreSQL several transactions overlap (parsing one file while another is written); PGlite
  // has one connection, so the CLI uses one worker there.
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const result = await importOne(db, files[index], { format, dryRun, isFictitious, afterWrite: input.afterWrite });
      results[index] = result;
      onProgress?.(++done, files.length, result);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const counts: Record<ImportState, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const result of results) counts[result.state]++;
  return { results, counts };
}

async function importOne(
  db: Db,
  filePath: string,
  options: { format?: string; dryRun: boolean; isFictitious: boolean; afterWrite?: ImportInput['afterWrite'] },
): Promise<ImportFileResult> {
  const fileName = filePath;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return {
      fileName,
      state: 'error',
      committed: false,
      error: `${fileName}: kan ikke læses (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  let document: MeetingDocument;
  try {
    document = await parseMinutes({ bytes, fileName: path.basename(filePath), format: options.format });
  } catch (error) {
    return {
      fileName,
      state: 'error',
      committed: false,
      error: isAppError(error) ? error.message : `${fileName}: ${(error as Error).message}`,
    };
  }
  const identityKey = meetingIdentityKey(document);
  const contentHash = hashDocument(document, options.isFictitious);
  const described = {
    fileName,
    body: document.body,
    date: document.date,
    items: document.items.length,
    warnings: document.warnings,
  };
  const checksum = createHash('sha256').update(bytes).digest('hex');
  for (let attempt = 1; ; attempt++) {
    try {
      return await commitOne(db, { document, identityKey, contentHash, checksum, bytes, filePath, described, options });
    } catch (error) {
      if (attempt < 3 && isTransientConflict(error)) continue;
      return {
        ...described,
        state: 'error',
        committed: false,
        error: `${fileName}: kunne ikke gemmes (${(error as Error).message})`,
      };
    }
  }
}

/**
 * Concurrent imports can collide (the same new meeting in two files, a deadlock): PostgreSQL
 * aborts one transaction, which is then tried again from the start.
 */
function isTransientConflict(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown })?.cause].map((e) => (e as { code?: string } | undefined)?.code);
  return codes.some((code) => code === '40P01' || code === '40001' || code === '23505');
}

async function commitOne(
  db: Db,
  input: {
    document: MeetingDocument;
    identityKey: string;
    contentHash: string;
    checksum: string;
    bytes: Uint8Array;
    filePath: string;
    described: Omit<ImportFileResult, 'state' | 'committed'>;
    options: { dryRun: boolean; isFictitious: boolean; afterWrite?: ImportInput['afterWrite'] };
  },
): Promise<ImportFileResult> {
  const { document, identityKey, contentHash, checksum, bytes, filePath, described, options } = input;
  const findStored = (from: Db | Parameters<Parameters<Db['transaction']>[0]>[0], lock: boolean) => {
    const query = from
      .select({ id: meetings.id, contentHash: meetings.contentHash })
      .from(meetings)
      .where(eq(meetings.identityKey, identityKey));
    return lock ? query.for('update') : query;
  };
  const stateOf = (stored: { contentHash: string | null } | undefined): ImportState =>
    !stored ? 'new' : stored.contentHash === contentHash ? 'unchanged' : 'update';

  // The fast path for unchanged meetings and dry runs, without a transaction.
  const [seen] = await findStored(db, false);
  if (options.dryRun || stateOf(seen) === 'unchanged') {
    return { ...described, state: stateOf(seen), committed: false, meetingId: seen?.id };
  }
  // Checked again under a row lock: another import may have written the same meeting meanwhile.
  const saved = await db.transaction(async (tx) => {
    // Two imports of the same meeting at once: the second waits here for the first to commit,
    // then sees its row (a row lock cannot do this for a row that does not exist yet).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${identityKey}))`);
    const [stored] = await findStored(tx, true);
    const state = stateOf(stored);
    if (state === 'unchanged') return { state, meetingId: stored!.id, committed: false };
    const result = await saveMeeting(tx, {
      document,
      identityKey,
      contentHash,
      isFictitious: options.isFictitious,
      source: {
        fileName: path.basename(filePath),
        checksum,
        sizeBytes: bytes.length,
        format: document.format ?? 'unknown',
        content: bytes,
      },
    });
    await options.afterWrite?.(document);
    return { state, meetingId: result.meetingId, committed: true };
  });
  return { ...described, ...saved };
}
