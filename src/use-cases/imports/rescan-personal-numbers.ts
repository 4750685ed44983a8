/**
 * rescanPersonalNumbers: the archive stored before the personal-number detector existed (or
 * before its current version) read again, and every personal number found masked in place, as
 * the importer and the harvester mask what they store now (src/domain/cpr.ts): the meeting's
 * texts and its items' search text, its source file's bytes dropped, its attachments' pages of
 * text, and the files of those attachments withheld; each finding recorded for the admins.
 * One meeting, or one attachment file, per transaction; what is masked stays masked, so a run
 * cut short is finished by the next. When the whole archive has been read, the detector's
 * version is recorded and `protokol serve` does not start it again.
 *
 * Who may call it: `protokol serve` (in the background, once per detector version) and the CLI
 * (`protokol cpr rescan`, operators).
 */
import type { Db } from '../../db/client.js';
import { addDocumentFindings, withholdAttachment } from '../../db/stores/personal-number-findings.js';
import {
  afterMeetingMasked,
  attachmentPagesToRescan,
  attachmentUses,
  listAttachmentTextsToRescan,
  listMeetingsToRescan,
  meetingTextsToRescan,
  recordScan,
  scannedBy,
  writeMaskedPage,
  writeMaskedText,
} from '../../db/stores/personal-number-rescan.js';
import { CPR_DETECTOR_VERSION, maskPersonalNumbers } from '../../domain/cpr.js';
import { maskAttachmentPages, type PersonalNumberFinding } from '../../domain/cpr-document.js';

export interface RescanSummary {
  /** Meetings and attachment files in which something was masked. */
  meetings: number;
  attachments: number;
  /** Personal numbers masked, in all. */
  numbers: number;
}

/** Whether the current detector has read the whole archive. */
export function archiveRescanned(db: Db): Promise<boolean> {
  return scannedBy(db, CPR_DETECTOR_VERSION);
}

export async function rescanPersonalNumbers(db: Db): Promise<RescanSummary> {
  const summary: RescanSummary = { meetings: 0, attachments: 0, numbers: 0 };
  for (const meetingId of await listMeetingsToRescan(db)) {
    const masked = await rescanMeeting(db, meetingId);
    if (masked > 0) summary.meetings++;
    summary.numbers += masked;
  }
  for (const sha256 of await listAttachmentTextsToRescan(db)) {
    const masked = await rescanAttachment(db, sha256);
    if (masked > 0) summary.attachments++;
    summary.numbers += masked;
  }
  await recordScan(db, { version: CPR_DETECTOR_VERSION, meetings: summary.meetings, attachments: summary.attachments });
  return summary;
}

/** One meeting's texts masked in place; returns the number of personal numbers masked. */
async function rescanMeeting(db: Db, meetingId: number): Promise<number> {
  return db.transaction(async (tx) => {
    const findings: PersonalNumberFinding[] = [];
    for (const text of await meetingTextsToRescan(tx, meetingId)) {
      const result = maskPersonalNumbers(text.value);
      if (result.found.length === 0) continue;
      await writeMaskedText(tx, text, result.text);
      const label = text.label === null ? null : maskPersonalNumbers(text.label).text;
      for (const found of result.found)
        findings.push({ place: text.place, itemNumber: text.itemNumber, label, page: null, ...found });
    }
    if (findings.length === 0) return 0;
    await afterMeetingMasked(tx, meetingId);
    await addDocumentFindings(tx, meetingId, findings);
    return findings.length;
  });
}

/** One attachment file's pages masked in place, the file withheld wherever it is attached. */
async function rescanAttachment(db: Db, sha256: string): Promise<number> {
  return db.transaction(async (tx) => {
    const pages = await attachmentPagesToRescan(tx, sha256);
    const masked = maskAttachmentPages(pages.map((page) => page.text));
    if (masked.findings.length === 0) return 0;
    for (const [index, page] of pages.entries())
      if (masked.pages[index] !== page.text) await writeMaskedPage(tx, sha256, page.page, masked.pages[index]);
    for (const use of await attachmentUses(tx, sha256)) {
      await withholdAttachment(tx, {
        meetingId: use.meetingId,
        sha256,
        itemNumber: use.itemNumber,
        title: maskPersonalNumbers(use.title).text,
        findings: masked.findings.map((finding) => ({ ...finding, page: pages[finding.page - 1].page })),
      });
    }
    return masked.findings.length;
  });
}
