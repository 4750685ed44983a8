/**
 * A member's daily work (mounted under /mig):
 *   GET  /mig/referater                draft minutes sent to the member for approval
 *   GET|POST /mig/referater/:id        one round: the draft's text per item, a comment field beside
 *                                      each, and "Jeg godkender referatet"
 *   GET  /mig/anmodninger              the member's requests for items
 *   GET  /mig/anmodninger/ny           the form (the coming meetings of their bodies, each with its deadline)
 *   POST /mig/anmodninger              send a request (multipart: an optional file)
 *   GET  /mig/anmodninger/:id          a request: which meeting it is for (late → the next one), its state
 * Only the member a round was sent to reads it (404 for everyone else: its existence is not told);
 * only the requester reads a request. Pipelines: signed in → validate → use case → 303, or the page
 * with the problems and what was typed (400).
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import {
  findMeetingRef,
  findRequest,
  findRound,
  listComingMeetingsOf,
  listMyRequests,
  listMyRounds,
} from '../../db/queries/member-work.js';
import {
  findLatestRound,
  findProcedureRules,
  listRoundComments,
  listRoundMembers,
} from '../../db/stores/member-work.js';
import { formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { itemRequestDeadline } from '../../domain/procedure-rules.js';
import { can } from '../../domain/roles.js';
import { formatInstant } from '../../render/danish-time.js';
import {
  MemberRoundPage,
  type MemberRoundView,
  MyRoundsPage,
} from '../../render/html/member-work/member-work-pages.js';
import {
  MyRequestsPage,
  NewRequestPage,
  type RequestFormValues,
  RequestPage,
} from '../../render/html/member-work/request-pages.js';
import type { Lang } from '../../render/i18n.js';
import type { MemberWorkMessages } from '../../render/messages/member-work.js';
import { answerMinutesRound } from '../../use-cases/member-work/answer-minutes-round.js';
import { type RequestItemResult, requestHref, requestItem } from '../../use-cases/member-work/request-item.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { answerText, dateText, draftItemsOf, meetingLabel, messagesOf } from '../secretariat/member-work-presenters.js';

const langOf = (c: Context) => c.get('lang') as Lang | undefined;

export interface MemberWorkDeps {
  db: Db;
  now: () => Date;
  dataDir?: string;
}

/** The round's page for its member; 404 for anyone it was not sent to. */
async function roundPage(
  db: Db,
  c: Context,
  roundId: number,
  extra: { notice?: string; problems?: Problem[]; values?: MemberRoundView['values'] } = {},
) {
  const m = messagesOf(langOf(c));
  const user = userOf(c);
  const round = await findRound(db, roundId);
  if (!round) throw notFound();
  const members = await listRoundMembers(db, round.id);
  const me = members.find((member) => member.userId === user.userId);
  if (!me) throw notFound();
  const meeting = await findMeetingRef(db, round.meetingId);
  if (!meeting) throw notFound();
  const latest = await findLatestRound(db, round.meetingId);
  const comments = (await listRoundComments(db, round.id)).filter((comment) => comment.userId === user.userId);
  const myComments: Record<number, string[]> = {};
  for (const comment of comments)
    myComments[comment.itemNumber] = [...(myComments[comment.itemNumber] ?? []), comment.text];
  const closedText =
    round.publishedVersion !== null || meeting.status === 'minutes_published'
      ? m.closedRound
      : latest?.id !== round.id
        ? m.superseded
        : null;
  const view: MemberRoundView = {
    roundId: round.id,
    meeting: meetingLabel(meeting),
    round: round.number,
    sentText: dateText(round.sentOn),
    ruleText: round.minutesApproval === 'next_meeting' ? m.approvedAtNextMeeting : '',
    dueText: round.dueOn ? dateText(round.dueOn) : null,
    items: draftItemsOf(round.snapshot),
    myComments,
    approvedText: me.approvedAt ? m.approvedAt(formatInstant(me.approvedAt)) : null,
    closedText,
    values: extra.values ?? { approve: false, comments: {} },
  };
  return page(
    c,
    <MemberRoundPage view={view} csrfToken={csrfOf(c)} notice={extra.notice} problems={extra.problems} />,
    (extra.problems ?? []).length > 0 ? 400 : 200,
  );
}

export function minutesApprovalRoutes({ db, now }: MemberWorkDeps) {
  const app = new Hono();
  app.use('*', signedInOnly);

  app.get('/', async (c) => {
    const m = messagesOf(langOf(c));
    const rounds = await listMyRounds(db, userOf(c).userId);
    return c.render(
      <MyRoundsPage
        rounds={rounds.map((round) => ({
          href: `/mig/referater/${round.id}`,
          meeting: meetingLabel(round),
          round: round.number,
          sentText: dateText(round.sentOn),
          dueText: round.dueOn ? dateText(round.dueOn) : null,
          answer: round.publishedVersion !== null && !round.approvedAt ? m.closedRound : answerText(round, langOf(c)),
        }))}
      />,
    );
  });

  /** The round's page for its member; 404 for anyone it was not sent to. */

  app.get('/:id', (c) =>
    roundPage(db, c, idParam(c), { notice: c.req.query('svar') ? messagesOf(langOf(c)).answerSaved : undefined }),
  );

  app.post('/:id', async (c) => {
    const roundId = idParam(c);
    const form = await c.req.parseBody();
    const comments: Record<number, string> = {};
    for (const [name, value] of Object.entries(form)) {
      const match = /^comment-(\d{1,5})$/.exec(name);
      if (match && typeof value === 'string') comments[Number(match[1])] = value.slice(0, 10_000);
    }
    const approve = field(form, 'approve', 5) === '1';
    const result = await answerMinutesRound({
      db,
      roundId,
      userId: userOf(c).userId,
      approve,
      comments: Object.entries(comments).map(([number, text]) => ({ itemNumber: Number(number), text })),
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`/mig/referater/${roundId}?svar=1`, 303);
    if (result.reason === 'not_found' || result.reason === 'not_recipient') throw notFound();
    const m = messagesOf(langOf(c));
    const text =
      result.reason === 'empty'
        ? m.problems.empty
        : result.reason === 'comment_too_long'
          ? m.problems.comment_too_long
          : result.reason === 'superseded'
            ? m.superseded
            : m.closedRound;
    return roundPage(db, c, roundId, { problems: [{ text }], values: { approve, comments } });
  });

  return app;
}

/** The bodies where the user may request items (members; admins where they have a role). */
function requestingBodies(c: Context): number[] {
  const user = userOf(c);
  return [...user.roles.keys()].filter((bodyId) => can(user, 'ask_question', { bodyId }));
}

/** The form: each coming meeting with its deadline, the bodies' rules in words. */
async function formPage({ db, now }: MemberWorkDeps, c: Context, values: RequestFormValues, problems: Problem[] = []) {
  const m = messagesOf(langOf(c));
  const bodyIds = requestingBodies(c);
  const coming = await listComingMeetingsOf(db, bodyIds, copenhagenDate(now()));
  const rulesByBody = new Map<number, number>();
  for (const bodyId of new Set(coming.map((meeting) => meeting.bodyId))) {
    rulesByBody.set(bodyId, (await findProcedureRules(db, bodyId)).itemRequestDaysBefore);
  }
  const meetings = coming.map((meeting) => ({
    value: String(meeting.id),
    label: m.requestMeetingOption(
      meeting.bodyName,
      formatMeetingDate(meeting.heldOn, meeting.startTime),
      dateText(itemRequestDeadline(meeting.heldOn, rulesByBody.get(meeting.bodyId) ?? 11)),
    ),
  }));
  const rules = [...new Set([...rulesByBody.values()])].map((days) => m.ruleTextRequests(days));
  return page(
    c,
    <NewRequestPage meetings={meetings} rules={rules} values={values} problems={problems} csrfToken={csrfOf(c)} />,
    problems.length > 0 ? 400 : 200,
  );
}

/** A refused request's problems, each on its field. */
function requestProblems(result: Exclude<RequestItemResult, { ok: true }>, m: MemberWorkMessages): Problem[] {
  const FIELD = {
    title_missing: 'title',
    title_too_long: 'title',
    reason_missing: 'reason',
    reason_too_long: 'reason',
    meeting_missing: 'meeting',
  } as const;
  return result.reason === 'invalid'
    ? result.problems.map((code) => ({ field: FIELD[code], text: m.problems[code] }))
    : result.reason === 'file_invalid'
      ? [{ field: 'file', text: m.problems.file_invalid }]
      : result.reason === 'no_later_meeting'
        ? [{ field: 'meeting', text: m.problems.no_later_meeting(dateText(result.deadlineOn)) }]
        : [{ field: 'meeting', text: m.problems.meeting_not_coming }];
}

export function itemRequestRoutes(deps: MemberWorkDeps) {
  const { db, now, dataDir } = deps;
  const app = new Hono();
  app.use('*', signedInOnly);

  app.get('/', async (c) => {
    const m = messagesOf(langOf(c));
    const requests = await listMyRequests(db, userOf(c).userId);
    return c.render(
      <MyRequestsPage
        newHref={requestingBodies(c).length > 0 ? '/mig/anmodninger/ny' : null}
        requests={requests.map((request) => ({
          href: requestHref(request.id),
          title: request.title,
          meeting: meetingLabel(request),
          receivedText: formatInstant(request.receivedAt),
          state: m.requestState[request.state],
        }))}
      />,
    );
  });

  /** The form: each coming meeting with its deadline, the bodies' rules in words. */

  app.get('/ny', (c) => formPage(deps, c, { meeting: c.req.query('moede') ?? '', title: '', reason: '' }));

  app.post('/', async (c) => {
    const m = messagesOf(langOf(c));
    const form = await c.req.parseBody();
    const values: RequestFormValues = {
      meeting: field(form, 'meeting', 20),
      title: field(form, 'title', 2_000),
      reason: field(form, 'reason', 20_000),
    };
    const meetingId = parseId(values.meeting);
    const meeting = meetingId ? await findMeetingRef(db, meetingId) : null;
    if (!meeting) return formPage(deps, c, values, [{ field: 'meeting', text: m.problems.meeting_missing }]);
    const file = form.file instanceof File && form.file.size > 0 ? form.file : null;
    const result = await requestItem({
      db,
      bodyId: meeting.bodyId,
      meetingId: meeting.id,
      userId: userOf(c).userId,
      title: values.title,
      reason: values.reason,
      file: file ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
      dataDir,
      permissions: userOf(c),
      actor: auditActorOf(c),
      now: now(),
    });
    if (result.ok) return c.redirect(`${requestHref(result.requestId)}?modtaget=1`, 303);
    if (result.reason === 'forbidden') return forbidden(c);
    const problems = requestProblems(result, messagesOf(langOf(c)));
    return formPage(deps, c, values, problems);
  });

  app.get('/:id', async (c) => {
    const m = messagesOf(langOf(c));
    const request = await findRequest(db, idParam(c));
    if (!request || request.userId !== userOf(c).userId) throw notFound();
    const asked = request.askedMeetingId ? await findMeetingRef(db, request.askedMeetingId) : null;
    const when = formatMeetingDate(request.heldOn, request.startTime);
    return c.render(
      <RequestPage
        received={Boolean(c.req.query('modtaget'))}
        request={{
          title: request.title,
          reason: request.reason,
          meeting: meetingLabel(request),
          receivedText: formatInstant(request.receivedAt),
          state: m.requestState[request.state],
          lateText:
            request.isLate && asked ? m.requestLate(dateText(asked.heldOn), dateText(request.deadlineOn), when) : null,
          forText: m.requestFor(when),
          declineReason: request.declineReason,
          fileName: request.attachmentFileName,
        }}
      />,
    );
  });

  return app;
}
