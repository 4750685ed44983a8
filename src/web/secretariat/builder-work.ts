/**
 * The agenda builder is one form: whichever button is pressed (save, add, move, remove, publish,
 * cancel), every field is sent, and what was typed into the meeting's fields and the participants
 * is saved first — or, when it cannot be (invalid, or someone saved meanwhile), the page comes back
 * with everything the user typed still in its fields and the button's action not done. A POST
 * that carries only some of the fields (a test, a script) saves only those.
 */
import type { Context } from 'hono';
import { parseParticipantLines } from '../../domain/meeting-draft.js';
import { setMeetingParticipants } from '../../use-cases/meetings/set-meeting-participants.js';
import { updateMeeting } from '../../use-cases/meetings/update-meeting.js';
import { auditActorOf } from '../auth/context.js';
import { type FormBody, field } from '../kit/forms.js';
import { builderPage, done, refused } from './builder.js';
import { unsavedText } from './confirm.js';
import { meetingConflict, participantsConflict } from './conflicts.js';
import type { SecretariatDeps } from './deps.js';
import { meetingFormValues, parseMeeting, revisionOf } from './forms.js';
import { type BuilderOverrides, noticeOf } from './presenters.js';

const lines = (form: FormBody, name: string) => field(form, name).replace(/\r\n?/g, '\n');

/** What the user typed into the builder's fields, as far as the form carries them: kept on every answer. */
export function typedInBuilder(form: FormBody): BuilderOverrides {
  const revision = revisionOf(form);
  const kept: BuilderOverrides = {};
  if ('heldOn' in form) kept.form = { ...meetingFormValues(form), revision };
  if ('present' in form || 'absent' in form) {
    kept.participants = { present: lines(form, 'present'), absent: lines(form, 'absent'), revision };
  }
  if ('template' in form) kept.addForm = { template: field(form, 'template'), title: field(form, 'title') };
  if ('reason' in form) kept.reason = field(form, 'reason');
  return kept;
}

/**
 * The builder's typed text that nothing saves until its own button is pressed (a new item's title
 * and template, a correction's reason): what a confirmation page carries.
 */
export function unsavedInBuilder(form: FormBody): Record<string, string> {
  const carried = unsavedText(form, ['title', 'reason']);
  return carried.title ? { ...carried, template: field(form, 'template') } : carried;
}

/** The unsaved text a confirmation's "Fortryd" link brings back to the builder (?title=…&template=…). */
export function unsavedInQuery(c: Context): BuilderOverrides {
  const { template, title, reason } = c.req.query();
  return {
    ...(title ? { addForm: { template: template || 'case', title } } : {}),
    ...(reason ? { reason } : {}),
  };
}

/** The typed values at a new revision (after a save, or the saved one after a conflict). */
function atRevision(kept: BuilderOverrides, revision: number): BuilderOverrides {
  return {
    ...kept,
    ...(kept.form ? { form: { ...kept.form, revision } } : {}),
    ...(kept.participants ? { participants: { ...kept.participants, revision } } : {}),
  };
}

export type KeptWork = { ok: true; changed: boolean } | { ok: false; response: Response | Promise<Response> };

/** Saves the meeting's fields and the participants the form carries, at the revision it names. */
export async function keepBuilderWork(
  c: Context,
  deps: SecretariatDeps,
  meetingId: number,
  form: FormBody,
): Promise<KeptWork> {
  const kept = typedInBuilder(form);
  const refuse = (overrides: BuilderOverrides, status: 400 | 409) => ({
    ok: false as const,
    response: builderPage(c, deps, meetingId, overrides, status),
  });
  let revision = revisionOf(form);
  let changed = false;
  if (kept.form) {
    const parsed = parseMeeting(form);
    if (!parsed.ok) return refuse({ ...kept, problems: parsed.problems }, 400);
    const result = await updateMeeting({ db: deps.db, meetingId, revision, ...parsed.value, actor: auditActorOf(c) });
    if (!result.ok && result.reason !== 'conflict')
      return { ok: false, response: refused(c, deps, meetingId, result.reason) };
    if (!result.ok) {
      const conflict = { rows: meetingConflict(parsed.value, result.current), what: 'Mødet' };
      return refuse({ ...atRevision(kept, result.current.revision), conflict }, 409);
    }
    revision = result.revision;
    changed = result.changed;
  }
  if (kept.participants) {
    const { present, absent } = kept.participants;
    const participants = [...parseParticipantLines(present, false), ...parseParticipantLines(absent, true)];
    if (participants.length > 200 || present.length + absent.length > 40_000) {
      const problems = [{ field: 'present', text: 'Der er for mange deltagere.' }];
      return refuse({ ...atRevision(kept, revision), problems }, 400);
    }
    const result = await setMeetingParticipants({
      db: deps.db,
      meetingId,
      revision,
      participants,
      actor: auditActorOf(c),
    });
    if (!result.ok && result.reason !== 'conflict')
      return { ok: false, response: refused(c, deps, meetingId, result.reason) };
    if (!result.ok) {
      const rows = participantsConflict({ present, absent }, result.current.draftParticipants);
      return refuse({ ...atRevision(kept, result.current.revision), conflict: { rows, what: 'Deltagerlisten' } }, 409);
    }
    changed ||= result.changed;
  }
  return { ok: true, changed };
}

/**
 * Done: back to the builder with the notice of `code` — or, when the form carries typed text that
 * nothing saves (a new item's title, a correction's reason), the builder at once with it kept.
 */
export function doneKeeping(
  c: Context,
  deps: SecretariatDeps,
  meetingId: number,
  form: FormBody,
  code: string,
  anchor = '',
) {
  const { addForm, reason } = typedInBuilder(form);
  const unsaved = (addForm && addForm.title.trim() !== '') || (reason && reason.trim() !== '');
  if (!unsaved) return done(c, meetingId, code, anchor);
  return builderPage(c, deps, meetingId, { notice: noticeOf(code), addForm, reason });
}
