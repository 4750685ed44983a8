/**
 * The public hearings: every hearing (/hoeringer), one hearing (/hoering/:id) — what is heard with a
 * link to the document, the period and deadline, the consultees, the published responses (a withheld
 * one by its sender and the reason only), the memo once published — with the response form while it
 * is open (a clear message once closed), and the thanks after a response. Danish and English.
 */
import { HEARING_MESSAGES } from '../../messages/hearings.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice, Pagination } from '../components.js';
import { fieldsOf, TextArea, TextField } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { ListPage } from '../list-page.js';
import { Markdown } from '../markdown.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import type { HearingDetailView, HearingListItemView, ResponseFormValues, ResponseView } from './hearing-views.js';

export function HearingTable({ hearings, caption }: { hearings: HearingListItemView[]; caption: string }) {
  const m = HEARING_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.hearing, m.body, m.deadline, m.phase, m.responses]}>
      {hearings.map((hearing) => (
        <tr>
          <th scope="row">
            <a href={hearing.href}>{hearing.title}</a>
            <FictitiousMark when={hearing.isFictitious} />
          </th>
          <td>
            <a href={hearing.body.href}>{hearing.body.label}</a>
          </td>
          <td>{hearing.deadlineText}</td>
          <td>{m.phases[hearing.phase]}</td>
          <td>{hearing.responsesText}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function HearingsPage({ hearings, canCreate }: { hearings: HearingListItemView[]; canCreate: boolean }) {
  const m = HEARING_MESSAGES[usePage().lang];
  return (
    <ListPage
      title={m.listTitle}
      lead={m.listLead}
      create={canCreate ? { href: '/sekretariat/hoeringer/ny', label: m.newHearing } : null}
      count={hearings.length}
      anyFictitious={hearings.some((one) => one.isFictitious)}
      none={m.none}
    >
      <HearingTable hearings={hearings} caption={m.listTitle} />
    </ListPage>
  );
}

function Response({ response, hasMemo }: { response: ResponseView; hasMemo: boolean }) {
  const m = HEARING_MESSAGES[usePage().lang];
  return (
    <article class="hearing-response" id={response.anchor} aria-labelledby={`${response.anchor}-from`}>
      <h3 id={`${response.anchor}-from`}>{response.from}</h3>
      <p class="muted">{response.receivedText}</p>
      {response.withheldReason !== null ? (
        <>
          <p>{m.withheld}</p>
          <p>{m.withheldReason(response.withheldReason)}</p>
        </>
      ) : (
        <>
          {response.text ? <p class="preserve-lines">{response.text}</p> : null}
          {response.file ? (
            <p>
              <a href={response.file.href}>{m.attachedPdf(response.file.sizeText)}</a>
            </p>
          ) : null}
        </>
      )}
      {hasMemo && response.memo ? (
        <div class="hearing-memo-answer">
          <h4>{m.memoAnswer}</h4>
          {response.memo.answer ? <Markdown text={response.memo.answer} /> : <p>–</p>}
          <h4>{m.memoChange}</h4>
          {response.memo.change ? <Markdown text={response.memo.change} /> : <p>{m.memoNoChange}</p>}
        </div>
      ) : null}
    </article>
  );
}

function ResponseForm({
  hearing,
  values,
  problems,
  csrfToken,
}: {
  hearing: HearingDetailView;
  values: ResponseFormValues;
  problems: Problem[];
  csrfToken: string;
}) {
  const m = HEARING_MESSAGES[usePage().lang];
  const field = fieldsOf(values, problems);
  const fileError = problems.find((p) => p.field === 'file')?.text;
  return (
    <section aria-labelledby="respond">
      <h2 id="respond">{m.formTitle}</h2>
      {hearing.formClosedText ? (
        <div class="alert alert-info">
          <div class="alert-body">
            <p class="alert-text">{hearing.formClosedText}</p>
          </div>
        </div>
      ) : (
        <>
          <p>{m.formLead}</p>
          <p>{m.formPublicNote}</p>
          <ErrorSummary problems={problems} />
          <PostForm action={hearing.href} csrfToken={csrfToken} enctype="multipart/form-data">
            <TextField {...field('name')} label={m.name} required maxlength={200} autocomplete="name" />
            <TextField
              {...field('organisation')}
              label={m.organisation}
              hint={m.organisationHint}
              maxlength={300}
              autocomplete="organization"
            />
            <TextArea {...field('text')} label={m.text} rows={10} required />
            <div class={`form-group${fileError ? ' form-error' : ''}`}>
              <label class="form-label" for="file">
                {m.file}
              </label>
              <span class="form-hint" id="file-hint">
                {m.fileHint}
              </span>
              {fileError ? (
                <span class="form-error-message" id="file-error">
                  <span class="sr-only">Fejl: </span>
                  {fileError}
                </span>
              ) : null}
              <input
                class="form-file-input"
                type="file"
                id="file"
                name="file"
                accept="application/pdf,.pdf"
                aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'}
              />
            </div>
            {hearing.offersReceipt ? (
              <TextField {...field('email')} type="email" label={m.email} hint={m.emailHint} autocomplete="email" />
            ) : null}
            <SubmitButton>{m.send}</SubmitButton>
          </PostForm>
        </>
      )}
    </section>
  );
}

export function HearingPage({
  hearing,
  values,
  problems = [],
  csrfToken,
}: {
  hearing: HearingDetailView;
  values: ResponseFormValues;
  problems?: Problem[];
  csrfToken: string;
}) {
  const m = HEARING_MESSAGES[usePage().lang];
  return (
    <Layout title={hearing.title}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/hoeringer' }, { label: hearing.title }]} />
      <h1>{hearing.title}</h1>
      {hearing.isFictitious ? <FictitiousNotice /> : null}
      {hearing.description ? <Markdown text={hearing.description} /> : null}
      <Facts
        rows={[
          [m.body, <a href={hearing.body.href}>{hearing.body.label}</a>],
          [m.document, hearing.document ? <a href={hearing.document.href}>{hearing.document.label}</a> : null],
          [m.period, hearing.periodText],
          [m.deadline, <strong>{hearing.deadlineText}</strong>],
          [m.phase, m.phases[hearing.phase]],
          [
            m.processStep,
            hearing.processStep ? <a href={hearing.processStep.href}>{hearing.processStep.label}</a> : null,
          ],
          [m.consultees, hearing.consultees.length > 0 ? hearing.consultees.join(', ') : null],
        ]}
      />
      {hearing.workHref ? (
        <p>
          <a href={hearing.workHref}>Sekretariatets side for høringen</a>
        </p>
      ) : null}
      <ResponseForm hearing={hearing} values={values} problems={problems} csrfToken={csrfToken} />
      {hearing.memo ? (
        <section aria-labelledby="memo">
          <h2 id="memo">{m.memo}</h2>
          <Markdown text={hearing.memo.text} />
          {hearing.memo.decision ? (
            <p>
              {m.memoPublishedWith}:{' '}
              {hearing.memo.decision.href ? (
                <a href={hearing.memo.decision.href}>{hearing.memo.decision.label}</a>
              ) : (
                hearing.memo.decision.label
              )}
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="responses">
        <h2 id="responses">
          {m.responses} <span class="muted">({hearing.responsesText})</span>
        </h2>
        {!hearing.memo ? <p>{m.memoNotYet}</p> : null}
        {hearing.responses.length === 0 ? (
          <p>{m.noResponses}</p>
        ) : (
          hearing.responses.map((response) => <Response response={response} hasMemo={hearing.memo !== null} />)
        )}
        {hearing.responsePages.pages > 1 ? (
          <Pagination
            page={hearing.responsePages.page}
            pages={hearing.responsePages.pages}
            hrefFor={(n) => `${hearing.href}?side=${n}#responses`}
          />
        ) : null}
      </section>
      <p>
        <a href={hearing.apiHref}>{m.apiLink}</a>
      </p>
    </Layout>
  );
}

export function HearingThanksPage({
  hearing,
  hasReceipt,
}: {
  hearing: { title: string; href: string };
  hasReceipt: boolean;
}) {
  const m = HEARING_MESSAGES[usePage().lang];
  return (
    <Layout title={m.thanksTitle}>
      <Breadcrumbs
        items={[
          { label: m.listTitle, href: '/hoeringer' },
          { label: hearing.title, href: hearing.href },
          { label: m.thanksTitle },
        ]}
      />
      <h1>{m.thanksTitle}</h1>
      <p class="font-lead">{m.thanksText}</p>
      {hasReceipt ? <p>{m.thanksReceipt}</p> : null}
      <p>
        <a href={hearing.href}>{m.backToHearing}</a>
      </p>
    </Layout>
  );
}

/** The hearings on a body's page (nothing when there are none). */
export function HearingsSection({ hearings }: { hearings?: HearingListItemView[] }) {
  const m = HEARING_MESSAGES[usePage().lang];
  if (!hearings || hearings.length === 0) return null;
  return (
    <section aria-labelledby="hearings-heading">
      <h2 id="hearings-heading">{m.hearingsOf}</h2>
      <HearingTable hearings={hearings} caption={m.hearingsOf} />
      <p>
        <a href="/hoeringer">{m.listTitle}</a>
      </p>
    </section>
  );
}
