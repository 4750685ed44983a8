/**
 * parseMinutes: one published file (bytes and name) → meeting document. Extracts the text by the
 * file's kind, picks the reader (or the one named by `format`) and reads. Pure apart from the
 * extraction libraries; no database. Every failure is an AppError('parse_failed') whose message
 * names the file (and the line where it applies).
 */
import type { MeetingDocument } from '../domain/meeting-document.js';
import { AppError } from '../errors.js';
import { completeSource, extractSource } from './extract/index.js';
import { READERS, readerByName } from './formats/index.js';
import { ReadError, type Source } from './source.js';

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  /** A reader's name to use instead of detection. */
  format?: string;
}

const MIN_CONFIDENCE = 0.2;

export async function parseMinutes(input: ParseInput): Promise<MeetingDocument> {
  const { bytes, fileName } = input;
  const fail = (message: string, cause?: unknown): never => {
    throw new AppError('parse_failed', `${fileName}: ${message}`, { cause });
  };
  if (bytes.length === 0) fail('filen er tom (0 bytes)');

  let source: Source;
  try {
    source = await extractSource(bytes, fileName);
  } catch (error) {
    if (error instanceof AppError) {
      // Extraction errors name the problem; the file is named here, once.
      return fail(
        error.message.startsWith(`${fileName}:`) ? error.message.slice(fileName.length + 2) : error.message,
        error,
      );
    }
    return fail(`kunne ikke læse filens indhold: ${(error as Error).message}`, error);
  }
  return readSource(source, input.format);
}

/** Picks the reader for an extracted source and reads it. */
export function readSource(given: Source, format?: string): MeetingDocument {
  const source = completeSource(given);
  const fail = (message: string, cause?: unknown): never => {
    throw new AppError('parse_failed', `${source.fileName}: ${message}`, { cause });
  };
  let reader = format ? readerByName(format) : undefined;
  if (format && !reader) {
    fail(`ukendt format "${format}"; kendte formater: ${READERS.map((r) => r.name).join(', ')}`);
  }
  if (!reader) {
    const ranked = READERS.map((r) => ({ reader: r, score: safeDetect(r, source) })).sort((a, b) => b.score - a.score);
    if (!ranked[0] || ranked[0].score < MIN_CONFIDENCE) {
      fail('ligner ikke en dagsorden eller et referat i et kendt format (ingen læser genkendte indholdet)');
    }
    reader = ranked[0].reader;
  }
  try {
    const document = reader!.read(source);
    return { ...document, format: reader!.name };
  } catch (error) {
    if (error instanceof ReadError) {
      return fail(error.line ? `linje ${error.line}: ${error.message}` : error.message, error);
    }
    return fail(`læseren ${reader!.name} fejlede: ${(error as Error).message}`, error);
  }
}

function safeDetect(reader: Reader, source: Source): number {
  try {
    return reader.detect(source);
  } catch {
    return 0;
  }
}

type Reader = (typeof READERS)[number];
