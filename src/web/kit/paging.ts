/**
 * Paging of the signed-in pages' long lists: `?side=N` (1 when missing or not a page number) and
 * the number of pages. (The portal's search validates its page with its other filters; the JSON
 * API and OParl page with keyset cursors: web/api/cursor.ts.)
 */
import { z } from 'zod';

export const PageQuery = z.object({
  side: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** How many pages `total` rows make, `size` a page; at least one. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
