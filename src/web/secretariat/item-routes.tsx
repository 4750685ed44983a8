/**
 * The item editor and the item's actions (mounted at /sekretariat):
 *   GET|POST /sekretariat/punkt/:id           (POST: save, or "Vis forhåndsvisning": preview, not saved)
 *   POST /sekretariat/punkt/:id/beslutning | /flyt | /slet
 * Pipelines: validate → authorize (requireRole edit_meeting in the item's body) → use case →
 * present. A stale revision gives 409 with "Din ændring" and "Den gemte version" side by side and
 * the user's text kept in the form, based on the saved revision, to merge and save again.
 */
import { type Context, Hono } from 'hono';
import { bodyOfDraftItem, findDraftItem } from '../../db/queries/meeting-drafts.js';
import { EDITABLE_SECTION_KINDS } from '../../domain/agenda-templates.js';
import { participantLines } from '../../domain/meeting-draft.js';
import { AppError } from '../../errors.js';
import { ItemEditorPage } from '../../render/html/secretariat/item-editor-page.js';
import { moveAgendaItem } from '../../use-cases/meetings/move-agenda-item.js';
import { recordDecision } from '../../use-cases/meetings/record-decision.js';
import { removeAgendaItem } from '../../use-cases/meetings/remove-agenda-item.js';
import { updateAgendaItem } from '../../use-cases/meetings/update-agenda-item.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { NOT_EDITABLE } from './builder.js';
import { decisionConflict, itemConflict } from './conflicts.js';
import type { SecretariatDeps } from './deps.js';
import { decisionFormValues, itemFormValues, parseDecision, parseDirection, parseItem, revisionOf } from './forms.js';
import { builderHref, editorHref } from './paths.js';
import {
  decisionFormOf,
  type EditorOverrides,
  itemFormOf,
  noticeOf,
  presentEditor,
  sectionsOf,
  submittedItemForm,
} from './presenters.js';

type EditorStatus = 200 | 400 | 409 | 507;

/** The item editor's page, with what the request adds. */
export async function editorPage(
  c: Context,
  { db }: SecretariatDeps,
  itemId: number,
  overrides: EditorOverrides = {},
  status: EditorStatus = 200,
) {
  const item = await findDraftItem(db, itemId);
  if (!item) throw notFound();
  return page(c, <ItemEditorPage {...presentEditor(item, csrfOf(c), overrides)} />, status);
}

/** A use case's refusal: not found (404), or an item whose meeting cannot be changed (409). */
export function refusedItem(c: Context, deps: SecretariatDeps, itemId: number, reason: 'not_found' | 'not_editable') {
  if (reason === 'not_found') throw notFound();
  return editorPage(c, deps, itemId, { problems: [NOT_EDITABLE] }, 409);
}

/** Authorize: edit_meeting in the body of the item in the path. */
export function editItemGuard({ db }: SecretariatDeps) {
  return requireRole('edit_meeting', (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfDraftItem(db, id) : null;
  });
}

export function itemRoutes(deps: SecretariatDeps) {
  const { db } = deps;
  const app = new Hono();
  const editItem = editItemGuard(deps);

  app.get('/punkt/:id', editItem, (c) => editorPage(c, deps, idParam(c), { notice: noticeOf(c.req.query('gemt')) }));
  app.post('/punkt/:id', editItem, (c) => saveItem(c, deps));
  app.post('/punkt/:id/beslutning', editItem, (c) => saveDecision(c, deps));

  app.post('/punkt/:id/flyt', editItem, async (c) => {
    const itemId = idParam(c);
    const direction = parseDirection(await c.req.parseBody());
    if (!direction) throw new AppError('input_invalid', 'retning: skal være op eller ned');
    const result = await moveAgendaItem({ db, itemId, direction, actor: auditActorOf(c) });
    if (result.ok) return c.redirect(`${builderHref(result.meetingId)}?gemt=flyttet#dagsorden`, 303);
    return refusedItem(c, deps, itemId, result.reason);
  });

  app.post('/punkt/:id/slet', editItem, async (c) => {
    const itemId = idParam(c);
    const result = await removeAgendaItem({ db, itemId, actor: auditActorOf(c) });
    if (result.ok) return c.redirect(`${builderHref(result.meetingId)}?gemt=fjernet#dagsorden`, 303);
    return refusedItem(c, deps, itemId, result.reason);
  });

  return app;
}

/** POST /sekretariat/punkt/:id: save the item's title, time, case and sections — or only preview them. */
async function saveItem(c: Context, deps: SecretariatDeps) {
  const itemId = idParam(c);
  const form = await c.req.parseBody();
  const revision = revisionOf(form);
  const mine = submittedItemForm(itemFormValues(form, EDITABLE_SECTION_KINDS));
  const parsed = parseItem(form, EDITABLE_SECTION_KINDS);
  if (!parsed.ok) return editorPage(c, deps, itemId, { form: mine, revision, problems: parsed.problems }, 400);
  const sections = sectionsOf(parsed.value.sections);
  if (field(form, 'action') === 'preview') {
    const shown = sections.filter((section) => section.text.trim() !== '');
    return editorPage(c, deps, itemId, {
      form: mine,
      revision,
      preview: { title: parsed.value.title, sections: shown },
    });
  }
  const result = await updateAgendaItem({
    db: deps.db,
    itemId,
    revision,
    ...parsed.value,
    sections,
    actor: auditActorOf(c),
  });
  if (result.ok) return c.redirect(`${editorHref(itemId)}?gemt=${result.changed ? 'gemt' : 'uaendret'}`, 303);
  if (result.reason !== 'conflict') return refusedItem(c, deps, itemId, result.reason);
  const conflict = { rows: itemConflict(mine, itemFormOf(result.current)), what: 'Punktet' };
  return editorPage(c, deps, itemId, { form: mine, revision: result.current.revision, conflict }, 409);
}

/** POST /sekretariat/punkt/:id/beslutning: the decision, its outcome, dissents and who was absent. */
async function saveDecision(c: Context, deps: SecretariatDeps) {
  const itemId = idParam(c);
  const form = await c.req.parseBody();
  const revision = revisionOf(form);
  const values = decisionFormValues(form);
  const parsed = parseDecision(form);
  if (!parsed.ok) return editorPage(c, deps, itemId, { decision: values, revision, problems: parsed.problems }, 400);
  const { text, outcome, dissents, absentees } = parsed.value;
  const result = await recordDecision({
    db: deps.db,
    itemId,
    revision,
    decision: text === '' ? null : { text, outcome, dissents, decidedOn: null },
    absentees,
    actor: auditActorOf(c),
  });
  if (result.ok) {
    return c.redirect(`${editorHref(itemId)}?gemt=${result.changed ? 'beslutning' : 'uaendret'}#beslutning`, 303);
  }
  if (result.reason !== 'conflict') return refusedItem(c, deps, itemId, result.reason);
  const mine = { ...values, absentees: participantLines(absentees) };
  const conflict = { rows: decisionConflict(mine, decisionFormOf(result.current)), what: 'Beslutningen' };
  return editorPage(c, deps, itemId, { decision: values, revision: result.current.revision, conflict }, 409);
}
