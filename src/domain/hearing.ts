/**
 * Hearings (høringer): a document sent to consultees with a deadline, the responses that come
 * back, and the hearing memo (høringsnotat) that answers each.
 */

/** How a response came in: through the public hearing page, or registered by the secretariat. */
export const RESPONSE_CHANNELS = ['portal', 'secretariat'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

/** A response is published only after the secretariat has checked it; it may be withheld with a reason. */
export const RESPONSE_STATES = ['received', 'published', 'withheld'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];
