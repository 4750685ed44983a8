/**
 * The secretariat's frames (mounted at /sekretariat/rammer): GET /ny (the form) and POST / (create
 * and allocate, then to the frame's public page). For a secretariat of some body and admins; the
 * deciding body must be one the user edits (`edit_meeting`), which createFrame checks.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listBodyOptions, listKeyVersions, listOwnerOptions } from '../../db/queries/frames.js';
import { parseAmount } from '../../domain/money.js';
import { NewFramePage, type NewFrameValues } from '../../render/html/frames/new-frame-page.js';
import { FRAME_MESSAGES } from '../../render/messages/frames.js';
import { createFrame, type FrameField, type FrameRefusal } from '../../use-cases/frames/create-frame.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { type Problem, refusalProblems, submitForm, typedValues, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { bodiesWhere } from '../questions/shared.js';
import { frameHref } from './presenters.js';

const EMPTY: NewFrameValues = {
  title: '',
  purpose: '',
  conditions: '',
  owner: '',
  body: '',
  decision: '',
  total: '',
  fromYear: '',
  toYear: '',
  key: '',
};

const id = (text: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, text)
    .transform(Number);
const year = (text: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, text)
    .transform(Number);

/** The form's formats; what they name (exists, may be used) is createFrame's to check. */
const FrameForm = z
  .object({
    title: z.string().trim().min(1, 'Skriv en titel.').max(300, 'Titlen er for lang (højst 300 tegn).'),
    purpose: z.string().trim().min(1, 'Skriv formålet.').max(5_000, 'Formålet er for langt (højst 5.000 tegn).'),
    conditions: z.string(),
    owner: id('Vælg udgiveren.'),
    body: id('Vælg organet, der har besluttet rammen.'),
    decision: z
      .string()
      .trim()
      .regex(/^(?:(?:https?:\/\/[^/]+)?\/punkt\/\d{1,10}\/?)?$/, 'Skriv punktets adresse, fx /punkt/1234.')
      .transform((value) => (value ? Number(/(\d+)\/?$/.exec(value)![1]) : null)),
    total: z
      .string()
      .transform((value) => parseAmount(value)?.ore ?? null)
      .refine((ore) => ore !== null, 'Skriv beløbet som fx 2,5 mio. kr., 487.500 kr. eller 1.000,50 kr.'),
    fromYear: year('Skriv året med fire cifre, fx 2026.'),
    toYear: year('Skriv året med fire cifre, fx 2026.'),
    key: id('Vælg en fordelingsnøgle.'),
  })
  .refine((form) => form.toYear >= form.fromYear, {
    path: ['toYear'],
    message: 'Til-året kan ikke ligge før fra-året.',
  });

const REFUSALS: Record<FrameField, Partial<Record<FrameRefusal, string>>> = {
  title: { missing: 'Skriv en titel.', too_long: 'Titlen er for lang (højst 300 tegn).' },
  purpose: { missing: 'Skriv formålet.', too_long: 'Formålet er for langt (højst 5.000 tegn).' },
  owner: { not_found: 'Udgiveren findes ikke.' },
  body: {
    not_found: 'Organet findes ikke.',
    not_allowed: 'Du kan kun oprette rammer for organer, du er sekretariat for.',
  },
  decision: { not_found: 'Punktet findes ikke.', not_of_body: 'Punktet er ikke fra et møde i det valgte organ.' },
  total: { negative: 'Beløbet kan ikke være negativt.' },
  fromYear: { out_of_range: 'Året skal ligge mellem 2000 og 2100.' },
  toYear: {
    out_of_range: 'Året skal ligge mellem 2000 og 2100.',
    before_start: 'Til-året kan ikke ligge før fra-året.',
  },
  key: { not_found: 'Nøglen findes ikke.', no_weight: 'Nøglen har ingen vægt over 0.' },
};

/** The form's problems in the order of its fields. */
const ORDER = Object.keys(EMPTY);
const inOrder = (problems: Problem[]) =>
  problems.sort((a, b) => ORDER.indexOf(a.field ?? '') - ORDER.indexOf(b.field ?? ''));

export function frameSecretariatRoutes({ db }: { db: Db }) {
  const app = new Hono();
  /** The bodies the user may decide for: null for admins (every body). */
  const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');

  const formPage = async (c: Context, values: NewFrameValues, problems: Problem[] = []) => {
    const [owners, bodies, keys] = await Promise.all([
      listOwnerOptions(db),
      listBodyOptions(db, editable(c)),
      listKeyVersions(db),
    ]);
    const kinds = FRAME_MESSAGES.da.kinds;
    const view = (
      <NewFramePage
        values={values}
        problems={inOrder(problems)}
        owners={owners.map((o) => ({ value: String(o.id), label: o.name }))}
        bodies={bodies.map((b) => ({
          value: String(b.id),
          label: b.publisher ? `${b.name} (${b.publisher})` : b.name,
        }))}
        keys={keys.map((k) => ({
          value: String(k.id),
          label: `${k.keyName}, version ${k.version} (${kinds[k.kind]}, ${k.recipients} modtagere${k.hasFictitious ? ', med fiktive værdier' : ''})`,
        }))}
        csrfToken={csrfOf(c)}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  const secretariatOnly = async (c: Context, next: () => Promise<void>) => {
    const ids = editable(c);
    if (ids !== null && ids.length === 0) return forbidden(c);
    return next();
  };

  app.get('/ny', signedInOnly, secretariatOnly, (c) => formPage(c, EMPTY));

  app.post('/', signedInOnly, secretariatOnly, async (c) => {
    const values = typedValues(await c.req.parseBody(), EMPTY, (name) =>
      name === 'purpose' || name === 'conditions' ? 5_001 : 301,
    );
    return submitForm(c, {
      parsed: validateForm(FrameForm, values),
      run: (input) =>
        createFrame({
          db,
          title: input.title.trim(),
          purpose: input.purpose.trim(),
          conditions: input.conditions.trim() || null,
          ownerId: input.owner,
          decidingBodyId: input.body,
          decisionItemId: input.decision,
          totalOre: input.total as bigint,
          fromYear: input.fromYear,
          toYear: input.toYear,
          keyVersionId: input.key,
          actor: userOf(c),
          auditActor: auditActorOf(c),
        }),
      done: (result) => frameHref(result.frameId),
      refused: (result) => refusalProblems(REFUSALS, result.problems),
      again: (problems) => formPage(c, values, problems),
    });
  });

  return app;
}
