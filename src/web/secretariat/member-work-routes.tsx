/**
 * The secretariat's side of the members' daily work (mounted at /sekretariat):
 *   GET|POST /sekretariat/moede/:id/godkendelse   the rounds of draft minutes: who approved (when),
 *                                                 commented or not answered, the comments beside
 *                                                 the text; POST sends the draft (again) to the members
 *   GET  /sekretariat/moede/:id/anmodninger        the members' requests for an item on the meeting
 *   POST /sekretariat/anmodning/:id/imoedekom | /afvis   accept (a draft item) or decline with a reason
 *   GET|POST /sekretariat/forretningsorden[?organ=slug]  the body's rules of procedure
 * Pipelines: authorize (requireRole: publish or edit_meeting in the meeting's or request's body) →
 * use case → 303 with a notice, or the page with the problem (400/409).
 */
import { type Context, Hono } from 'hono';
import {
  findMeetingRef,
  listMeetingRequests,
  listMeetingRounds,
  type RoundOverview,
} from '../../db/queries/member-work.js';
import { findBodyRefBySlug, listAllBodies, listBodiesById } from '../../db/queries/questions.js';
import {
  findItemRequest,
  findProcedureRules,
  listRoundComments,
  listRoundMembers,
} from '../../db/stores/member-work.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { approvalState, DEFAULT_PROCEDURE_RULES } from '../../domain/procedure-rules.js';
import { can } from '../../domain/roles.js';
import { formatInstant } from '../../render/danish-time.js';
import { ApprovalPage } from '../../render/html/member-work/member-work-pages.js';
import {
  MeetingRequestsPage,
  ProcedureRulesPage,
  type ProcedureRulesValues,
} from '../../render/html/member-work/request-pages.js';
import type { Lang } from '../../render/i18n.js';
import { decideItemRequest } from '../../use-cases/member-work/decide-item-request.js';
import { sendMinutesRound } from '../../use-cases/member-work/send-minutes-round.js';
import { type ProcedureRulesProblem, setProcedureRules } from '../../use-cases/member-work/set-procedure-rules.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, requireRole, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { bodiesWhere, SLUG } from '../questions/shared.js';
import { meetingGuards } from './builder.js';
import type { SecretariatDeps } from './deps.js';
import { answerText, dateText, draftItemsOf, meetingLabel, messagesOf, ruleText } from './member-work-presenters.js';
import { builderHref, editorHref } from './paths.js';

const langOf = (c: Context) => c.get('lang') as Lang | undefined;

type Extra = { notice?: string; problems?: Problem[] };
type Status = 200 | 400 | 409;

export function memberWorkRoutes(deps: SecretariatDeps) {
  const app = new Hono();
  app.route('/', approvalRoutes(deps));
  app.route('/', requestRoutes(deps));
  app.route('/', procedureRulesRoutes(deps));
  return app;
}

/** The latest round in full: each member's answer, the rule's state, the items with the comments beside. */
async function presentLatestRound(
  db: SecretariatDeps['db'],
  round: RoundOverview,
  today: string,
  lang: Lang | undefined,
) {
  const m = messagesOf(lang);
  const members = await listRoundMembers(db, round.id);
  const comments = await listRoundComments(db, round.id);
  const state = approvalState(
    {
      minutesApproval: round.minutesApproval,
      silenceIsApproval: round.silenceIsApproval,
      dueOn: round.dueOn,
      members: members.map((member) => ({ name: member.name, approved: member.approvedAt !== null })),
    },
    today,
  );
  return {
    number: round.number,
    sentText: dateText(round.sentOn),
    dueText: round.dueOn ? dateText(round.dueOn) : null,
    members: members.map((member) => ({ name: member.name, status: answerText(member, lang) })),
    stateText: state.met ? m.ruleMet : m.ruleNotMet(state.missing.join(', ')),
    isMet: state.met,
    publishedText: round.publishedVersion !== null ? m.publishedAs(round.publishedVersion) : null,
    items: draftItemsOf(round.snapshot).map((item) => ({
      ...item,
      comments: comments.filter((comment) => comment.itemNumber === item.number),
    })),
  };
}

/** An earlier round in a line: who approved it (when), and its comments. */
async function presentEarlierRound(db: SecretariatDeps['db'], round: RoundOverview) {
  const approved = (await listRoundMembers(db, round.id)).filter((member) => member.approvedAt);
  const comments = await listRoundComments(db, round.id);
  return {
    number: round.number,
    sentText: dateText(round.sentOn),
    approvals:
      approved.length === 0
        ? '–'
        : approved.map((member) => `${member.name} (${formatInstant(member.approvedAt as Date)})`).join(', '),
    comments: comments.map((comment) => ({ name: comment.name, itemNumber: comment.itemNumber, text: comment.text })),
  };
}

/** The approval page of the meeting: the latest round in full, the earlier ones in a line. */
async function approvalPage(
  deps: SecretariatDeps,
  c: Context,
  meetingId: number,
  extra: Extra = {},
  status: Status = 200,
) {
  const { db, now } = deps;
  const meeting = await findMeetingRef(db, meetingId);
  if (!meeting) throw notFound();
  const rules = await findProcedureRules(db, meeting.bodyId);
  const [latest, ...earlier] = await listMeetingRounds(db, meetingId);
  const current = latest ? await presentLatestRound(db, latest, copenhagenDate(now()), langOf(c)) : null;
  const earlierRows = await Promise.all(earlier.map((round) => presentEarlierRound(db, round)));
  return page(
    c,
    <ApprovalPage
      meeting={meetingLabel(meeting)}
      meetingHref={builderHref(meetingId)}
      requestsHref={`${builderHref(meetingId)}/anmodninger`}
      ruleText={ruleText(latest ? { ...rules, ...latest } : rules, langOf(c), rules.approvalWorkingDays)}
      current={current}
      earlier={earlierRows}
      canSend={meeting.status !== 'minutes_published' && meeting.status !== 'cancelled'}
      csrfToken={csrfOf(c)}
      notice={extra.notice}
      problems={extra.problems}
    />,
    status,
  );
}

function approvalRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const { publishMeeting } = meetingGuards(deps);

  app.get('/moede/:id/godkendelse', publishMeeting, (c) => {
    const sent = Number(c.req.query('sendt'));
    const notice = Number.isInteger(sent) && sent > 0 ? messagesOf(langOf(c)).roundSent(sent) : undefined;
    return approvalPage(deps, c, idParam(c), { notice });
  });

  app.post('/moede/:id/godkendelse', publishMeeting, async (c) => {
    const meetingId = idParam(c);
    const result = await sendMinutesRound({
      db,
      meetingId,
      permissions: userOf(c),
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`${builderHref(meetingId)}/godkendelse?sendt=${result.number}`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'forbidden') return forbidden(c);
    const text = messagesOf(langOf(c)).sendProblems[result.reason];
    return approvalPage(deps, c, meetingId, { problems: [{ text }] }, 409);
  });

  return app;
}

/** The meeting's requests for items. */
async function requestsPage(
  { db }: SecretariatDeps,
  c: Context,
  meetingId: number,
  extra: Extra & { typedReasons?: Record<number, string> } = {},
  status: Status = 200,
) {
  const m = messagesOf(langOf(c));
  const meeting = await findMeetingRef(db, meetingId);
  if (!meeting) throw notFound();
  const requests = await listMeetingRequests(db, meetingId);
  return page(
    c,
    <MeetingRequestsPage
      meeting={meetingLabel(meeting)}
      meetingHref={builderHref(meetingId)}
      requests={requests.map((request) => ({
        id: request.id,
        title: request.title,
        reason: request.reason,
        requester: request.requesterName,
        receivedText: formatInstant(request.receivedAt),
        isLate: request.isLate,
        state: m.requestState[request.state],
        isPending: request.state === 'pending',
        declineReason: request.declineReason,
        fileName: request.attachmentFileName,
        itemHref: request.draftItemId ? editorHref(request.draftItemId) : null,
      }))}
      csrfToken={csrfOf(c)}
      {...extra}
    />,
    status,
  );
}

function requestRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const { editMeeting } = meetingGuards(deps);
  const requestBody = requireRole('edit_meeting', async (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? ((await findItemRequest(db, id))?.bodyId ?? null) : null;
  });

  app.get('/moede/:id/anmodninger', editMeeting, (c) => {
    const notice = c.req.query('besvaret') ? messagesOf(langOf(c)).answerSaved : undefined;
    return requestsPage(deps, c, idParam(c), { notice });
  });

  const decide = (accept: boolean) => async (c: Context) => {
    const requestId = idParam(c);
    const reason = field(await c.req.parseBody(), 'reason', 10_000);
    const result = await decideItemRequest({
      db,
      requestId,
      decision: accept ? { accept: true } : { accept: false, reason },
      permissions: userOf(c),
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`${builderHref(result.meetingId)}/anmodninger?besvaret=1`, 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'forbidden') return forbidden(c);
    const request = await findItemRequest(db, requestId);
    if (!request) throw notFound();
    const m = messagesOf(langOf(c));
    const field_ = `reason-${requestId}`;
    const problems: Problem[] =
      result.reason === 'reason_missing'
        ? [{ field: field_, text: m.problems.decline_reason_missing }]
        : result.reason === 'reason_too_long'
          ? [{ field: field_, text: m.problems.decline_reason_too_long }]
          : [{ text: m.sendProblems.not_editable }];
    const status = result.reason.startsWith('reason') ? 400 : 409;
    return requestsPage(deps, c, request.meetingId, { problems, typedReasons: { [requestId]: reason } }, status);
  };

  app.post('/anmodning/:id/imoedekom', requestBody, decide(true));
  app.post('/anmodning/:id/afvis', requestBody, decide(false));
  return app;
}

const PROBLEM_FIELDS: Record<ProcedureRulesProblem, string> = {
  minutes_approval_invalid: 'minutesApproval',
  approval_days_invalid: 'approvalWorkingDays',
  request_days_invalid: 'itemRequestDaysBefore',
};

type BodyRef = { id: number; name: string; slug: string };

/** The rules' form for the chosen body (or the only one), or the choice of body. */
async function rulesPage(
  { db }: SecretariatDeps,
  c: Context,
  body: BodyRef | null,
  extra: Extra & { values?: ProcedureRulesValues } = {},
) {
  const ids = bodiesWhere(userOf(c), 'edit_meeting');
  const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
  const chosen = body ?? (bodies.length === 1 ? bodies[0] : null);
  const rules = chosen ? await findProcedureRules(db, chosen.id) : DEFAULT_PROCEDURE_RULES;
  const values = extra.values ?? {
    minutesApproval: rules.minutesApproval,
    approvalWorkingDays: String(rules.approvalWorkingDays),
    silenceIsApproval: rules.silenceIsApproval,
    itemRequestDaysBefore: String(rules.itemRequestDaysBefore),
  };
  const problems = extra.problems ?? [];
  const view = (
    <ProcedureRulesPage
      body={chosen}
      bodies={bodies}
      values={values}
      problems={problems}
      csrfToken={csrfOf(c)}
      notice={extra.notice}
    />
  );
  return page(c, view, problems.length > 0 ? 400 : 200);
}

function rulesValues(form: Record<string, unknown>): ProcedureRulesValues {
  return {
    minutesApproval: field(form, 'minutesApproval', 50),
    approvalWorkingDays: field(form, 'approvalWorkingDays', 20),
    silenceIsApproval: field(form, 'silenceIsApproval', 5) === '1',
    itemRequestDaysBefore: field(form, 'itemRequestDaysBefore', 20),
  };
}

/** A count as typed: anything but digits is not a number (the use case says so). */
const countOf = (text: string) => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN);

function procedureRulesRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const bodyNamed = async (slug: string) => {
    const body = SLUG.test(slug) ? await findBodyRefBySlug(db, slug) : null;
    if (!body) throw notFound();
    return body;
  };

  app.get('/forretningsorden', signedInOnly, async (c) => {
    const user = userOf(c);
    const ids = bodiesWhere(user, 'edit_meeting');
    if (ids !== null && ids.length === 0) return forbidden(c);
    const slug = c.req.query('organ') ?? '';
    const body = slug ? await bodyNamed(slug) : null;
    if (body && !can(user, 'edit_meeting', { bodyId: body.id })) return forbidden(c);
    return rulesPage(deps, c, body, { notice: c.req.query('gemt') ? messagesOf(langOf(c)).saved : undefined });
  });

  app.post('/forretningsorden', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const body = await bodyNamed(field(form, 'organ', 200));
    const user = userOf(c);
    if (!can(user, 'edit_meeting', { bodyId: body.id })) return forbidden(c);
    const values = rulesValues(form);
    const result = await setProcedureRules({
      db,
      bodyId: body.id,
      rules: {
        ...values,
        approvalWorkingDays: countOf(values.approvalWorkingDays),
        itemRequestDaysBefore: countOf(values.itemRequestDaysBefore),
      },
      permissions: user,
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`/sekretariat/forretningsorden?organ=${body.slug}&gemt=1`, 303);
    if (result.reason === 'forbidden') return forbidden(c);
    if (result.reason === 'body_not_found') throw notFound();
    const m = messagesOf(langOf(c)).problems;
    const problems = result.problems.map((code) => ({ field: PROBLEM_FIELDS[code], text: m[code] }));
    return rulesPage(deps, c, body, { values, problems });
  });

  return app;
}
