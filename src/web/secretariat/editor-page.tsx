/** What the item editor's routes share: who may edit an item, and the editor page with what a request adds. */
import type { Context } from 'hono';
import { bodyOfDraftItem, findDraftItem } from '../../db/queries/meeting-drafts.js';
import { ItemEditorPage } from '../../render/html/secretariat/item-editor-page.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { page } from '../kit/page.js';
import { parseId } from '../kit/params.js';
import { NOT_EDITABLE } from './builder.js';
import type { SecretariatDeps } from './deps.js';
import { type EditorOverrides, presentEditor } from './presenters.js';

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
