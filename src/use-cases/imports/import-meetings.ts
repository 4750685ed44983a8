/**
 * importMeetings: published files → stored meetings, each under its publisher. For each file:
 * parse (no database), decide who published it (given, or stated by the document; else the file
 * is refused and nothing stored), then its state against what is stored — new, update, unchanged
 * or error — and, unless it is a dry run, commit it in one transaction of its own. One bad file
 * never stops or spoils the others; a failure inside a meeting's transaction leaves nothing of it.
 *
 * Who may call it: the CLI (operators) and the demo loader. Returns one result per file; an
 * unknown `publisher` is refused before any file is read (AppError('input_invalid')).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client.js';
import { type ImportLookups, importLookups } from '../../db/stores/meeting-store.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { isAppError } from '../../errors.js';
import { parseMinutes } from '../../importer/parse-minutes.js';
import { type PublisherResolver, publisherResolver } from './resolve-publisher.js';
import { storeMeetingDocument } from './store-meeting-document.js';

export type ImportState = 'new' | 'update' | 'unchanged' | 'error';

export interface ImportFileResult {
  fileName: string;
  state: ImportState;
  /** After a commit: whether the meeting was written (false for a dry run and for unchanged). */
  committed: boolean;
  meetingId?: number;
  body?: string;
  /** The publisher's name, for the preview and the summary. */
  publisher?: string;
  date?: string;
  items?: number;
  warnings?: string[];
  /** Personal numbers (CPR) masked in the document before it was stored. */
  personalNumbers?: number;
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
  /** Who published the files: a publisher's name or slug. Without it, each document must state it. */
  publisher?: string;
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

export async function importMeetings(input: ImportInput): Promise<ImportSummary> {
  const { db, onProgress } = input;
  const resolver = await publisherResolver(db, input.publisher);
  const lookups = importLookups();
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
      const result = await importOne(input, { resolver, lookups }, files[index]);
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
  input: ImportInput,
  { resolver, lookups }: { resolver: PublisherResolver; lookups: ImportLookups },
  filePath: string,
): Promise<ImportFileResult> {
  const fileName = filePath;
  const failed = (error: string, described: Partial<ImportFileResult> = {}): ImportFileResult => ({
    fileName,
    ...described,
    state: 'error',
    committed: false,
    error,
  });
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return failed(`${fileName}: kan ikke læses (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let document: MeetingDocument;
  try {
    document = await parseMinutes({ bytes, fileName: path.basename(filePath), format: input.format });
  } catch (error) {
    return failed(isAppError(error) ? error.message : `${fileName}: ${(error as Error).message}`);
  }
  const described = {
    fileName,
    body: document.body,
    date: document.date,
    items: document.items.length,
    warnings: document.warnings,
  };
  const resolved = await resolver.forDocument(document);
  if (!resolved.ok) return failed(`${fileName}: ${resolved.error}`, described);
  const { publisher } = resolved;
  if (resolved.warning) described.warnings = [...described.warnings, resolved.warning];
  try {
    const stored = await storeMeetingDocument({
      db: input.db,
      document,
      publisher,
      bytes,
      fileName: path.basename(filePath),
      isFictitious: input.isFictitious,
      dryRun: input.dryRun,
      lookups,
      inTransaction: input.afterWrite ? () => input.afterWrite?.(document) : undefined,
    });
    return { ...described, publisher: publisher.name, ...stored };
  } catch (error) {
    return failed(`${fileName}: kunne ikke gemmes (${(error as Error).message})`, {
      ...described,
      publisher: publisher.name,
    });
  }
}
