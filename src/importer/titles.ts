/**
 * Item titles as the layouts print them: a time slot at the end ("(14.30-15.00)"), a closed
 * marker ("(Lukket)", "Lukket: Salg af …"), and titles compared with a table of contents that
 * cuts them short. Shared by the readers and the refiners. Pure; every pattern is linear.
 */
import { foldTitle } from './fold.js';
import { CLOSED_WORD } from './vocabulary.js';

export const TIME_SLOT = /\s*\(\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–—]\s*(\d{1,2})[.:](\d{2}))?\s*\)\s*$/i;

/** "Orientering (14.30-15.00)" → title "Orientering", slot "14.30-15.00" (separators as dots). */
export function splitTimeSlot(title: string): { title: string; timeSlot: string | null } {
  const match = TIME_SLOT.exec(title);
  if (!match) return { title: title.trim(), timeSlot: null };
  const [, h1, m1, h2, m2] = match;
  if (+h1 > 24 || +m1 > 59 || (h2 !== undefined && (+h2 > 24 || +m2 > 59)))
    return { title: title.trim(), timeSlot: null };
  const timeSlot = h2 === undefined ? `${h1}.${m1}` : `${h1}.${m1}-${h2}.${m2}`;
  return { title: title.slice(0, match.index).trim(), timeSlot };
}

const CLOSED_MARKER = /\s*\((lukket|lukket punkt|åben|åbent)\)\s*$/i;

/** "Salg af grund (Lukket)" → title without the marker, and whether it said closed. */
export function splitClosedMarker(title: string): { title: string; closed: boolean | null } {
  const match = CLOSED_MARKER.exec(title);
  if (!match) return { title, closed: null };
  return { title: title.slice(0, match.index).trim(), closed: match[1].toLowerCase().startsWith(CLOSED_WORD) };
}

/** "Lukket", "Lukket: Salg af …", "Lukket punkt": a title that marks a closed item ("Lukketid …" does not). */
export function isClosedTitle(title: string): boolean {
  const folded = title.trim().toLowerCase();
  if (!folded.startsWith(CLOSED_WORD)) return false;
  const next = folded.charAt(CLOSED_WORD.length);
  return next === '' || next === ':' || next === ' ' || next === '-' || next === '.' || next === '–';
}

/** Title, time slot and closed flag from the printed title. */
export function readTitle(raw: string): { title: string; timeSlot: string | null; closed: boolean } {
  let { title, timeSlot } = splitTimeSlot(raw);
  const marker = splitClosedMarker(title);
  title = marker.title;
  if (!timeSlot) ({ title, timeSlot } = splitTimeSlot(title));
  return { title, timeSlot, closed: marker.closed === true || isClosedTitle(title) };
}

/** A heading and a table-of-contents title agree when one starts with the other (contents cut titles short). */
export function titlesAgree(heading: string, toc: string): boolean {
  const a = foldTitle(heading);
  const b = foldTitle(toc);
  if (!a || !b) return false;
  return a === b || a.startsWith(b) || (b.startsWith(a) && a.length >= 12);
}
