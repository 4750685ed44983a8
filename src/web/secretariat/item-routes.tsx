/**
 * The item editor and the item's actions:
 *   GET|POST /sekretariat/punkt/:id           (POST: save, or "Vis forhåndsvisning": preview, not saved)
 *   POST /sekretariat/punkt/:id/beslutning | /flyt | /slet | /bilag (multipart upload)
 *   GET  /sekretariat/bilag/:id               (a draft attachment's file)
 *   POST /sekretariat/bilag/:id/slet
 * Pipelines: validate → authorize (requireRole edit_meeting in the item's body) → use case →
 * present. A stale revision gives 409 with "Din ændring" and "Den gemte version" side by side and
 * the user's text kept in the form, based on the saved revision, to merge and save again.
 */
import { type Context, Hono } from 'hono';

import {
  bodyOfDraftAttachment,
  bodyOfDraftItem,
  findDraftAttachment,
  findDraftItem,
} from '../../db/queries/meeting-drafts.js';

import { EDITABLE_SECTION_KINDS } from '../../domain/agenda-templates.js';

import { ATTACHMENT_MAX_BYTES } from '../../domain/attachment-file.js';
import { participantLines } from '../../domain/meeting-draft.js';

import { AppError } from '../../errors.js';

import type { Problem } from '../../render/html/forms.js';
import { ItemEditorPage } from '../../render/html/secretariat/item-editor-page.js';

import type { ConflictRow } from '../../render/html/secretariat/shared.js';
import { LABELS } from '../../render/i18n.js';
import { addAttachment, attachmentPath } from '../../use-cases/meetings/add-attachment.js';
import { moveAgendaItem } from '../../use-cases/meetings/move-agenda-item.js';
import { recordDecision } from '../../use-cases/meetings/record-decision.js';
import { removeAgendaItem } from '../../use-cases/meetings/remove-agenda-item.js';
import { removeAttachment } from '../../use-cases/meetings/remove-attachment.js';
import { updateAgendaItem } from '../../use-cases/meetings/update-agenda-item.js';
import { requireRole } from '../auth/index.js';
import { sendStoredFile } from '../portal/attachment-routes.js';
import { parseId } from '../portal/validation.js';
import { auditActorOf, csrfOf, type SecretariatDeps } from './deps.js';
import {
  decisionFormValues,
  field,
  itemFormValues,
  parseDecision,
  parseDirection,
  parseItem,
  revisionOf,
} from './forms.js';
import {
  builderHref,
  decisionFormOf,
  type EditorOverrides,
  editorHref,
  itemFormOf,
  noticeOf,
  presentEditor,
  sectionsOf,
  submittedItemForm,
} from './presenters.js';

const notFound = () => new AppError('not_found', 'not found');

function idOf(c: Context): number {
  const id = parseId(c.req.param('id') ?? '');
  if (!id) throw notFound();
  return id;
}

const NOT_EDITABLE: Problem = {
  text: 'Mødet kan ikke ændres: det er aflyst eller indlæst fra et offentliggjort dokument.',
};

export function secretariatItemRoutes({ db, dataDir }: SecretariatDeps) {
  const app = new Hono();
  const editItem = requireRole('edit_meeting', (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfDraftItem(db, id) : null;
  });
  const editAttachment = requireRole('edit_meeting', (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfDraftAttachment(db, id) : null;
  });

  async function editor(c: Context, itemId: number, overrides: EditorOverrides = {}, status: 200 | 400 | 409 = 200) {
    const item = await findDraftItem(db, itemId);
    if (!item) throw notFound();
    c.status(status);
    return c.render(<ItemEditorPage {...presentEditor(item, csrfOf(c), overrides)} />);
  }

  const refused = (c: Context, itemId: number, reason: 'not_found' | 'not_editable') => {
    if (reason === 'not_found') throw notFound();
    return editor(c, itemId, { problems: [NOT_EDITABLE] }, 409);
  };

  app.get('/sekretariat/punkt/:id', editItem, async (c) => {
    return editor(c, idOf(c), { notice: noticeOf(c.req.query('gemt')) });
  });

  app.post('/sekretariat/punkt/:id', editItem, async (c) => {
    const itemId = idOf(c);
    const form = await c.req.parseBody();
    const revision = revisionOf(form);
    const values = itemFormValues(form, EDITABLE_SECTION_KINDS);
    const parsed = parseItem(form, EDITABLE_SECTION_KINDS);
    if (!parsed.ok)
      return editor(c, itemId, { form: submittedItemForm(values), revision, problems: parsed.problems }, 400);
    const sections = sectionsOf(parsed.value.sections);
    if (field(form, 'action') === 'preview') {
      const shown = sections.filter((section) => section.text.trim() !== '');
      return editor(c, itemId, {
        form: submittedItemForm(values),
        revision,
        preview: { title: parsed.value.title, sections: shown },
      });
    }
    const result = await updateAgendaItem({
      db,
      itemId,
      revision,
      ...parsed.value,
      sections,
      actor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(`${editorHref(itemId)}?gemt=${result.changed ? 'gemt' : 'uaendret'}`, 303);
    if (result.reason !== 'conflict') return refused(c, itemId, result.reason);
    const saved = itemFormOf(result.current);
    const mine = submittedItemForm(values);
    const rows: ConflictRow[] = [
      { label: 'Titel', mine: mine.title, saved: saved.title },
      { label: 'Tidspunkt', mine: mine.timeSlot, saved: saved.timeSlot },
      { label: 'Sagsnummer', mine: mine.caseNumber, saved: saved.caseNumber },
      { label: 'Lukket punkt', mine: mine.isClosed ? 'Ja' : 'Nej', saved: saved.isClosed ? 'Ja' : 'Nej' },
      ...mine.sections.map((section) => ({
        label: section.label,
        mine: section.value.trim(),
        saved: (saved.sections.find((s) => s.kind === section.kind)?.value ?? '').trim(),
      })),
    ].filter((row) => row.mine !== row.saved);
    return editor(
      c,
      itemId,
      { form: mine, revision: result.current.revision, conflict: { rows, what: 'Punktet' } },
      409,
    );
  });

  app.post('/sekretariat/punkt/:id/beslutning', editItem, async (c) => {
    const itemId = idOf(c);
    const form = await c.req.parseBody();
    const revision = revisionOf(form);
    const values = decisionFormValues(form);
    const parsed = parseDecision(form);
    if (!parsed.ok) return editor(c, itemId, { decision: values, revision, problems: parsed.problems }, 400);
    const { text, outcome, dissents, absentees } = parsed.value;
    const result = await recordDecision({
      db,
      itemId,
      revision,
      decision: text === '' ? null : { text, outcome, dissents, decidedOn: null },
      absentees,
      actor: auditActorOf(c),
    });
    if (result.ok) {
      return c.redirect(`${editorHref(itemId)}?gemt=${result.changed ? 'beslutning' : 'uaendret'}#beslutning`, 303);
    }
    if (result.reason !== 'conflict') return refused(c, itemId, result.reason);
    const saved = decisionFormOf(result.current);
    const rows: ConflictRow[] = [
      { label: 'Beslutning', mine: values.text, saved: saved.text },
      { label: 'Udfald', mine: values.outcome, saved: saved.outcome },
      { label: 'Mindretal og forbehold', mine: values.dissents, saved: saved.dissents },
      { label: 'Fraværende under punktet', mine: participantLines(absentees), saved: saved.absentees },
    ].filter((row) => row.mine !== row.saved);
    return editor(
      c,
      itemId,
      { decision: values, revision: result.current.revision, conflict: { rows, what: 'Beslutningen' } },
      409,
    );
  });

  app.post('/sekretariat/punkt/:id/flyt', editItem, async (c) => {
    const itemId = idOf(c);
    const direction = parseDirection(await c.req.parseBody());
    if (!direction) throw new AppError('input_invalid', 'retning: skal være op eller ned');
    const result = await moveAgendaItem({ db, itemId, direction, actor: auditActorOf(c) });
    if (result.ok) return c.redirect(`${builderHref(result.meetingId)}?gemt=flyttet#dagsorden`, 303);
    return refused(c, itemId, result.reason);
  });

  app.post('/sekretariat/punkt/:id/slet', editItem, async (c) => {
    const itemId = idOf(c);
    const result = await removeAgendaItem({ db, itemId, actor: auditActorOf(c) });
    if (result.ok) return c.redirect(`${builderHref(result.meetingId)}?gemt=fjernet#dagsorden`, 303);
    return refused(c, itemId, result.reason);
  });

  app.post('/sekretariat/punkt/:id/bilag', editItem, async (c) => {
    const itemId = idOf(c);
    const form = await c.req.parseBody();
    const file = form.file;
    const problem = (text: string) => editor(c, itemId, { problems: [{ field: 'file', text }] }, 400);
    if (!(file instanceof File) || file.size === 0) return problem('Vælg en fil.');
    if (file.size > ATTACHMENT_MAX_BYTES) return problem(LABELS.da.attachmentProblem.too_large);
    if (!dataDir) return problem('Bilag kan ikke gemmes: Protokol har ingen datamappe.');
    const result = await addAttachment({
      db,
      dataDir,
      itemId,
      title: field(form, 'title'),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      isClosed: field(form, 'isClosed') === '1',
      actor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(`${editorHref(itemId)}?gemt=bilag#bilag`, 303);
    if (result.reason === 'file_invalid') return problem(LABELS.da.attachmentProblem[result.problem]);
    return refused(c, itemId, result.reason);
  });

  app.get('/sekretariat/bilag/:id', editAttachment, async (c) => {
    const attachment = await findDraftAttachment(db, idOf(c));
    if (!attachment) throw notFound();
    return sendStoredFile(c, {
      dataDir,
      filePath: attachmentPath(attachment.sha256),
      mediaType: attachment.mediaType,
      title: attachment.title,
      isPrivate: true,
    });
  });

  app.post('/sekretariat/bilag/:id/slet', editAttachment, async (c) => {
    const attachmentId = idOf(c);
    const attachment = await findDraftAttachment(db, attachmentId);
    if (!attachment) throw notFound();
    const result = await removeAttachment({ db, attachmentId, actor: auditActorOf(c) });
    if (result.ok) return c.redirect(`${editorHref(result.itemId)}?gemt=bilagfjernet#bilag`, 303);
    return refused(c, attachment.itemId, result.reason);
  });

  return app;
}
