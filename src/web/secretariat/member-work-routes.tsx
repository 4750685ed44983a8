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
import { findMeetingRef, listMeetingRequests, listMeetingRounds } from '../../db/queries/member-work.js';
import { findBodyRefBySlug, listAllBodies, listBodiesById } from '../../db/queries/questions.js';
import {
  findItemRequest,
  findProcedureRules,
  listRoundComments,
  listRoundMembers,
} from '../../db/stores/member-work.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { approvalState } from '../../domain/procedure-rules.js';
import { can } from '../../domain/roles.js';
import { formatInstant } from '../../render/danish-time.js';
import {
  ApprovalPage,
  MeetingRequestsPage,
  ProcedureRulesPage,
  type ProcedureRulesValues,
} from '../../render/html/member-work/member-work-pages.js';
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

export function memberWorkRoutes(deps: SecretariatDeps) {
  const { db, now } = deps;
  const app = new Hono();
  const { publishMeeting, editMeeting } = meetingGuards(deps);
  const requestBody = requireRole('edit_meeting', async (c) => {
    const id = parseId(c.req.param('id') ?? '');
    return id ? ((await findItemRequest(db, id))?.bodyId ?? null) : null;
  });

  /** The approval page of the meeting: the latest round in full, the earlier ones in a line. */
  const approvalPage = async (
    c: Context,
    meetingId: number,
    extra: { notice?: string; problems?: Problem[] } = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const m = messagesOf(langOf(c));
    const meeting = await findMeetingRef(db, meetingId);
    if (!meeting) throw notFound();
    const rules = await findProcedureRules(db, meeting.bodyId);
    const rounds = await listMeetingRounds(db, meetingId);
    const [latest, ...earlier] = rounds;
    let current = null;
    if (latest) {
      const members = await listRoundMembers(db, latest.id);
      const comments = await listRoundComments(db, latest.id);
      const state = approvalState(
        {
          minutesApproval: latest.minutesApproval,
          silenceIsApproval: latest.silenceIsApproval,
          dueOn: latest.dueOn,
          members: members.map((member) => ({ name: member.name, approved: member.approvedAt !== null })),
        },
        copenhagenDate(now()),
      );
      current = {
        number: latest.number,
        sentText: dateText(latest.sentOn),
        dueText: latest.dueOn ? dateText(latest.dueOn) : null,
        members: members.map((member) => ({ name: member.name, status: answerText(member, langOf(c)) })),
        stateText: state.met ? m.ruleMet : m.ruleNotMet(state.missing.join(', ')),
        isMet: state.met,
        publishedText: latest.publishedVersion !== null ? m.publishedAs(latest.publishedVersion) : null,
        items: draftItemsOf(latest.snapshot).map((item) => ({
          ...item,
          comments: comments.filter((comment) => comment.itemNumber === item.number),
        })),
      };
    }
    const earlierRows = await Promise.all(
      earlier.map(async (round) => {
        const members = await listRoundMembers(db, round.id);
        const approved = members.filter((member) => member.approvedAt);
        return {
          number: round.number,
          sentText: dateText(round.sentOn),
          approvals:
            approved.length === 0
              ? '–'
              : approved.map((member) => `${member.name} (${formatInstant(member.approvedAt as Date)})`).join(', '),
        };
      }),
    );
    return page(
      c,
      <ApprovalPage
        meeting={meetingLabel(meeting)}
        meetingHref={builderHref(meetingId)}
        requestsHref={`${builderHref(meetingId)}/anmodninger`}
        ruleText={ruleText(rules, langOf(c))}
        current={current}
        earlier={earlierRows}
        canSend={meeting.status !== 'minutes_published' && meeting.status !== 'cancelled'}
        csrfToken={csrfOf(c)}
        notice={extra.notice}
        problems={extra.problems}
      />,
      status,
    );
  };

  app.get('/moede/:id/godkendelse', publishMeeting, (c) => {
    const sent = Number(c.req.query('sendt'));
    const notice = Number.isInteger(sent) && sent > 0 ? messagesOf(langOf(c)).roundSent(sent) : undefined;
    return approvalPage(c, idParam(c), { notice });
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
    return approvalPage(c, meetingId, { problems: [{ text }] }, 409);
  });

  /** The meeting's requests for items. */
  const requestsPage = async (
    c: Context,
    meetingId: number,
    extra: { notice?: string; problems?: Problem[]; typedReasons?: Record<number, string> } = {},
    status: 200 | 400 | 409 = 200,
  ) => {
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
  };

  app.get('/moede/:id/anmodninger', editMeeting, (c) => {
    const notice = c.req.query('besvaret') ? messagesOf(langOf(c)).answerSaved : undefined;
    return requestsPage(c, idParam(c), { notice });
  });

  const decide = (accept: boolean) => async (c: Context) => {
    const requestId = idParam(c);
    const form = await c.req.parseBody();
    const reason = field(form, 'reason', 10_000);
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
    const m = messagesOf(langOf(c)).problems;
    const problems: Problem[] =
      result.reason === 'reason_missing'
        ? [{ field: `reason-${requestId}`, text: m.decline_reason_missing }]
        : result.reason === 'reason_too_long'
          ? [{ field: `reason-${requestId}`, text: m.decline_reason_too_long }]
          : [{ text: messagesOf(langOf(c)).sendProblems.not_editable }];
    return requestsPage(
      c,
      request.meetingId,
      { problems, typedReasons: { [requestId]: reason } },
      result.reason.startsWith('reason') ? 400 : 409,
    );
  };

  app.post('/anmodning/:id/imoedekom', requestBody, decide(true));
  app.post('/anmodning/:id/afvis', requestBody, decide(false));

  // Rules of procedure

  const PROBLEM_FIELDS: Record<ProcedureRulesProblem, string> = {
    minutes_approval_invalid: 'minutesApproval',
    approval_days_invalid: 'approvalWorkingDays',
    request_days_invalid: 'itemRequestDaysBefore',
  };

  const rulesPage = async (
    c: Context,
    body: { id: number; name: string; slug: string } | null,
    extra: { values?: ProcedureRulesValues; problems?: Problem[]; notice?: string } = {},
  ) => {
    const ids = bodiesWhere(userOf(c), 'edit_meeting');
    const bodies = ids === null ? await listAllBodies(db) : await listBodiesById(db, ids);
    const chosen = body ?? (bodies.length === 1 ? bodies[0] : null);
    const rules = chosen ? await findProcedureRules(db, chosen.id) : null;
    const values = extra.values ?? {
      minutesApproval: rules?.minutesApproval ?? 'next_meeting',
      approvalWorkingDays: String(rules?.approvalWorkingDays ?? 3),
      silenceIsApproval: rules?.silenceIsApproval ?? true,
      itemRequestDaysBefore: String(rules?.itemRequestDaysBefore ?? 11),
    };
    const problems = extra.problems ?? [];
    return page(
      c,
      <ProcedureRulesPage
        body={chosen}
        bodies={bodies}
        values={values}
        problems={problems}
        csrfToken={csrfOf(c)}
        notice={extra.notice}
      />,
      problems.length > 0 ? 400 : 200,
    );
  };

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
    return rulesPage(c, body, { notice: c.req.query('gemt') ? messagesOf(langOf(c)).saved : undefined });
  });

  app.post('/forretningsorden', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    const body = await bodyNamed(field(form, 'organ', 200));
    const user = userOf(c);
    if (!can(user, 'edit_meeting', { bodyId: body.id })) return forbidden(c);
    const values: ProcedureRulesValues = {
      minutesApproval: field(form, 'minutesApproval', 50),
      approvalWorkingDays: field(form, 'approvalWorkingDays', 20),
      silenceIsApproval: field(form, 'silenceIsApproval', 5) === '1',
      itemRequestDaysBefore: field(form, 'itemRequestDaysBefore', 20),
    };
    const count = (text: string) => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN);
    const result = await setProcedureRules({
      db,
      bodyId: body.id,
      rules: {
        minutesApproval: values.minutesApproval,
        approvalWorkingDays: count(values.approvalWorkingDays),
        silenceIsApproval: values.silenceIsApproval,
        itemRequestDaysBefore: count(values.itemRequestDaysBefore),
      },
      permissions: user,
      actor: auditActorOf(c),
      now: now(),
    });
    if (!result.ok) {
      if (result.reason === 'forbidden') return forbidden(c);
      if (result.reason === 'body_not_found') throw notFound();
      const m = messagesOf(langOf(c)).problems;
      const problems = result.problems.map((code) => ({ field: PROBLEM_FIELDS[code], text: m[code] }));
      return rulesPage(c, body, { values, problems });
    }
    return c.redirect(`/sekretariat/forretningsorden?organ=${body.slug}&gemt=1`, 303);
  });

  return app;
}
