/**
 * A member's own highlights on the items of a page (/moede/:id, /punkt/:id): each item whose text
 * the member reads gets its passages to mark and the "Fremhæv" form. Only called for a member of
 * the body (read_closed_item), on pages that are then private and never cached.
 */
import type { Db } from '../../db/client.js';
import { listMyHighlights } from '../../db/queries/member-reading.js';
import type { ItemView } from '../../render/html/item-content.js';

/** Where a highlight is posted. */
export const HIGHLIGHT_ACTION = '/mig/fremhaev';

/** The items with the member's highlights on them; `back` is where the form returns to for an item. */
export async function withMyHighlights<T extends ItemView>(
  db: Db,
  input: { userId: number; meetingId: number; items: T[]; back: (item: T) => string },
): Promise<T[]> {
  const highlights = await listMyHighlights(db, input.userId, input.meetingId);
  return input.items.map((item) =>
    item.isClosed && !item.showsClosedContent
      ? item
      : {
          ...item,
          highlights: {
            itemId: item.id,
            quotes: highlights.filter((h) => h.itemNumber === item.number).map((h) => h.quote),
            action: HIGHLIGHT_ACTION,
            back: input.back(item),
          },
        },
  );
}
