import type { Reader } from './reader.js';

/**
 * Every known layout. Detection asks each reader how sure it is and takes the surest; `--format`
 * picks one by name. Add a reader here when you add its file.
 */
export const READERS: Reader[] = [
  // text layouts (First Agenda PDF text and its relatives)
  // structured and other sources (First Agenda JSON and web page, eDoc, Acadre)
];

export function readerByName(name: string): Reader | undefined {
  return READERS.find((reader) => reader.name === name);
}
