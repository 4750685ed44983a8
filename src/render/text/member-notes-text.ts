/**
 * A member's own notes and highlights on a meeting as plain text, for the whole meeting's zip
 * (offline reading): each item that has either, its note, then its highlighted passages (those no
 * longer found in the item's text marked so). Only ever made for the notes' own member. Pure.
 */
import type { Lang } from '../i18n.js';
import { MEMBER_READING_MESSAGES } from '../messages/member-reading.js';

export interface MemberNotesText {
  /** "Sundhedsråd Fjordby, mandag d. 26. januar 2026 kl. 16.00" */
  meeting: string;
  items: { number: number; title: string; note: string; highlights: { quote: string; isFound: boolean }[] }[];
}

export function renderMemberNotesText(view: MemberNotesText, lang: Lang): string {
  const m = MEMBER_READING_MESSAGES[lang];
  const lines = [m.notesTextTitle(view.meeting), m.notesTextPrivate, ''];
  const items = view.items.filter((item) => item.note.trim() !== '' || item.highlights.length > 0);
  if (items.length === 0) lines.push(m.notesTextNone);
  for (const item of items) {
    lines.push(m.itemLabel(item.number, item.title), '');
    if (item.note.trim() !== '') lines.push(`${m.notesTextNote}:`, item.note.trim(), '');
    if (item.highlights.length > 0) {
      lines.push(`${m.highlightsHeading}:`);
      for (const highlight of item.highlights) {
        const quote = highlight.quote.replace(/\n/g, ' / ');
        lines.push(`- "${quote}"${highlight.isFound ? '' : ` (${m.noLongerFound})`}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\r\n').trimEnd()}\r\n`;
}
