/** Item numbers rise through a document; where one does not, a warning says so (a heading may be lost). */
import type { Refiner } from './refiner.js';

export const numbering: Refiner = {
  name: 'numbering',
  refine(draft) {
    let previous: number | null = null;
    for (const item of draft.items) {
      if (previous !== null && item.number <= previous) {
        const where = item.source ? ` (linje ${item.source.line})` : '';
        item.warnings.push(`Punkt ${item.number}${where} følger efter punkt ${previous}; numrene stiger ikke.`);
      }
      previous = item.number;
    }
  },
};
