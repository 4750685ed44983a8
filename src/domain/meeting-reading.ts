/**
 * Reading a meeting on the go: what a member saw when they last marked it as read, as checksums
 * (never the text), and what changed since — new items, items whose title or text changed, new
 * attachments, items gone. The checksum function is given (use-cases use SHA-256), so this stays
 * pure.
 */
import type { MeetingDocument } from './meeting-document.js';

/** What a member saw: the version then (meetings made in Protokol) and a checksum per item and attachment. */
export interface ReadingState {
  versionNumber: number | null;
  /** Item number → checksum of its title, time slot, case, sections and decision. */
  items: Record<string, string>;
  /** A checksum per attachment (its item's number, title and document id). */
  attachments: string[];
}

export interface ItemChange {
  number: number;
  title: string;
  /** Not there when last read. */
  isNew: boolean;
  /** There, with another title or text. */
  isChanged: boolean;
  /** Titles of the item's attachments not seen before (all of a new item's). */
  newAttachments: string[];
}

export interface MeetingChanges {
  /** Never marked as read: every item is new. */
  isFirstRead: boolean;
  /** The items with something new, in agenda order. */
  items: ItemChange[];
  /** Items read before that are no longer on the meeting. */
  removedNumbers: number[];
}

const attachmentKey = (itemNumber: number, attachment: { title: string; documentId: string | null }) =>
  JSON.stringify([itemNumber, attachment.title, attachment.documentId]);

const itemKey = (item: MeetingDocument['items'][number]) =>
  JSON.stringify([
    item.title,
    item.timeSlot,
    item.caseNumber,
    item.sections.map((section) => [section.heading, section.text]),
    item.decision ? [item.decision.text, item.decision.outcome, item.decision.dissents] : null,
  ]);

/** The checksums of the meeting as the member reads it now. */
export function readingStateOf(
  document: MeetingDocument,
  versionNumber: number | null,
  checksum: (text: string) => string,
): ReadingState {
  const items: Record<string, string> = {};
  for (const item of document.items) items[String(item.number)] = checksum(itemKey(item));
  return {
    versionNumber,
    items,
    attachments: document.items.flatMap((item) =>
      item.attachments.map((attachment) => checksum(attachmentKey(item.number, attachment))),
    ),
  };
}

/** One checksum of the whole state: equal when nothing changed. */
export function readingFingerprint(state: ReadingState, checksum: (text: string) => string): string {
  return checksum(JSON.stringify([state.versionNumber, state.items, [...state.attachments].sort()]));
}

/** What changed in `document` since the member saw `seen` (null: never marked as read). */
export function changesSince(
  seen: ReadingState | null,
  document: MeetingDocument,
  now: ReadingState,
  checksum: (text: string) => string,
): MeetingChanges {
  const seenAttachments = new Set(seen?.attachments ?? []);
  const items: ItemChange[] = [];
  for (const item of document.items) {
    const key = String(item.number);
    const isNew = seen === null || seen.items[key] === undefined;
    const isChanged = !isNew && seen?.items[key] !== now.items[key];
    const newAttachments = item.attachments
      .filter((attachment) => isNew || !seenAttachments.has(checksum(attachmentKey(item.number, attachment))))
      .map((attachment) => attachment.title);
    if (isNew || isChanged || newAttachments.length > 0) {
      items.push({ number: item.number, title: item.title, isNew, isChanged, newAttachments });
    }
  }
  const numbers = new Set(document.items.map((item) => String(item.number)));
  const removedNumbers = Object.keys(seen?.items ?? {})
    .filter((key) => !numbers.has(key))
    .map(Number)
    .sort((a, b) => a - b);
  return { isFirstRead: seen === null, items, removedNumbers };
}
