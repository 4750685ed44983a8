/**
 * The secretariat's follow-ups: the list per body with the overdue ones first
 * (/sekretariat/opfoelgning), a new follow-up from a decision
 * (/sekretariat/beslutning/:id/opfoelgning/ny) and one follow-up with its actions
 * (/sekretariat/opfoelgning/:id).
 */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Breadcrumbs, Facts } from '../components.js';
import { Checkbox, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, FormSection, PageAlerts, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { BodyFilter, ListFilter, SecretariatNav } from './work-nav.js';

export interface ItemLinkView {
  /** The item's number and title, its body and date. */
  label: string;
  href: string;
}

export interface FollowUpView {
  id: number;
  href: string;
  what: string;
  responsible: string;
  dueText: string;
  /** Overdue, due soon, open, done, cancelled (the labels, in the page's language). */
  statusText: string;
  statusKind: 'on_time' | 'due_soon' | 'overdue' | 'done' | 'cancelled';
  returnTo: string | null;
  decision: ItemLinkView | null;
  answeredBy: ItemLinkView | null;
  closedNote: string | null;
}

const STATUS_BADGE: Record<FollowUpView['statusKind'], string> = {
  on_time: 'badge-info',
  due_soon: 'badge-warning',
  overdue: 'badge-error',
  done: 'badge-success',
  cancelled: '',
};

function StatusBadge({ followUp }: { followUp: FollowUpView }) {
  return <span class={`badge badge-small ${STATUS_BADGE[followUp.statusKind]}`.trim()}>{followUp.statusText}</span>;
}

function FollowUpTable({ rows, caption }: { rows: FollowUpView[]; caption: string }) {
  const m = QUESTION_MESSAGES[usePage().lang].followUp;
  return (
    <DataTable caption={caption} head={m.head}>
      {rows.map((row) => (
        <tr>
          <th scope="row">
            <a href={row.href}>{row.what}</a>
            {row.returnTo ? <span class="muted">{m.returnsTo(row.returnTo)}</span> : null}
          </th>
          <td>{row.responsible}</td>
          <td>
            {row.dueText} <StatusBadge followUp={row} />
          </td>
          <td>{row.decision ? <a href={row.decision.href}>{row.decision.label}</a> : '–'}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export interface FollowUpBodyGroup {
  name: string;
  overdue: FollowUpView[];
  open: FollowUpView[];
  closed: FollowUpView[];
  decisions: { label: string; href: string }[];
}

export function FollowUpsPage({
  groups,
  bodies,
  filter,
}: {
  groups: FollowUpBodyGroup[];
  bodies: { slug: string; name: string }[];
  filter: { organ: string; showClosed: boolean };
}) {
  const m = QUESTION_MESSAGES[usePage().lang].followUp;
  return (
    <Layout title={m.title}>
      <div>
        <SecretariatNav current="/sekretariat/opfoelgning" />
        <h1>{m.heading}</h1>
        <ListFilter action="/sekretariat/opfoelgning">
          <BodyFilter value={filter.organ} bodies={bodies} allowsAll />
          <Checkbox id="alle" label={m.showClosed} checked={filter.showClosed} />
        </ListFilter>
        {groups.length === 0 ? <p>{m.noBodies}</p> : null}
        {groups.map((group) => (
          <section>
            <h2>{group.name}</h2>
            <h3>{m.overdue(group.overdue.length)}</h3>
            {group.overdue.length === 0 ? (
              <p>{m.noneOverdue}</p>
            ) : (
              <FollowUpTable rows={group.overdue} caption={m.overdueCaption(group.name)} />
            )}
            <h3>{m.open(group.open.length)}</h3>
            {group.open.length === 0 ? (
              <p>{m.noneOpen}</p>
            ) : (
              <FollowUpTable rows={group.open} caption={m.openCaption(group.name)} />
            )}
            {filter.showClosed ? (
              <>
                <h3>{m.closed(group.closed.length)}</h3>
                {group.closed.length === 0 ? (
                  <p>{m.none}</p>
                ) : (
                  <FollowUpTable rows={group.closed} caption={m.closedCaption(group.name)} />
                )}
              </>
            ) : null}
            <details class="decision-picker">
              <summary>{m.fromDecision}</summary>
              {group.decisions.length === 0 ? (
                <p>{m.noDecisions}</p>
              ) : (
                <ul>
                  {group.decisions.map((decision) => (
                    <li>
                      <a href={decision.href}>{decision.label}</a>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </section>
        ))}
      </div>
    </Layout>
  );
}

export interface NewFollowUpValues {
  what: string;
  responsible: string;
  dueOn: string;
  returnTo: string;
}

export function NewFollowUpPage({
  decision,
  existing,
  bodies,
  csrfToken,
  values,
  problems = [],
}: {
  decision: { id: number; body: string; item: ItemLinkView; text: string; isClosed: boolean };
  existing: FollowUpView[];
  bodies: { value: string; label: string }[];
  csrfToken: string;
  values: NewFollowUpValues;
  problems?: Problem[];
}) {
  const field = fieldsOf(values, problems);
  const m = QUESTION_MESSAGES[usePage().lang].followUp;
  return (
    <Layout title={m.newTitle}>
      <div>
        <SecretariatNav current="/sekretariat/opfoelgning" />
        <Breadcrumbs items={[{ label: m.title, href: '/sekretariat/opfoelgning' }, { label: m.newTitle }]} />
        <h1>{m.newTitle}</h1>
        <ErrorSummary problems={problems} />
        <h2>{m.decision}</h2>
        <p>
          <a href={decision.item.href}>{decision.item.label}</a>
          {decision.isClosed ? m.closedItem : ''}
        </p>
        <blockquote class="decision-quote">
          <p class="preserve-lines">{decision.text}</p>
        </blockquote>
        {existing.length > 0 ? (
          <>
            <h2>{m.existing}</h2>
            <FollowUpTable rows={existing} caption={m.existing} />
          </>
        ) : null}
        <h2>{m.create}</h2>
        <PostForm action={`/sekretariat/beslutning/${decision.id}/opfoelgning`} csrfToken={csrfToken}>
          <TextArea {...field('what')} label={m.what} hint={m.whatHint} rows={3} required />
          <TextField {...field('responsible')} label={m.responsible} required />
          <TextField {...field('dueOn')} label={m.deadline} type="date" required />
          <Select {...field('returnTo')} label={m.returnTo} options={[{ value: '', label: m.noBody }, ...bodies]} />
          <SubmitButton>{m.create}</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}

export function FollowUpPage({
  followUp,
  body,
  csrfToken,
  notice,
  problems = [],
  values,
}: {
  followUp: FollowUpView;
  body: string;
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
  values: { note: string; item: string };
}) {
  const m = QUESTION_MESSAGES[usePage().lang].followUp;
  return (
    <Layout title={m.pageTitle(followUp.what.slice(0, 60))}>
      <div>
        <SecretariatNav current="/sekretariat/opfoelgning" />
        <Breadcrumbs items={[{ label: m.title, href: '/sekretariat/opfoelgning' }, { label: m.title }]} />
        <h1>{m.title}</h1>
        <PageAlerts notice={notice} problems={problems} />
        <p class="font-lead preserve-lines">{followUp.what}</p>
        <Facts
          rows={[
            [m.body, body],
            [m.responsible, followUp.responsible],
            [
              m.deadline,
              <>
                {followUp.dueText} <StatusBadge followUp={followUp} />
              </>,
            ],
            [m.returnsToFact, followUp.returnTo],
            [m.decisionFact, followUp.decision ? <a href={followUp.decision.href}>{followUp.decision.label}</a> : null],
            [
              m.answeredBy,
              followUp.answeredBy ? <a href={followUp.answeredBy.href}>{followUp.answeredBy.label}</a> : null,
            ],
            [m.note, followUp.closedNote],
          ]}
        />
        <FollowUpForms followUp={followUp} csrfToken={csrfToken} problems={problems} values={values} />
      </div>
    </Layout>
  );
}

/** While open: the form that completes or cancels it; unless cancelled: the item that answers it. */
function FollowUpForms({
  followUp,
  csrfToken,
  problems,
  values,
}: {
  followUp: FollowUpView;
  csrfToken: string;
  problems: Problem[];
  values: { note: string; item: string };
}) {
  const field = fieldsOf(values, problems);
  const m = QUESTION_MESSAGES[usePage().lang].followUp;
  const base = `/sekretariat/opfoelgning/${followUp.id}`;
  const isOpen = followUp.statusKind !== 'done' && followUp.statusKind !== 'cancelled';
  return (
    <>
      {isOpen ? (
        <FormSection id="close-heading" heading={m.closeHeading} action={`${base}/udfoert`} csrfToken={csrfToken}>
          <TextArea {...field('note')} label={m.noteOptional} rows={3} />
          <div class="button-row">
            <SubmitButton>{m.markDone}</SubmitButton>
            <SubmitButton kind="secondary" formaction={`${base}/annuller`}>
              {m.cancel}
            </SubmitButton>
          </div>
        </FormSection>
      ) : null}
      {followUp.statusKind !== 'cancelled' ? (
        <FormSection id="link-heading" heading={m.linkHeading} action={`${base}/punkt`} csrfToken={csrfToken}>
          <TextField {...field('item')} label={m.itemField} hint={m.itemHint} />
          <SubmitButton kind="secondary">{m.saveLink}</SubmitButton>
        </FormSection>
      ) : null}
    </>
  );
}
