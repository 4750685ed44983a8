/**
 * submitHearingResponse: a response (høringssvar) to a hearing, through its public page (anyone) or
 * registered by the secretariat for one that came otherwise (by letter, by e-mail; `channel:
 * 'secretariat'`, the body's `edit_meeting`, at any time). Through the page: only while the hearing
 * is open (start to deadline, Danish dates), at most RESPONSE_RATE_LIMIT per client and hour. An
 * attached file must be a PDF by its content and at most 10 MB; it is stored under the data folder
 * by its SHA-256 (as attachments are). A receipt goes to the address given (deliverHearingMails),
 * which is then cleared. A response is never public before the secretariat publishes it.
 *
 * Returns the response's id, or the problems per field (the form keeps what was typed).
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import {
  countResponseRequests,
  insertResponse,
  listConsulteeIds,
  lockHearing,
  recordResponseRequest,
} from '../../db/stores/hearings.js';
import { isEmailAddress, normalizeEmail } from '../../domain/account.js';
import { cleanFileName } from '../../domain/attachment-file.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import {
  checkResponseFile,
  HEARING_LIMITS,
  hearingPhase,
  RESPONSE_RATE_LIMIT,
  type ResponseFileProblem,
} from '../../domain/hearing.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { storeAttachmentFile } from '../meetings/add-attachment.js';

export type ResponseField = 'hearing' | 'name' | 'organisation' | 'text' | 'file' | 'email' | 'consultee';
export type ResponseRefusal =
  | 'not_found'
  | 'not_open'
  | 'closed'
  | 'rate_limited'
  | 'missing'
  | 'too_long'
  | 'invalid'
  | 'not_allowed'
  | 'no_storage'
  | ResponseFileProblem;
export type ResponseProblem = { field: ResponseField; reason: ResponseRefusal };

export interface SubmitHearingResponseInput {
  db: Db;
  /** The data folder (PROTOKOL_DATA); a file cannot be stored without it. */
  dataDir: string | undefined;
  hearingId: number;
  name: string;
  organisation: string | null;
  text: string;
  file: { name: string; bytes: Uint8Array } | null;
  receiptEmail: string | null;
  now?: Date;
  /** Through the public page: the client's address (for the rate limit). */
  via:
    | { channel: 'portal'; client: string }
    | { channel: 'secretariat'; consulteeId: number | null; actor: Actor | null; auditActor: AuditActor };
}

export type SubmitHearingResponseResult = { ok: true; responseId: number } | { ok: false; problems: ResponseProblem[] };

function checkValues(input: SubmitHearingResponseInput): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', reason: 'missing' });
  else if (input.name.length > HEARING_LIMITS.nameMax) problems.push({ field: 'name', reason: 'too_long' });
  if ((input.organisation ?? '').length > HEARING_LIMITS.organisationMax)
    problems.push({ field: 'organisation', reason: 'too_long' });
  if (!input.text.trim() && !input.file) problems.push({ field: 'text', reason: 'missing' });
  else if (input.text.length > HEARING_LIMITS.responseTextMax) problems.push({ field: 'text', reason: 'too_long' });
  if (input.file) {
    const problem = checkResponseFile(input.file.bytes);
    if (problem) problems.push({ field: 'file', reason: problem });
    else if (!input.dataDir) problems.push({ field: 'file', reason: 'no_storage' });
  }
  if (input.receiptEmail !== null && !isEmailAddress(normalizeEmail(input.receiptEmail)))
    problems.push({ field: 'email', reason: 'invalid' });
  return problems;
}

export async function submitHearingResponse(input: SubmitHearingResponseInput): Promise<SubmitHearingResponseResult> {
  const now = input.now ?? new Date();
  const problems = checkValues(input);
  const via = input.via;
  if (via.channel === 'portal') {
    const since = new Date(now.getTime() - RESPONSE_RATE_LIMIT.windowMs);
    if ((await countResponseRequests(input.db, via.client, since)) >= RESPONSE_RATE_LIMIT.perClient)
      return { ok: false, problems: [{ field: 'hearing', reason: 'rate_limited' }] };
  }
  return input.db.transaction(async (tx) => {
    const hearing = await lockHearing(tx, input.hearingId);
    if (!hearing) return { ok: false, problems: [{ field: 'hearing', reason: 'not_found' }] } as const;
    if (via.channel === 'portal') {
      const phase = hearingPhase({ ...hearing, today: copenhagenDate(now) });
      if (phase !== 'open' || hearing.memoPublishedAt)
        return {
          ok: false,
          problems: [{ field: 'hearing', reason: phase === 'upcoming' ? 'not_open' : 'closed' }],
        } as const;
    } else {
      if (via.actor && !can(via.actor, 'edit_meeting', { bodyId: hearing.bodyId }))
        problems.push({ field: 'hearing', reason: 'not_allowed' });
      if (via.consulteeId !== null && !(await listConsulteeIds(tx, hearing.id)).includes(via.consulteeId))
        problems.push({ field: 'consultee', reason: 'not_found' });
    }
    if (problems.length > 0) return { ok: false, problems } as const;
    if (via.channel === 'portal')
      await recordResponseRequest(tx, via.client, now, new Date(now.getTime() - RESPONSE_RATE_LIMIT.windowMs));
    let file: { sha256: string; name: string; sizeBytes: number } | null = null;
    if (input.file && input.dataDir) {
      const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
      await storeAttachmentFile(input.dataDir, sha256, input.file.bytes);
      file = { sha256, name: cleanFileName(input.file.name) || 'svar.pdf', sizeBytes: input.file.bytes.length };
    }
    const response = {
      hearingId: hearing.id,
      consulteeId: via.channel === 'secretariat' ? via.consulteeId : null,
      channel: via.channel,
      name: input.name.trim(),
      organisation: input.organisation?.trim() || null,
      text: input.text.trim(),
    };
    const responseId = await insertResponse(tx, {
      ...response,
      file,
      receiptEmail: input.receiptEmail === null ? null : normalizeEmail(input.receiptEmail),
      receivedAt: now,
    });
    if (via.channel === 'secretariat')
      await recordAuditEntry(tx, {
        actor: via.auditActor,
        action: 'hearing_response.register',
        entity: 'hearing_response',
        entityId: responseId,
        before: null,
        after: { ...response, text: undefined, file: file?.name ?? null },
      });
    return { ok: true, responseId } as const;
  });
}
