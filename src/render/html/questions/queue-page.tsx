/** The secretariat's queue of questions (/sekretariat/sporgsmaal) and each body's choice to publish answers. */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Checkbox } from '../fields.js';
import { ButtonForm, Notice } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { DeadlineBadge, type DeadlineView } from './question-views.js';
import { BodyFilter, ListFilter, SecretariatNav } from './work-nav.js';

export interface QueueItem {
  href: string;
  title: string;
  bodyName: string;
  addresseeLabel: string;
  askerName: string;
  stateLabel: string;
  receivedText: string;
  deadline: DeadlineView;
  assignee: string | null;
  contactNeeded: string | null;
}

export interface QueueBodySetting {
  id: number;
  name: string;
  slug: string;
  publishesAnswers: boolean;
  /** "1 uge", "5 arbejdsdage" */
  deadlineText: string;
}

export function QuestionQueuePage({
  items,
  bodies,
  filter,
  csrfToken,
  notice,
}: {
  items: QueueItem[];
  bodies: QueueBodySetting[];
  filter: { organ: string; openOnly: boolean };
  csrfToken: string;
  notice?: string;
}) {
  const m = QUESTION_MESSAGES[usePage().lang].queue;
  const mustContact = items.filter((item) => item.contactNeeded).length;
  return (
    <Layout title={m.title}>
      <div>
        <SecretariatNav current="/sekretariat/sporgsmaal" />
        <h1>{m.title}</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        {mustContact > 0 ? <Notice kind="warning">{m.mustContact(mustContact)}</Notice> : null}
        <ListFilter action="/sekretariat/sporgsmaal">
          <BodyFilter value={filter.organ} bodies={bodies} allowsAll />
          <Checkbox id="aabne" label={m.openOnly} checked={filter.openOnly} />
        </ListFilter>
        {items.length === 0 ? <p>{m.none}</p> : <QueueTable items={items} />}
        <h2>{m.settingsHeading}</h2>
        <p>
          {m.settingsBefore}
          <a href="/sekretariat/sporgsmaal/regler">{m.settingsLink}</a>
          {m.settingsAfter}
        </p>
        <PublishingSettings bodies={bodies} csrfToken={csrfToken} />
      </div>
    </Layout>
  );
}

function QueueTable({ items }: { items: QueueItem[] }) {
  const m = QUESTION_MESSAGES[usePage().lang].queue;
  return (
    <DataTable caption={m.caption} head={m.head}>
      {items.map((item) => (
        <tr>
          <th scope="row">
            <a href={item.href}>{item.title}</a>
            <span class="muted queue-asker"> – {item.askerName}</span>
          </th>
          <td>{item.bodyName}</td>
          <td>{item.addresseeLabel}</td>
          <td>{item.receivedText}</td>
          <td>
            {item.stateLabel}
            {item.assignee ? <span class="muted"> ({item.assignee})</span> : null}
            {item.contactNeeded ? (
              <>
                {' '}
                <span class="badge badge-error badge-small">{m.mustContactBadge}</span>
              </>
            ) : null}
          </td>
          <td>
            <span class="deadline-explanation">{item.deadline.explanation}</span>{' '}
            <DeadlineBadge deadline={item.deadline} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function PublishingSettings({ bodies, csrfToken }: { bodies: QueueBodySetting[]; csrfToken: string }) {
  const m = QUESTION_MESSAGES[usePage().lang].queue;
  return (
    <ul class="settings-list">
      {bodies.map((body) => (
        <li>
          <h3>{body.name}</h3>
          <p>
            {m.deadline(body.deadlineText)} · {body.publishesAnswers ? m.published : m.notPublished} ·{' '}
            <a href={`/sekretariat/sporgsmaal/regler?organ=${body.slug}`}>{m.rules}</a> ·{' '}
            <a href={`/organ/${body.slug}/spoergsmaal`}>{m.publicAnswers}</a> ·{' '}
            <a href={`/organ/${body.slug}/statistik`}>{m.statistics}</a>
          </p>
          <ButtonForm
            action="/sekretariat/sporgsmaal/offentliggoerelse"
            csrfToken={csrfToken}
            hidden={{ organ: body.slug, offentliggoer: body.publishesAnswers ? '0' : '1' }}
            label={body.publishesAnswers ? m.stopPublishing : m.startPublishing}
            accessibleLabel={m.forBody(body.publishesAnswers ? m.stopPublishing : m.startPublishing, body.name)}
          />
        </li>
      ))}
    </ul>
  );
}
