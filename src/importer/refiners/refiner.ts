import type { DraftDocument } from '../draft.js';

/** What the refiners know about the layout a draft was read from. */
export interface RefineContext {
  /**
   * The layout prints whether the document is an agenda or minutes (a title line, a cover page);
   * when such a layout does not say, the choice made from the decisions is a warning.
   */
  printsDocumentType: boolean;
}

/** One rule that every layout shares, applied to a reader's draft in place. */
export interface Refiner {
  name: string;
  refine(draft: DraftDocument, context: RefineContext): void;
}
