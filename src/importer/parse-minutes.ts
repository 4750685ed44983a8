/**
 * parseMinutes: one published file (bytes and name) → meeting document, in two stages that can
 * be looked at apart: extraction (the file's text as the lines the readers see: `extractLines`,
 * `protokol parse --lines`) and reading (the reader picked by detection, or named by `format`,
 * and the shared refiners). Pure apart from the extraction libraries; no database. Every failure
 * is an AppError('parse_failed') whose message names the file (and the line where it applies).
 */
import type { MeetingDocument } from '../domain/meeting-document.js';
import { AppError } from '../errors.js';
import { completeSource, extractSource } from './extract/index.js';
import { READERS, readerByName } from './formats/index.js';
import type { Reader } from './formats/reader.js';
import { type Line, linesOf } from './lines.js';
import { ReadError, type Source } from './source.js';

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  /** A reader's name to use instead of detection. */
  format?: string;
}

const MIN_CONFIDENCE = 0.2;

function failure(fileName: string, message: string, cause?: unknown): AppError {
  return new AppError('parse_failed', `${fileName}: ${message}`, { cause });
}

/** The extraction stage: the file's text as a source, or an error naming the file. */
async function extract(input: ParseInput): Promise<Source> {
  const { bytes, fileName } = input;
  if (bytes.length === 0) throw failure(fileName, 'filen er tom (0 bytes)');
  try {
    return await extractSource(bytes, fileName);
  } catch (error) {
    if (error instanceof AppError) {
      // Extraction errors name the problem; the file is named here, once.
      const message = error.message.startsWith(`${fileName}:`)
        ? error.message.slice(fileName.length + 2)
        : error.message;
      throw failure(fileName, message, error);
    }
    throw failure(fileName, `kunne ikke læse filens indhold: ${(error as Error).message}`, error);
  }
}

export async function parseMinutes(input: ParseInput): Promise<MeetingDocument> {
  return readSource(await extract(input), input.format);
}

/**
 * The lines the readers see for a file: its extracted text, one line per source line, page
 * headers, footers and page stamps marked as noise, with the page of each line where known.
 */
export async function extractLines(input: ParseInput): Promise<readonly Line[]> {
  return linesOf(await extract(input));
}

function pickReader(source: Source, format: string | undefined): Reader {
  if (format) {
    const named = readerByName(format);
    if (named) return named;
    throw failure(
      source.fileName,
      `ukendt format "${format}"; kendte formater: ${READERS.map((r) => r.name).join(', ')}`,
    );
  }
  const ranked = READERS.map((r) => ({ reader: r, score: safeDetect(r, source) })).sort((a, b) => b.score - a.score);
  if (!ranked[0] || ranked[0].score < MIN_CONFIDENCE) {
    throw failure(
      source.fileName,
      'ligner ikke en dagsorden eller et referat i et kendt format (ingen læser genkendte indholdet)',
    );
  }
  return ranked[0].reader;
}

/** Picks the reader for an extracted source and reads it. */
export function readSource(given: Source, format?: string): MeetingDocument {
  let source: Source;
  try {
    source = completeSource(given);
  } catch (error) {
    throw failure(given.fileName, `kunne ikke læse filens indhold: ${(error as Error).message}`, error);
  }
  const reader = pickReader(source, format);
  try {
    const document = reader.read(source);
    return { ...document, format: reader.name };
  } catch (error) {
    if (error instanceof ReadError) {
      throw failure(source.fileName, error.line ? `linje ${error.line}: ${error.message}` : error.message, error);
    }
    throw failure(source.fileName, `læseren ${reader.name} fejlede: ${(error as Error).message}`, error);
  }
}

function safeDetect(reader: Reader, source: Source): number {
  try {
    return reader.detect(source);
  } catch {
    return 0;
  }
}
