/**
 * Case numbers and document ids, however the layout printed them: whitespace folded, a final
 * full stop or comma dropped, and no value at all for an empty one or a zero GUID (a
 * placeholder some systems print where an id is missing). The meeting's own id likewise.
 */
import { cleanId } from '../case-numbers.js';
import type { Refiner } from './refiner.js';

export const caseNumbers: Refiner = {
  name: 'case-numbers',
  refine(draft) {
    draft.sourceId = cleanId(draft.sourceId);
    for (const item of draft.items) {
      item.caseNumber = cleanId(item.caseNumber);
      item.documentId = cleanId(item.documentId);
      for (const attachment of item.attachments) {
        attachment.documentId = cleanId(attachment.documentId);
        if (attachment.caseNumber !== undefined) attachment.caseNumber = cleanId(attachment.caseNumber);
      }
    }
  },
};
