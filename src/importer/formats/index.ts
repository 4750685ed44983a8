import { acadreReader } from './acadre.js';
import { edocReader } from './edoc.js';
import { firstAgendaHtmlReader } from './firstagenda-html.js';
import { firstAgendaJsonReader } from './firstagenda-json.js';
import type { Reader } from './reader.js';
import { textFirstAgenda } from './text-firstagenda.js';

/**
 * Every known layout. Detection asks each reader how sure it is and takes the surest; `--format`
 * picks one by name. Add a reader here when you add its file.
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
