import type { MeetingDocument } from '../../domain/meeting-document.js';
import { type DraftDocument, finish } from '../draft.js';
import { refine } from '../refiners/index.js';
import type { Source } from '../source.js';

/**
 * A layout: how sure it is that it can read a source, and the parser that reads the source's
 * structure into a draft. Pure: no I/O, no clock; a parser throws ReadError (with a line where
 * it applies) when the source is not what it can read.
 */
export interface Layout {
  /** Stable name, also accepted by `--format`: "text-firstagenda", "firstagenda-json" … */
  name: string;
  /** 0 = not at all, 1 = certain. */
  detect(source: Source): number;
  parse(source: Source): DraftDocument;
  /** The layout prints whether it is an agenda or minutes (default: it does). */
  printsDocumentType?: boolean;
}

/** One reader per published layout: the layout's parser followed by the shared refiners. */
export interface Reader {
  name: string;
  detect(source: Source): number;
  read(source: Source): MeetingDocument;
}

export function defineReader(layout: Layout): Reader {
  const context = { printsDocumentType: layout.printsDocumentType !== false };
  return {
    name: layout.name,
    detect: layout.detect,
    read: (source) => finish(refine(layout.parse(source), context), layout.name),
  };
}
