/**
 * The refiners: the rules every layout shares, applied to every reader's draft in this order
 * (each may rely on those before it):
 *
 *  1. closed-items       a title that says "Lukket" closes its item
 *  2. case-numbers       case numbers and document ids cleaned; zero GUIDs are no ids
 *  3. decisions          this meeting's decision among the decision headings (not another
 *                        meeting's or body's); outcome, parts, dissents; absentee lines out of it
 *  4. participants       absentees once each; the meeting's participants from the items' tables
 *                        when the header lists none
 *  5. table-of-contents  the contents against the headings (warnings; the headings win)
 *  6. numbering          item numbers that do not rise (warning)
 *  7. document-type      agenda or minutes when the text does not say (after the decisions)
 *
 * Text folding is not a step of its own: every comparison above folds through ../fold.ts.
 */
import type { DraftDocument } from '../draft.js';
import { caseNumbers } from './case-numbers.js';
import { closedItems } from './closed.js';
import { decisions } from './decision.js';
import { documentType } from './document-type.js';
import { numbering } from './numbering.js';
import { participants } from './participants.js';
import type { RefineContext, Refiner } from './refiner.js';
import { tableOfContents } from './table-of-contents.js';

export const REFINERS: readonly Refiner[] = [
  closedItems,
  caseNumbers,
  decisions,
  participants,
  tableOfContents,
  numbering,
  documentType,
];

/** Applies the refiners in order to a reader's draft (in place) and returns it. */
export function refine(draft: DraftDocument, context: RefineContext): DraftDocument {
  for (const refiner of REFINERS) refiner.refine(draft, context);
  return draft;
}
