/**
 * Requests for an item (the member's list, form and confirmation; the secretariat's list with
 * accept and decline) and a body's rules of procedure (the secretariat's form). Danish and English
 * (messages/member-work.ts). Never public.
 */
import { BodyRulesForm, type BodyRulesPageProps, WayChoice } from '../body-rules-form.js';
import { Breadcrumbs, Facts } from '../components.js';
import { Checkbox, errorLookup, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ButtonForm, Notice, PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { messages, Paragraphs } from './member-work-pages.js';

// Requests: the member

export interface RequestRow {
  href: string;
  title: string;
  meeting: string;
  receivedText: string;
  state: string;
}

export function MyRequestsPage({ requests, newHref }: { requests: RequestRow[]; newHref: string | null }) {
  const m = messages();
  return (
    <Layout title={m.requestsTitle}>
      <Breadcrumbs items={[{ label: 'Min side', href: '/mig' }, { label: m.requestsTitle }]} />
      <h1>{m.requestsTitle}</h1>
      <p class="font-lead">{m.requestsLead}</p>
      {newHref ? (
        <p>
          <a class="button button-primary" href={newHref}>
            {m.newRequest}
          </a>
        </p>
      ) : null}
      {requests.length === 0 ? (
        <p>{m.noRequests}</p>
      ) : (
        <DataTable caption={m.requestsTitle} head={[m.requestTitle, m.meeting, m.received, m.status]}>
          {requests.map((request) => (
            <tr>
              <th scope="row">
                <a href={request.href}>{request.title}</a>
              </th>
              <td>{request.meeting}</td>
              <td>{request.receivedText}</td>
              <td>{request.state}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export interface RequestFormValues {
  meeting: string;
  title: string;
  reason: string;
}

export function NewRequestPage({
  meetings,
  rules,
  values,
  problems = [],
  csrfToken,
}: {
  meetings: { value: string; label: string }[];
  rules: string[];
  values: RequestFormValues;
  problems?: Problem[];
  csrfToken: string;
}) {
  const m = messages();
  const field = fieldsOf(values, problems);
  return (
    <Layout title={m.newRequest}>
      <Breadcrumbs
        items={[
          { label: 'Min side', href: '/mig' },
          { label: m.requestsTitle, href: '/mig/anmodninger' },
          { label: m.newRequest },
        ]}
      />
      <h1>{m.newRequest}</h1>
      <PageAlerts problems={problems} />
      {rules.map((text) => (
        <p>{text}</p>
      ))}
      {meetings.length === 0 ? (
        <p>{m.noComingMeetings}</p>
      ) : (
        <PostForm action="/mig/anmodninger" csrfToken={csrfToken} enctype="multipart/form-data">
          <Select {...field('meeting')} label={m.requestMeeting} options={meetings} />
          <TextField {...field('title')} label={m.requestTitle} maxlength={300} />
          <TextArea {...field('reason')} label={m.requestReason} hint={m.requestReasonHint} rows={6} />
          <div class="form-group">
            <label class="form-label" for="file">
              {m.requestFile}
            </label>
            <span class="form-hint" id="file-hint">
              {m.requestFileHint}
            </span>
            <input class="form-file-input" type="file" id="file" name="file" aria-describedby="file-hint" />
          </div>
          <SubmitGroup>{m.sendRequest}</SubmitGroup>
        </PostForm>
      )}
    </Layout>
  );
}

export interface RequestDetailView {
  title: string;
  reason: string;
  meeting: string;
  receivedText: string;
  state: string;
  lateText: string | null;
  forText: string;
  declineReason: string | null;
  fileName: string | null;
}

export function RequestPage({ request, received }: { request: RequestDetailView; received: boolean }) {
  const m = messages();
  return (
    <Layout title={request.title}>
      <Breadcrumbs
        items={[
          { label: 'Min side', href: '/mig' },
          { label: m.requestsTitle, href: '/mig/anmodninger' },
          { label: request.title },
        ]}
      />
      <h1>{request.title}</h1>
      {received ? <Notice kind="success">{m.requestReceived}</Notice> : null}
      <p class="font-lead">{request.lateText ?? request.forText}</p>
      <Facts
        rows={[
          [m.meeting, request.meeting],
          [m.received, request.receivedText],
          [m.status, request.state],
          [m.declinedBecause, request.declineReason],
          [m.file, request.fileName],
        ]}
      />
      <h2>{m.requestReason}</h2>
      <Paragraphs text={request.reason} />
    </Layout>
  );
}

// Requests: the secretariat

export interface SecretariatRequestView {
  id: number;
  title: string;
  reason: string;
  requester: string;
  receivedText: string;
  isLate: boolean;
  state: string;
  isPending: boolean;
  declineReason: string | null;
  fileName: string | null;
  itemHref: string | null;
}

export function MeetingRequestsPage({
  meeting,
  meetingHref,
  requests,
  csrfToken,
  notice,
  problems = [],
  typedReasons = {},
}: {
  meeting: string;
  meetingHref: string;
  requests: SecretariatRequestView[];
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
  typedReasons?: Record<number, string>;
}) {
  const m = messages();
  const errorOf = errorLookup(problems);
  return (
    <Layout title={m.requestsFor(meeting)}>
      <Breadcrumbs
        items={[
          { label: 'Sekretariat', href: '/sekretariat' },
          { label: meeting, href: meetingHref },
          { label: m.toRequests },
        ]}
      />
      <h1>{m.requestsFor(meeting)}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <p>
        <a href={meetingHref}>{m.toMeeting}</a>
      </p>
      {requests.length === 0 ? <p>{m.noRequests}</p> : null}
      {requests.map((request) => (
        <section class="approval-item" aria-labelledby={`request-${request.id}`}>
          <h2 id={`request-${request.id}`}>{request.title}</h2>
          <Facts
            rows={[
              [m.proposer, request.requester],
              [m.received, request.receivedText],
              [m.late, request.isLate ? '✓' : null],
              [m.status, request.state],
              [m.declinedBecause, request.declineReason],
              [m.file, request.fileName],
            ]}
          />
          <Paragraphs text={request.reason} />
          {request.itemHref ? (
            <p>
              <a href={request.itemHref}>{request.title}</a>
            </p>
          ) : null}
          {request.isPending ? (
            <>
              <ButtonForm
                action={`/sekretariat/anmodning/${request.id}/imoedekom`}
                csrfToken={csrfToken}
                label={m.accept}
                kind="primary"
                accessibleLabel={`${m.accept}: ${request.title}`}
              />
              <PostForm action={`/sekretariat/anmodning/${request.id}/afvis`} csrfToken={csrfToken}>
                <TextArea
                  id={`reason-${request.id}`}
                  name="reason"
                  label={m.declineReason}
                  value={typedReasons[request.id] ?? ''}
                  error={errorOf(`reason-${request.id}`)}
                  rows={3}
                />
                <SubmitGroup kind="secondary">{m.decline}</SubmitGroup>
              </PostForm>
            </>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}

// Rules of procedure: the secretariat

export interface ProcedureRulesValues {
  minutesApproval: string;
  approvalWorkingDays: string;
  silenceIsApproval: boolean;
  itemRequestDaysBefore: string;
}

export function ProcedureRulesPage(props: BodyRulesPageProps<ProcedureRulesValues>) {
  const { body, bodies, values, problems = [], csrfToken, notice } = props;
  const m = messages();
  const field = fieldsOf(values, problems);
  const errorOf = errorLookup(problems);
  return (
    <Layout title={body ? m.rulesFor(body.name) : m.rulesTitle}>
      <Breadcrumbs items={[{ label: 'Sekretariat', href: '/sekretariat' }, { label: m.rulesTitle }]} />
      <h1>{body ? m.rulesFor(body.name) : m.rulesTitle}</h1>
      <p class="font-lead">{m.rulesLead}</p>
      <PageAlerts notice={notice} problems={problems} />
      {body ? (
        <BodyRulesForm action="/sekretariat/forretningsorden" body={body} csrfToken={csrfToken} save={m.save}>
          <WayChoice
            name="minutesApproval"
            legend={m.minutesApproval}
            error={errorOf('minutesApproval')}
            value={values.minutesApproval}
            ways={[
              { value: 'next_meeting', label: m.approvalNextMeeting },
              { id: 'minutesApproval-members', value: 'members_within_days', label: m.approvalWithinDays },
            ]}
          />
          <TextField
            {...field('approvalWorkingDays')}
            label={m.approvalWorkingDays}
            hint={m.approvalWorkingDaysHint}
            maxlength={3}
          />
          <Checkbox id="silenceIsApproval" label={m.silenceIsApproval} checked={values.silenceIsApproval} />
          <TextField
            {...field('itemRequestDaysBefore')}
            label={m.itemRequestDaysBefore}
            hint={m.itemRequestDaysBeforeHint}
            maxlength={3}
          />
        </BodyRulesForm>
      ) : (
        <>
          <h2>{m.chooseBody}</h2>
          <ul>
            {bodies.map((choice) => (
              <li>
                <a href={`/sekretariat/forretningsorden?organ=${choice.slug}`}>{choice.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
