/**
 * A draft item's attachments (mounted at /sekretariat):
 *   POST /sekretariat/punkt/:id/bilag (multipart upload), GET /sekretariat/bilag/:id (the file),
 *   GET|POST /sekretariat/bilag/:id/slet (confirmed with `confirm=1`, else its confirmation page).
 * From the item editor's one form (editor-work.ts) the typed text and decision are saved first.
 * Authorize: edit_meeting in the body of the item (or of the attachment's item). The file is
 * checked by its content (domain/attachment-file.ts) and stored under the data folder.
 */
import { type Context, Hono } from 'hono';
import { bodyOfDraftAttachment, findDraftAttachment } from '../../db/queries/meeting-drafts.js';
import { ATTACHMENT_MAX_BYTES } from '../../domain/attachment-file.js';
import { LABELS } from '../../render/i18n.js';
import { addAttachment, attachmentPath } from '../../use-cases/meetings/add-attachment.js';
import { removeAttachment } from '../../use-cases/meetings/remove-attachment.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { notFound } from '../kit/errors.js';
import { type FormBody, field } from '../kit/forms.js';
import { idParam, parseId } from '../kit/params.js';
import { sendStoredFile } from '../portal/attachment-routes.js';
import { CONSEQUENCES, confirmPage, isConfirmed, unsavedText } from './confirm.js';
import type { SecretariatDeps } from './deps.js';
import { editItemGuard, editorPage, refusedItem } from './editor-page.js';
import { isEditorForm, keepEditorWork, typedInEditor } from './editor-work.js';
import { draftAttachmentHref, editorHref } from './paths.js';

export function attachmentRoutes(deps: SecretariatDeps) {
  const { db, dataDir } = deps;
  const app = new Hono();
  const editItem = editItemGuard(deps);
  const editAttachment = requireRole('edit_meeting', (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? bodyOfDraftAttachment(db, id) : null;
  });

  app.post('/punkt/:id/bilag', editItem, async (c) => {
    const itemId = idParam(c);
    const form = await c.req.parseBody();
    const fromEditor = isEditorForm(form);
    if (fromEditor) {
      const kept = await keepEditorWork(c, deps, itemId, form, { item: true, decision: true });
      if (!kept.ok) return kept.response;
    }
    return addUploadedFile(c, deps, itemId, form);
  });

  app.get('/bilag/:id', editAttachment, async (c) => {
    const attachment = await findDraftAttachment(db, idParam(c));
    if (!attachment) throw notFound();
    return sendStoredFile(c, {
      dataDir,
      filePath: attachmentPath(attachment.sha256),
      mediaType: attachment.mediaType,
      title: attachment.title,
      isPrivate: true,
    });
  });

  const confirmRemoval = (
    c: Context,
    attachment: { id: number; itemId: number; title: string },
    carry?: Record<string, string>,
  ) =>
    confirmPage(c, {
      heading: `Fjern bilaget ${attachment.title}`,
      consequences: CONSEQUENCES.removeAttachment,
      confirmLabel: 'Ja, fjern bilaget',
      action: `${draftAttachmentHref(attachment.id)}/slet`,
      backHref: `${editorHref(attachment.itemId)}#bilag`,
      backLabel: 'Punktet',
      carry,
    });

  app.get('/bilag/:id/slet', editAttachment, async (c) => {
    const attachment = await findDraftAttachment(db, idParam(c));
    if (!attachment) throw notFound();
    return confirmRemoval(c, attachment);
  });

  app.post('/bilag/:id/slet', editAttachment, async (c) => {
    const attachmentId = idParam(c);
    const attachment = await findDraftAttachment(db, attachmentId);
    if (!attachment) throw notFound();
    const form = await c.req.parseBody();
    if (isEditorForm(form)) {
      const kept = await keepEditorWork(c, deps, attachment.itemId, form, { item: true, decision: true });
      if (!kept.ok) return kept.response;
    }
    const carried = unsavedText(form, ['attachmentTitle']);
    if (!isConfirmed(form)) return confirmRemoval(c, attachment, carried);
    const result = await removeAttachment({ db, attachmentId, actor: auditActorOf(c) });
    const query = new URLSearchParams({ gemt: 'bilagfjernet', ...carried });
    if (result.ok) return c.redirect(`${editorHref(result.itemId)}?${query}#bilag`, 303);
    return refusedItem(c, deps, attachment.itemId, result.reason);
  });

  return app;
}

/**
 * The upload's file added to the item (the editor's typed text is saved by then), or the editor
 * again with the problem at the file field and the new attachment's title and closedness kept.
 */
export async function addUploadedFile(c: Context, deps: SecretariatDeps, itemId: number, form: FormBody) {
  const fromEditor = isEditorForm(form);
  const file = form.file;
  const upload = fromEditor ? typedInEditor(form, { item: false, decision: false }).upload : undefined;
  const problem = (text: string, status: 400 | 507 = 400) =>
    editorPage(c, deps, itemId, { upload, problems: [{ field: 'file', text }] }, status);
  if (!(file instanceof File) || file.size === 0) return problem('Vælg en fil.');
  if (file.size > ATTACHMENT_MAX_BYTES) return problem(LABELS.da.attachmentProblem.too_large);
  if (!deps.dataDir) return problem('Bilag kan ikke gemmes: Protokol har ingen datamappe.');
  const result = await addAttachment({
    db: deps.db,
    dataDir: deps.dataDir,
    itemId,
    title: field(form, fromEditor ? 'attachmentTitle' : 'title'),
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    isClosed: field(form, fromEditor ? 'attachmentClosed' : 'isClosed') === '1',
    actor: auditActorOf(c),
  });
  if (result.ok) return c.redirect(`${editorHref(itemId)}?gemt=bilag#bilag`, 303);
  if (result.reason === 'file_invalid') return problem(LABELS.da.attachmentProblem[result.problem]);
  if (result.reason === 'storage_failed') {
    deps.logger.error('bilag: lageret kunne ikke tage filen', { itemId, detail: result.detail });
    return problem(LABELS.da.storageProblem[result.problem], 507);
  }
  return refusedItem(c, deps, itemId, result.reason);
}
