/**
 * The secretariat's page of one hearing and its actions (web/hearings/secretariat-routes.tsx routes
 * to them): register a response received otherwise, publish or withhold one, write the memo,
 * publish it with the decision, link the process step. Each ends on the page again (303 when done,
 * the page with the problem named when not).
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findHearingWork, type HearingWork, listHearingStepOptions } from '../../db/queries/hearings.js';
import { formatDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { HearingWorkPage } from '../../render/html/hearings/hearing-work-pages.js';
import { linkHearingStep } from '../../use-cases/hearings/open-hearing.js';
import { publishHearingMemo } from '../../use-cases/hearings/publish-hearing-memo.js';
import { reviewHearingResponse } from '../../use-cases/hearings/review-hearing-response.js';
import { submitHearingResponse } from '../../use-cases/hearings/submit-hearing-response.js';
import { writeHearingMemo } from '../../use-cases/hearings/write-hearing-memo.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { itemIdOf } from '../plans/secretariat-routes.js';
import { bodiesWhere } from '../questions/shared.js';
import { hearingHref, hearingWorkHref } from './presenters.js';

export type Deps = { db: Db; now: () => Date; dataDir: string | undefined };

export const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');

const STATE_TEXTS = {
  received: 'Ikke gennemgået',
  published: 'Offentliggjort',
  withheld: 'Offentliggøres ikke',
} as const;

export async function workPage(
  deps: Deps,
  c: Context,
  hearing: HearingWork,
  extra: {
    problems?: Problem[];
    notice?: string;
    values?: { name: string; organisation: string; text: string; decision: string };
  } = {},
) {
  const problems = extra.problems ?? [];
  const stepOptions = await listHearingStepOptions(deps.db, hearing.bodyId);
  const at = (date: Date | null) => (date ? formatDate(copenhagenDate(date)) : null);
  return page(
    c,
    <HearingWorkPage
      hearing={{
        id: hearing.id,
        title: hearing.title,
        publicHref: hearingHref(hearing.id),
        periodText: `${formatDate(hearing.startsOn)} – ${formatDate(hearing.deadlineOn)}`,
        consultees: hearing.consultees.map((k) => ({
          name: k.name,
          mailText: !k.hasEmail
            ? 'ingen e-mail'
            : [
                k.invitedAt ? `inviteret ${at(k.invitedAt)}` : 'inviteres, når høringen starter',
                k.remindedAt ? `påmindet ${at(k.remindedAt)}` : null,
                k.mailFailedAt
                  ? `${k.invitedAt ? 'påmindelsen' : 'invitationen'} kunne ikke sendes (opgivet ${at(k.mailFailedAt)})`
                  : null,
              ]
                .filter(Boolean)
                .join(', '),
        })),
        responses: hearing.responses.map((r) => ({
          id: r.id,
          from: r.organisation ? `${r.name}, ${r.organisation}` : r.name,
          receivedText: `Modtaget ${at(r.receivedAt)}`,
          channelText: r.channel === 'portal' ? 'via høringssiden' : 'registreret af sekretariatet',
          stateText: STATE_TEXTS[r.state],
          state: r.state,
          text: r.text,
          fileHref: r.file ? `${hearingWorkHref(hearing.id)}/svar/${r.id}.pdf` : null,
          withheldReason: r.withheldReason,
          memoAnswer: r.memoAnswer ?? '',
          memoChange: r.memoChange ?? '',
        })),
        memoText: hearing.memoText ?? '',
        isMemoPublished: hearing.memoPublishedAt !== null,
        memoPublishedText: hearing.memoPublishedAt ? `Offentliggjort ${at(hearing.memoPublishedAt)}` : null,
        stepOptions: stepOptions.map((s) => ({ value: String(s.id), label: s.label })),
        step: hearing.processStepId === null ? '' : String(hearing.processStepId),
      }}
      problems={problems}
      notice={extra.notice}
      csrfToken={csrfOf(c)}
      values={extra.values ?? { name: '', organisation: '', text: '', decision: '' }}
    />,
    problems.length > 0 ? 400 : 200,
  );
}

/** Runs `then` with the hearing when the user may edit it. */
export const withHearing =
  (deps: Deps, then: (c: Context, hearing: HearingWork) => Promise<Response> | Response) => async (c: Context) => {
    const hearing = await findHearingWork(deps.db, idParam(c));
    if (!hearing) throw notFound();
    const ids = editable(c);
    if (ids !== null && !ids.includes(hearing.bodyId)) return forbidden(c);
    return then(c, hearing);
  };

const done = (c: Context, hearingId: number) => c.redirect(`${hearingWorkHref(hearingId)}?gemt=1`, 303);

const REVIEW_TEXTS = {
  not_found: 'Svaret findes ikke.',
  not_allowed: 'Du kan ikke redigere denne høring.',
  reason_missing: 'Skriv en begrundelse for ikke at offentliggøre svaret.',
  reason_too_long: 'Begrundelsen er for lang (højst 1.000 tegn).',
  memo_published: 'Høringsnotatet er offentliggjort: svarene kan ikke ændres.',
} as const;

const PUBLISH_TEXTS = {
  not_found: 'Høringen findes ikke.',
  not_allowed: 'Du kan ikke offentliggøre for dette organ.',
  already_published: 'Høringsnotatet er allerede offentliggjort.',
  memo_missing: 'Skriv høringsnotatets indledning først.',
  responses_unchecked: 'Gennemgå alle svar først: offentliggør dem, eller begrund, hvorfor de ikke offentliggøres.',
  decision_not_found: 'Punktet findes ikke.',
  decision_not_of_body: 'Punktet er ikke fra et møde i høringens organ.',
} as const;

export async function registerResponse(deps: Deps, c: Context, hearing: HearingWork) {
  const { db } = deps;
  const form = await c.req.parseBody();
  const values = {
    name: field(form, 'name', 201),
    organisation: field(form, 'organisation', 301),
    text: field(form, 'text', 50_001),
    decision: '',
  };
  const result = await submitHearingResponse({
    db,
    dataDir: deps.dataDir,
    hearingId: hearing.id,
    name: values.name,
    organisation: values.organisation || null,
    text: values.text,
    file: null,
    receiptEmail: null,
    now: deps.now(),
    via: { channel: 'secretariat', consulteeId: null, actor: userOf(c), auditActor: auditActorOf(c) },
  });
  if (result.ok) return done(c, hearing.id);
  const texts: Record<string, string> = {
    name: 'Skriv navnet.',
    text: 'Skriv svaret.',
    organisation: 'Organisationens navn er for langt.',
  };
  return workPage(deps, c, hearing, {
    values,
    problems: result.problems.map((p) => ({
      field: p.field,
      text: texts[p.field] ?? 'Svaret kunne ikke registreres.',
    })),
  });
}

export async function reviewResponse(deps: Deps, c: Context, hearing: HearingWork) {
  const { db } = deps;
  const form = await c.req.parseBody();
  const action = field(form, 'handling', 20);
  const responseId = Number(c.req.param('response'));
  if (!hearing.responses.some((r) => r.id === responseId)) throw notFound();
  const result = await reviewHearingResponse({
    db,
    responseId,
    decision: action === 'withhold' ? 'withhold' : action === 'reopen' ? 'reopen' : 'publish',
    reason: field(form, 'begrundelse', 1_001),
    actor: userOf(c),
    auditActor: auditActorOf(c),
  });
  if (result.ok) return done(c, hearing.id);
  return workPage(deps, c, hearing, {
    problems: [{ field: `reason_${responseId}`, text: REVIEW_TEXTS[result.reason] }],
  });
}

export async function saveMemo(deps: Deps, c: Context, hearing: HearingWork) {
  const { db } = deps;
  const form = await c.req.parseBody();
  const result = await writeHearingMemo({
    db,
    hearingId: hearing.id,
    introduction: field(form, 'indledning', 50_001),
    answers: hearing.responses.map((r) => ({
      responseId: r.id,
      answer: field(form, `answer_${r.id}`, 50_001),
      change: field(form, `change_${r.id}`, 50_001),
    })),
    actor: userOf(c),
    auditActor: auditActorOf(c),
  });
  if (result.ok) return done(c, hearing.id);
  return workPage(deps, c, hearing, {
    problems: [
      {
        field: 'memoText',
        text:
          result.reason === 'too_long'
            ? 'En tekst er for lang (højst 50.000 tegn).'
            : 'Notatet kunne ikke gemmes: det er offentliggjort, eller du har ikke adgang.',
      },
    ],
  });
}

export async function publishMemo(deps: Deps, c: Context, hearing: HearingWork) {
  const { db } = deps;
  const form = await c.req.parseBody();
  const decision = field(form, 'decision', 200);
  const values = { name: '', organisation: '', text: '', decision };
  const itemId = itemIdOf(decision);
  if (itemId === undefined)
    return workPage(deps, c, hearing, {
      values,
      problems: [{ field: 'decision', text: 'Skriv punktets adresse, fx /punkt/1234.' }],
    });
  const result = await publishHearingMemo({
    db,
    hearingId: hearing.id,
    decisionItemId: itemId,
    now: deps.now(),
    actor: userOf(c),
    auditActor: auditActorOf(c),
  });
  if (result.ok) return done(c, hearing.id);
  return workPage(deps, c, hearing, {
    values,
    problems: [{ field: 'decision', text: PUBLISH_TEXTS[result.reason] }],
  });
}

export async function setStep(deps: Deps, c: Context, hearing: HearingWork) {
  const { db } = deps;
  const form = await c.req.parseBody();
  const step = field(form, 'trin', 12);
  const result = await linkHearingStep({
    db,
    hearingId: hearing.id,
    processStepId: step ? parseId(step) : null,
    actor: userOf(c),
    auditActor: auditActorOf(c),
  });
  if (result.ok) return done(c, hearing.id);
  return workPage(deps, c, hearing, {
    problems: [{ field: 'step', text: 'Trinnet er ikke et høringstrin i et af organets forløb.' }],
  });
}
