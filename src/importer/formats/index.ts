import { acadreReader } from './acadre.js';
import { edocReader } from './edoc.js';
import { firstAgendaHtmlReader } from './firstagenda-html.js';
import { firstAgendaJsonReader } from './firstagenda-json.js';
import type { Reader } from './reader.js';
import { textFirstAgenda } from './text-firstagenda.js';

/**
 * Every known layout. Detection asks each reader how sure it is and takes the surest; `--format`
 * picks one by name. A new layout is one file: `detect` and a `parse` that reads the layout's
 * structure into a draft (draft.ts: items, sections as printed, decision headings marked),
 * wrapped with `defineReader` so the shared refiners follow; then add it here, and a case folder
 * under test/fixtures/minutes/ with its golden.
 */
export const READERS: Reader[] = [
  // text layouts (First Agenda PDF text and its relatives)
  textFirstAgenda,
  // structured and other sources (First Agenda JSON and web page, eDoc, Acadre)
  firstAgendaJsonReader,
  firstAgendaHtmlReader,
  edocReader,
  acadreReader,
];

export function readerByName(name: string): Reader | undefined {
  return READERS.find((reader) => reader.name === name);
}
