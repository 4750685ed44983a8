/**
 * The item editor is one form (text, decision, attachments): whichever button is pressed, every
 * field is sent, and the item's text and its decision are saved together — or, when they cannot
 * be (invalid, or someone saved meanwhile), the editor comes back with everything the user typed
 * still in its fields and the button's action not done. The page's form says so with `editor=1`;
 * a POST without it (a test, a script) saves only the fields its route is for.
 */
import type { Context } from 'hono';
import { EDITABLE_SECTION_KINDS } from '../../domain/agenda-templates.js';
import { participantLines } from '../../domain/meeting-draft.js';
import { recordDecision } from '../../use-cases/meetings/record-decision.js';
import { updateAgendaItem } from '../../use-cases/meetings/update-agenda-item.js';
import { auditActorOf } from '../auth/context.js';
import { type FormBody, field } from '../kit/forms.js';
import { decisionConflict, itemConflict } from './conflicts.js';
import type { SecretariatDeps } from './deps.js';
import { editorPage, refusedItem } from './editor-page.js';
import { decisionFormValues, itemFormValues, parseDecision, parseItem, revisionOf } from './forms.js';
import { decisionFormOf, type EditorOverrides, itemFormOf, sectionsOf, submittedItemForm } from './presenters.js';

/** Is this POST from the editor's one form (which carries every field)? */
export const isEditorForm = (form: FormBody) => field(form, 'editor') === '1';

/** What the user typed, as far as the form carries it: kept on every answer that is not a save. */
export function typedInEditor(form: FormBody, parts: EditorParts): EditorOverrides {
  return {
    revision: revisionOf(form),
    ...(parts.item ? { form: submittedItemForm(itemFormValues(form, EDITABLE_SECTION_KINDS)) } : {}),
    ...(parts.decision ? { decision: decisionFormValues(form) } : {}),
    ...('attachmentTitle' in form ? { upload: uploadOf(form) } : {}),
  };
}

/** The new attachment's fields as typed. */
const uploadOf = (form: FormBody) => ({
  title: field(form, 'attachmentTitle'),
  isClosed: field(form, 'attachmentClosed') === '1',
});

/** Has the user chosen a file for a new attachment? */
export const hasChosenFile = (form: FormBody) => form.file instanceof File && form.file.size > 0;

/**
 * After a save from the editor by another button than "Tilføj bilag": a new attachment's title typed
 * without a file is not dropped but shown again, with what to do; null when there is none.
 */
export function keepUnaddedAttachment(
  c: Context,
  deps: SecretariatDeps,
  itemId: number,
  form: FormBody,
  notice: string | undefined,
) {
  const upload = uploadOf(form);
  if (upload.title.trim() === '') return null;
  const text = `Bilaget »${upload.title.trim()}« er ikke tilføjet endnu: vælg filen, og tryk »Tilføj bilag«.`;
  return editorPage(c, deps, itemId, { notice, upload, problems: [{ field: 'file', text }] });
}

export interface EditorParts {
  item: boolean;
  decision: boolean;
}

export type KeptEditorWork =
  | { ok: true; itemChanged: boolean; decisionChanged: boolean }
  | { ok: false; response: Response | Promise<Response> };

/** Saves the item's text and then its decision, as far as the form carries them, at the revision it names. */
export async function keepEditorWork(
  c: Context,
  deps: SecretariatDeps,
  itemId: number,
  form: FormBody,
  parts: EditorParts,
): Promise<KeptEditorWork> {
  const kept = typedInEditor(form, parts);
  const refuse = (overrides: EditorOverrides, status: 400 | 409) => ({
    ok: false as const,
    response: editorPage(c, deps, itemId, { ...kept, ...overrides }, status),
  });
  const item = parseItem(form, EDITABLE_SECTION_KINDS);
  const decision = parseDecision(form);
  const problems = [
    ...(parts.item && !item.ok ? item.problems : []),
    ...(parts.decision && !decision.ok ? decision.problems : []),
  ];
  if (problems.length > 0) return refuse({ problems }, 400);
  let revision = kept.revision ?? 0;
  let itemChanged = false;
  if (parts.item && item.ok && kept.form) {
    const result = await updateAgendaItem({
      db: deps.db,
      itemId,
      revision,
      ...item.value,
      sections: sectionsOf(item.value.sections),
      actor: auditActorOf(c),
    });
    if (!result.ok && result.reason !== 'conflict')
      return { ok: false, response: refusedItem(c, deps, itemId, result.reason) };
    if (!result.ok) {
      const conflict = { rows: itemConflict(kept.form, itemFormOf(result.current)), what: 'Punktet' };
      return refuse({ revision: result.current.revision, conflict }, 409);
    }
    revision = result.revision;
    itemChanged = result.changed;
  }
  let decisionChanged = false;
  if (parts.decision && decision.ok && kept.decision) {
    const { text, outcome, dissents, absentees } = decision.value;
    const result = await recordDecision({
      db: deps.db,
      itemId,
      revision,
      decision: text === '' ? null : { text, outcome, dissents, decidedOn: null },
      absentees,
      actor: auditActorOf(c),
    });
    if (!result.ok && result.reason !== 'conflict')
      return { ok: false, response: refusedItem(c, deps, itemId, result.reason) };
    if (!result.ok) {
      const mine = { ...kept.decision, absentees: participantLines(absentees) };
      const conflict = { rows: decisionConflict(mine, decisionFormOf(result.current)), what: 'Beslutningen' };
      // The item's text is saved by now: the form shows it saved, and the decision as typed.
      return refuse({ form: undefined, revision: result.current.revision, conflict }, 409);
    }
    decisionChanged = result.changed;
  }
  return { ok: true, itemChanged, decisionChanged };
}
