/**
 * Agenda or minutes: as the document says; when it does not, minutes if any item records a
 * decision, else an agenda — with a warning where the layout normally says (a title line, a
 * cover), not where it has no place for it (First Agenda's JSON).
 */
import type { Refiner } from './refiner.js';

export const documentType: Refiner = {
  name: 'document-type',
  refine(draft, context) {
    if (draft.documentType !== null) return;
    draft.documentType = draft.items.some((item) => item.decision) ? 'referat' : 'dagsorden';
    if (context.printsDocumentType) {
      draft.closingWarnings.push(
        `Teksten siger ikke, om den er dagsorden eller referat; »${draft.documentType}« er valgt ud fra, om der er beslutninger.`,
      );
    }
  },
};
