/**
 * The item editor and the item's actions (mounted at /sekretariat):
 *   GET|POST /sekretariat/punkt/:id   (POST from the editor's one form: "Gem punktet" and "Gem
 *     beslutningen" both save the text and the decision; "Vis forhåndsvisning" saves nothing and
 *     keeps every field)
 *   POST /sekretariat/punkt/:id/beslutning (the decision alone) | /flyt
 *   GET|POST /sekretariat/punkt/:id/slet (confirmed with `confirm=1`, else its confirmation page)
 * Pipelines: validate → authorize (requireRole edit_meeting in the item's body) → use case →
 * present. A stale revision gives 409 with "Din ændring" and "Den gemte version" side by side and
 * the user's text kept in the form, based on the saved revision, to merge and save again.
 */
import { type Context, Hono } from 'hono';
import { findDraftItem } from '../../db/queries/meeting-drafts.js';
import { EDITABLE_SECTION_KINDS } from '../../domain/agenda-templates.js';
import { AppError } from '../../errors.js';
import { moveAgendaItem } from '../../use-cases/meetings/move-agenda-item.js';
import { removeAgendaItem } from '../../use-cases/meetings/remove-agenda-item.js';
import { auditActorOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { type FormBody, field } from '../kit/forms.js';
import { idParam } from '../kit/params.js';
import { addUploadedFile } from './attachment-routes.js';
import { doneKeeping, keepBuilderWork, unsavedInBuilder } from './builder-work.js';
import { CONSEQUENCES, confirmPage, isConfirmed } from './confirm.js';
import type { SecretariatDeps } from './deps.js';
import { editItemGuard, editorPage, refusedItem } from './editor-page.js';
import { hasChosenFile, isEditorForm, keepEditorWork, keepUnaddedAttachment, typedInEditor } from './editor-work.js';
import { parseDirection, parseItem } from './forms.js';
import { builderHref, editorHref } from './paths.js';
import { noticeOf, sectionsOf } from './presenters.js';

export function itemRoutes(deps: SecretariatDeps) {
  const { db } = deps;
  const app = new Hono();
  const editItem = editItemGuard(deps);

  app.get('/punkt/:id', editItem, (c) => {
    // A confirmation's "Fortryd" brings back a new attachment's title typed before it (?attachmentTitle=…).
    const title = c.req.query('attachmentTitle');
    const upload = title ? { title, isClosed: false } : undefined;
    return editorPage(c, deps, idParam(c), { notice: noticeOf(c.req.query('gemt')), upload });
  });
  app.post('/punkt/:id', editItem, (c) => saveItem(c, deps));
  app.post('/punkt/:id/beslutning', editItem, async (c) => {
    const itemId = idParam(c);
    const form = await c.req.parseBody();
    const kept = await keepEditorWork(c, deps, itemId, form, { item: isEditorForm(form), decision: true });
    if (!kept.ok) return kept.response;
    const code = kept.decisionChanged ? 'beslutning' : kept.itemChanged ? 'gemt' : 'uaendret';
    return savedFromEditor(c, deps, itemId, form, code, '#beslutning');
  });

  /** The meeting of the item in the path, after the builder's typed fields are saved. */
  const fromBuilder = async (c: Context, form: FormBody) => {
    const item = await findDraftItem(db, idParam(c));
    if (!item) throw notFound();
    return { item, kept: await keepBuilderWork(c, deps, item.meetingId, form) };
  };

  app.post('/punkt/:id/flyt', editItem, async (c) => {
    const itemId = idParam(c);
    const form = await c.req.parseBody();
    const direction = parseDirection(form);
    if (!direction) throw new AppError('input_invalid', 'retning: skal være op eller ned');
    const { kept } = await fromBuilder(c, form);
    if (!kept.ok) return kept.response;
    const result = await moveAgendaItem({ db, itemId, direction, actor: auditActorOf(c) });
    if (result.ok) return doneKeeping(c, deps, result.meetingId, form, 'flyttet', '#dagsorden');
    return refusedItem(c, deps, itemId, result.reason);
  });

  const confirmRemoval = async (c: Context, carry?: Record<string, string>) => {
    const item = await findDraftItem(db, idParam(c));
    if (!item) throw notFound();
    return confirmPage(c, {
      heading: `Fjern punkt ${item.number}: ${item.title}`,
      consequences: CONSEQUENCES.removeItem,
      confirmLabel: 'Ja, fjern punktet',
      action: `${editorHref(item.id)}/slet`,
      backHref: `${builderHref(item.meetingId)}#dagsorden`,
      backLabel: 'Mødet',
      carry,
    });
  };

  app.get('/punkt/:id/slet', editItem, (c) => confirmRemoval(c));
  app.post('/punkt/:id/slet', editItem, async (c) => {
    const itemId = idParam(c);
    const form = await c.req.parseBody();
    const { kept } = await fromBuilder(c, form);
    if (!kept.ok) return kept.response;
    if (!isConfirmed(form)) return confirmRemoval(c, unsavedInBuilder(form));
    const result = await removeAgendaItem({ db, itemId, actor: auditActorOf(c) });
    if (result.ok) return doneKeeping(c, deps, result.meetingId, form, 'fjernet', '#dagsorden');
    return refusedItem(c, deps, itemId, result.reason);
  });

  return app;
}

/**
 * POST /sekretariat/punkt/:id: save the item's text (title, time, case, sections) and, from the
 * editor's one form, its decision — or only preview the text, keeping every field.
 */
async function saveItem(c: Context, deps: SecretariatDeps) {
  const itemId = idParam(c);
  const form = await c.req.parseBody();
  const action = field(form, 'action');
  const parts = { item: true, decision: 'decision' in form };
  if (action === 'preview') {
    const kept = typedInEditor(form, parts);
    const parsed = parseItem(form, EDITABLE_SECTION_KINDS);
    if (!parsed.ok) return editorPage(c, deps, itemId, { ...kept, problems: parsed.problems }, 400);
    const shown = sectionsOf(parsed.value.sections).filter((section) => section.text.trim() !== '');
    return editorPage(c, deps, itemId, { ...kept, preview: { title: parsed.value.title, sections: shown } });
  }
  const kept = await keepEditorWork(c, deps, itemId, form, parts);
  if (!kept.ok) return kept.response;
  const changed = kept.itemChanged || kept.decisionChanged;
  const code = action === 'decision' && kept.decisionChanged ? 'beslutning' : changed ? 'gemt' : 'uaendret';
  const anchor = action === 'decision' ? '#beslutning' : '';
  return savedFromEditor(c, deps, itemId, form, code, anchor);
}

/**
 * Saved: back to the editor with the notice of `code` — the file chosen for a new attachment added
 * first (pressing "Gem punktet" beside it must not drop it), or a title typed without a file kept.
 */
function savedFromEditor(
  c: Context,
  deps: SecretariatDeps,
  itemId: number,
  form: FormBody,
  code: string,
  anchor: string,
) {
  if (!isEditorForm(form)) return c.redirect(`${editorHref(itemId)}?gemt=${code}${anchor}`, 303);
  if (hasChosenFile(form)) return addUploadedFile(c, deps, itemId, form);
  return (
    keepUnaddedAttachment(c, deps, itemId, form, noticeOf(code)) ??
    c.redirect(`${editorHref(itemId)}?gemt=${code}${anchor}`, 303)
  );
}
