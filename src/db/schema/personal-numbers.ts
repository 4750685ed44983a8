/**
 * Personal numbers (CPR) found in harvested and imported documents: where each was found, for the
 * admins. Never the number itself — it is masked in everything stored for the public before it is
 * written (src/domain/cpr.ts); a finding keeps the place, the masked text around it and how sure
 * the detector was.
 */
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { CPR_CONFIDENCES } from '../../domain/cpr.js';
import { FINDING_PLACES } from '../../domain/cpr-document.js';
import { belongsTo, instantNow, serialId } from './columns.js';
import { meetings } from './meetings.js';

export const personalNumberFindings = pgTable(
  'personal_number_findings',
  {
    id: serialId(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    /** The item's number as printed; null for the meeting's own fields and its participants. */
    itemNumber: integer('item_number'),
    place: text('place', { enum: FINDING_PLACES }).notNull(),
    /** The section's heading or the attachment's title (masked). */
    label: text('label'),
    /** For an attachment's text: the file (by checksum) and its page (1-based). */
    attachmentSha256: text('attachment_sha256'),
    page: integer('page'),
    confidence: text('confidence', { enum: CPR_CONFIDENCES }).notNull(),
    /** The masked text around the number. */
    context: text('context').notNull(),
    foundAt: instantNow('found_at'),
  },
  (t) => [index('personal_number_findings_meeting_idx').on(t.meetingId)],
);

/**
 * The rescans of what was stored before (src/use-cases/imports/rescan-personal-numbers.ts): one row
 * per version of the detector that has read the whole archive, so that data stored before the
 * detector (or before a better one) is read once, and once only.
 */
export const personalNumberScans = pgTable('personal_number_scans', {
  scannerVersion: integer('scanner_version').primaryKey(),
  /** Meetings and attachment files in which something was masked. */
  meetings: integer('meetings').notNull(),
  attachments: integer('attachments').notNull(),
  finishedAt: instantNow('finished_at'),
});
