/**
 * Closed items: a title that says so ("Lukket", "Lukket: Salg af …") closes its item, whatever
 * the layout; the readers add what only their layout shows (a closed part, a row's class).
 */
import { isClosedTitle } from '../titles.js';
import type { Refiner } from './refiner.js';

export const closedItems: Refiner = {
  name: 'closed-items',
  refine(draft) {
    for (const item of draft.items) {
      if (!item.closed && isClosedTitle(item.title)) item.closed = true;
    }
  },
};
