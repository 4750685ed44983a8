/**
 * The table of contents against the headings: the headings win, and a warning says where the
 * contents count other items or give an item another title.
 */
import { readTitle, titlesAgree } from '../titles.js';
import type { Refiner } from './refiner.js';

export const tableOfContents: Refiner = {
  name: 'table-of-contents',
  refine(draft) {
    const listed = draft.tocEntries;
    if (listed !== null && listed > 0 && listed !== draft.items.length) {
      draft.warnings.push(
        `Indholdsfortegnelsen har ${listed} punkter, men teksten har ${draft.items.length} punktoverskrifter; overskrifterne er brugt.`,
      );
    }
    for (const item of draft.items) {
      const toc = item.tocTitle;
      if (toc && !titlesAgree(item.title, readTitle(toc).title) && !titlesAgree(item.title, toc)) {
        item.warnings.push(
          `Punkt ${item.number}: titlen i indholdsfortegnelsen (»${toc}«) afviger fra overskriften (»${item.title}«); overskriften er brugt.`,
        );
      }
    }
  },
};
