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
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { meetingIdentityKey, saveMeeting } from '../db/meeting-store.js';
import { meetings } from '../db/schema/index.js';
import type { MeetingDocument } from '../domain/meeting-document.js';
import { isAppError } from '../errors.js';
import { parseMinutes } from '../importer/parse-minutes.js';

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
  const results: ImportFileResult[] = [];
  for (const [index, filePath] of files.entries()) {
    const result = await importOne(db, filePath, { format, dryRun, isFictitious, afterWrite: input.afterWrite });
    results.push(result);
    onProgress?.(index + 1, files.length, result);
  }
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
  try {
    const [stored] = await db
      .select({ id: meetings.id, contentHash: meetings.contentHash })
      .from(meetings)
      .where(eq(meetings.identityKey, identityKey));
    const state: ImportState = !stored ? 'new' : stored.contentHash === contentHash ? 'unchanged' : 'update';
    if (options.dryRun || state === 'unchanged') {
      return { ...described, state, committed: false, meetingId: stored?.id };
    }
    const checksum = createHash('sha256').update(bytes).digest('hex');
    const saved = await db.transaction(async (tx) => {
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
      return result;
    });
    return { ...described, state, committed: true, meetingId: saved.meetingId };
  } catch (error) {
    return {
      ...described,
      state: 'error',
      committed: false,
      error: `${fileName}: kunne ikke gemmes (${(error as Error).message})`,
    };
  }
}
