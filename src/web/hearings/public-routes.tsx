/**
 * The public hearings: GET /hoeringer (every hearing), GET /hoering/:id (a hearing with its
 * published responses, the memo once published and the response form), POST /hoering/:id (a
 * response: name, organisation, text, an optional PDF, an optional address for the receipt; CSRF
 * with the anonymous signed token like the log-in form, so the page is never cached; at most
 * RESPONSE_RATE_LIMIT per client; closed after the deadline), GET /hoering/:id/tak (the thanks) and
 * GET /hoering/:id/svar/:response.pdf (a published response's PDF). Register `hearingUploadLimit`
 * on /hoering/* before the auth middleware (whose CSRF check reads the body).
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../db/client.js';
import { findHearing, findResponseFile, listHearings } from '../../db/queries/hearings.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { RESPONSE_FILE_MAX_BYTES } from '../../domain/hearing.js';
import { can } from '../../domain/roles.js';
import { HearingPage, HearingsPage, HearingThanksPage } from '../../render/html/hearings/hearing-pages.js';
import type { ResponseFormValues } from '../../render/html/hearings/hearing-views.js';
import type { Lang } from '../../render/i18n.js';
import { type ResponseProblem, submitHearingResponse } from '../../use-cases/hearings/submit-hearing-response.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { signedInOf } from '../auth/context.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { isPlanEditor } from '../plans/public-routes.js';
import { sendStoredFile } from '../portal/attachment-routes.js';
import { hearingHref, presentHearing, presentHearingListItem, RESPONSES_PER_PAGE } from './presenters.js';

type Deps = { db: Db; now: () => Date; dataDir: string | undefined; accounts: AccountsDeps };

const langOf = (c: Context) => (c.get('lang') as Lang | undefined) ?? 'da';

/** A response's PDF (10 MB) and the form around it; a larger body is refused before it is read. */
export const hearingUploadLimit = bodyLimit({
  maxSize: RESPONSE_FILE_MAX_BYTES + 1024 * 1024,
  onError: (c) =>
    c.text('Filen er for stor: en PDF til et høringssvar må højst være 10 MB. Gå tilbage, og vælg en mindre fil.', 413),
});

const EMPTY: ResponseFormValues = { name: '', organisation: '', text: '', email: '' };

const TEXTS: Record<ResponseProblem['field'], Partial<Record<ResponseProblem['reason'], string>>> = {
  hearing: {
    not_found: 'Høringen findes ikke.',
    not_open: 'Høringen er ikke startet endnu.',
    closed: 'Høringsfristen er overskredet. Det er ikke længere muligt at afgive høringssvar.',
    rate_limited: 'Der er sendt mange høringssvar fra din forbindelse den seneste time. Prøv igen om en time.',
  },
  name: { missing: 'Skriv dit navn.', too_long: 'Navnet er for langt (højst 200 tegn).' },
  organisation: { too_long: 'Organisationens navn er for langt (højst 300 tegn).' },
  text: {
    missing: 'Skriv dit høringssvar, eller vedhæft det som PDF.',
    too_long: 'Svaret er for langt (højst 50.000 tegn).',
  },
  file: {
    empty: 'Filen er tom. Vælg filen igen.',
    too_large: 'Filen er for stor: en PDF må højst være 10 MB. Vælg en mindre fil.',
    not_pdf: 'Filen er ikke en PDF. Vælg en PDF-fil, eller skriv svaret i tekstfeltet.',
    no_storage: 'Filer kan ikke modtages lige nu. Skriv svaret i tekstfeltet.',
  },
  email: { invalid: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk, eller lad feltet stå tomt.' },
  consultee: {},
};

const problemsOf = (problems: ResponseProblem[]): Problem[] =>
  problems.map((p) => ({
    field: p.field === 'hearing' ? undefined : p.field,
    text: TEXTS[p.field][p.reason] ?? 'Feltet er ikke udfyldt rigtigt.',
  }));

async function hearingPage(
  deps: Deps,
  c: Context,
  values: ResponseFormValues,
  problems: Problem[] = [],
  status: 200 | 400 | 404 | 429 = 200,
) {
  const side = c.req.query('side');
  const pageNumber = side && /^\d{1,5}$/.test(side) ? Math.max(1, Number(side)) : 1;
  const hearing = await findHearing(deps.db, idParam(c), {
    offset: (pageNumber - 1) * RESPONSES_PER_PAGE,
    limit: RESPONSES_PER_PAGE,
  });
  if (!hearing) throw notFound();
  const user = signedInOf(c);
  const view = presentHearing(hearing, langOf(c), copenhagenDate(deps.now()), {
    canEdit: user !== null && can(user, 'edit_meeting', { bodyId: hearing.body.id }),
    page: pageNumber,
    offersReceipt: deps.accounts.sendsEmail,
  });
  return page(
    c,
    <HearingPage hearing={view} values={values} problems={problems} csrfToken={deps.accounts.csrf.tokenFor(c)} />,
    status,
  );
}

async function respond(deps: Deps, c: Context) {
  const hearingId = idParam(c);
  const form = await c.req.parseBody();
  const values: ResponseFormValues = {
    name: field(form, 'name', 201),
    organisation: field(form, 'organisation', 301),
    text: field(form, 'text', 50_001),
    email: field(form, 'email', 321).trim(),
  };
  const upload = form.file;
  const file =
    upload instanceof File && upload.size > 0
      ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
      : null;
  const result = await submitHearingResponse({
    db: deps.db,
    dataDir: deps.dataDir,
    hearingId,
    name: values.name,
    organisation: values.organisation || null,
    text: values.text,
    file,
    // No address is kept when no receipt can be sent.
    receiptEmail: (deps.accounts.sendsEmail && values.email) || null,
    now: deps.now(),
    via: { channel: 'portal', client: deps.accounts.facts.clientIp(c) },
  });
  if (result.ok)
    return c.redirect(
      `${hearingHref(hearingId)}/tak${deps.accounts.sendsEmail && values.email ? '?kvittering=1' : ''}`,
      303,
    );
  if (result.problems.some((p) => p.reason === 'not_found')) throw notFound();
  const isRateLimited = result.problems.some((p) => p.reason === 'rate_limited');
  const problems = problemsOf(result.problems);
  // A file is never kept: the browser cannot fill the field again.
  if (file && !problems.some((p) => p.field === 'file'))
    problems.push({ field: 'file', text: 'Vælg filen igen, hvis du vil vedhæfte den.' });
  return hearingPage(deps, c, values, problems, isRateLimited ? 429 : 400);
}

/** GET …/:id/svar/:response.pdf: a response's PDF (the public's: a published response's only). */
export async function sendResponseFile(
  deps: { db: Db; dataDir: string | undefined },
  c: Context,
  { isPublishedOnly }: { isPublishedOnly: boolean },
) {
  const responseId = parseId(c.req.param('file')?.replace(/\.pdf$/, '') ?? '');
  const file = responseId ? await findResponseFile(deps.db, idParam(c), responseId, { isPublishedOnly }) : null;
  if (!file) throw notFound();
  return sendStoredFile(c, {
    dataDir: deps.dataDir,
    filePath: `attachments/${file.sha256}`,
    mediaType: 'application/pdf',
    title: file.name.replace(/\.pdf$/i, ''),
    isPrivate: !isPublishedOnly,
  });
}

export function hearingListRoutes({ db, now }: Deps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const { rows } = await listHearings(db, { limit: 500 });
    const today = copenhagenDate(now());
    return c.render(
      <HearingsPage
        hearings={rows.map((h) => presentHearingListItem(h, langOf(c), today))}
        canCreate={isPlanEditor(c)}
      />,
    );
  });
  return app;
}

export function hearingRoutes(deps: Deps) {
  const app = new Hono();
  app.get('/:id', (c) => hearingPage(deps, c, EMPTY));
  app.post('/:id', (c) => respond(deps, c));
  app.get('/:id/tak', async (c) => {
    const hearing = await findHearing(deps.db, idParam(c));
    if (!hearing) throw notFound();
    return c.render(
      <HearingThanksPage
        hearing={{ title: hearing.title, href: hearingHref(hearing.id) }}
        hasReceipt={c.req.query('kvittering') === '1'}
      />,
    );
  });
  app.get('/:id/svar/:file', (c) => sendResponseFile(deps, c, { isPublishedOnly: true }));
  return app;
}
