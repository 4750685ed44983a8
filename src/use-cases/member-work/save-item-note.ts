/**
 * saveItemNote: a member's private note on an item of a meeting of their body (by the meeting and
 * the item's number, so the note stays when the item's text changes). Only its writer ever reads
 * it: no other person's page, no search, export, feed, API or log (the audit log records that a
 * note changed, never its text). An empty note removes it.
 *
 * Who may call it: the body's members, its secretariat and admins (those who read the item).
 */
import type { Db } from '../../db/client.js';
import { saveItemNote as storeNote } from '../../db/stores/member-work.js';
import { type Actor, can } from '../../domain/roles.js';

export const NOTE_MAX = 8_000;

export interface SaveItemNoteInput {
  db: Db;
  userId: number;
  bodyId: number;
  meetingId: number;
  itemNumber: number;
  text: string;
  permissions: Actor;
  now?: Date;
}

export type SaveItemNoteResult = { ok: true; removed: boolean } | { ok: false; reason: 'forbidden' | 'too_long' };

export async function saveItemNote(input: SaveItemNoteInput): Promise<SaveItemNoteResult> {
  if (!can(input.permissions, 'read_closed_item', { bodyId: input.bodyId })) return { ok: false, reason: 'forbidden' };
  const text = input.text.trim();
  if (text.length > NOTE_MAX) return { ok: false, reason: 'too_long' };
  const key = { userId: input.userId, meetingId: input.meetingId, itemNumber: input.itemNumber };
  await input.db.transaction((tx) => storeNote(tx, key, text, input.now ?? new Date()));
  return { ok: true, removed: text === '' };
}
