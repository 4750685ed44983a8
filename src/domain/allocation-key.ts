/**
 * Keys (fordelingsnøgler): named, versioned weights per recipient. A recipient is a body (a health
 * council …) or a publisher (a region, a municipality …), never a name: names are not identities.
 * Enums only here; their Danish and English labels are in render/messages/frames.ts.
 */

/** What a key's weights are: disease-weighted citizens, population, equal shares, or something else. */
export const KEY_KINDS = ['disease_weighted_citizens', 'population', 'equal_shares', 'custom'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** A recipient: a body (organ) or a publisher (udgiver), by id. */
export type RecipientId = { kind: 'body'; id: number } | { kind: 'publisher'; id: number };

/** The recipient's identity as text ("body:12", "publisher:3"): the same recipient, the same text. */
export function recipientKey(recipient: RecipientId): string {
  return `${recipient.kind}:${recipient.id}`;
}
