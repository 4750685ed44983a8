import type { MeetingDocument } from '../../domain/meeting-document.js';
import type { Source } from '../source.js';

/**
 * One reader per published layout. Pure: no I/O, no clock. `detect` says how sure the reader is
 * that it can read the source (0 = not at all, 1 = certain); `read` turns it into a meeting
 * document with warnings, or throws ReadError (with a line where it applies).
 */
export interface Reader {
  /** Stable name, also accepted by `--format`: "text-firstagenda", "firstagenda-json" … */
  name: string;
  detect(source: Source): number;
  read(source: Source): MeetingDocument;
}
