/**
 * Participants and absentees: an item's absentees once each; the meeting's participants as the
 * header or cover lists them, else the people of the items' tables (a "Deltagere" item), once
 * each.
 */
import type { Absentee, Participant } from '../../domain/meeting-document.js';
import { foldTitle } from '../fold.js';
import type { Refiner } from './refiner.js';

function once<T extends Participant | Absentee>(people: readonly T[], key: (name: string) => string): T[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const name = key(person.name);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

export const participants: Refiner = {
  name: 'participants',
  refine(draft) {
    for (const item of draft.items) item.absent = once(item.absent, (name) => name.toLowerCase());
    if (draft.participants.length === 0) {
      draft.participants = once(
        draft.items.flatMap((item) => item.tableParticipants),
        foldTitle,
      );
    }
  },
};
