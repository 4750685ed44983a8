import { type MarkupElement, textFragment } from './markup/tree.js';

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
  /**
   * Markup parsed by the extraction stage: the page of an HTML source, and every string of a JSON
   * payload that holds markup (by its text). readSource fills it in when a source lacks it.
   */
  markup?: { page?: MarkupElement; strings?: ReadonlyMap<string, MarkupElement> };
}

/** The markup of a string of the source's payload (an HTML field); plain text when it holds none. */
export function markupOf(source: Source, text: string): MarkupElement {
  return source.markup?.strings?.get(text) ?? textFragment(text);
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
