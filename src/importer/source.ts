/**
 * What a reader reads: the text of one published document after extraction, as numbered lines,
 * with the structured payload for formats that have one (First Agenda's JSON, a web page's HTML).
 */

export type SourceKind = 'text' | 'pdf' | 'html' | 'json' | 'docx';

export interface Source {
  /** The file's name as given (for messages and provenance). */
  fileName: string;
  kind: SourceKind;
  /** The extracted text; lines are split on "\n". For JSON this is the raw JSON text. */
  text: string;
  lines: string[];
  /** For paged sources (PDF): the 1-based page of each line, same length as `lines`. */
  pages?: number[];
  /** The parsed JSON for `kind: 'json'`. */
  json?: unknown;
  /** The raw HTML for `kind: 'html'`. */
  html?: string;
}

/** Thrown by a reader when the source is not what it can read; the caller adds the file name. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(
    message: string,
    /** 1-based line in the source, where it applies. */
    readonly line?: number,
  ) {
    super(message);
  }
}
