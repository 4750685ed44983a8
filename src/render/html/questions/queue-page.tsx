/** The secretariat's queue of questions (/sekretariat/sporgsmaal) and each body's choice to publish answers. */
import { Checkbox } from '../fields.js';
import { ButtonForm, Notice } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { DeadlineBadge, type DeadlineView } from './question-views.js';
import { BodyFilter, ListFilter, SECRETARIAT_LINKS, WorkNav } from './work-nav.js';

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
  const mustContact = items.filter((item) => item.contactNeeded).length;
  return (
    <Layout title="Spørgsmål i spørgeordningen">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/sporgsmaal" label="Sekretariatet" />
        <h1>Spørgsmål i spørgeordningen</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        {mustContact > 0 ? (
          <Notice kind="warning">
            {mustContact === 1 ? '1 spørger skal kontaktes.' : `${mustContact} spørgere skal kontaktes.`}
          </Notice>
        ) : null}
        <ListFilter action="/sekretariat/sporgsmaal">
          <BodyFilter value={filter.organ} bodies={bodies} allowsAll />
          <Checkbox id="aabne" label="Kun åbne spørgsmål" checked={filter.openOnly} />
        </ListFilter>
        {items.length === 0 ? <p>Ingen spørgsmål.</p> : <QueueTable items={items} />}
        <h2>Regler, offentliggørelse og statistik</h2>
        <p>
          Hvert organ har sine <a href="/sekretariat/sporgsmaal/regler">regler for spørgeordningen</a>: fristen for
          svar, om svarene offentliggøres, og oplysninger til medlemmerne. Et organ kan vælge at offentliggøre de åbne
          dele af svarene på portalen. Fortrolige dele, noter og hvem der spurgte, offentliggøres aldrig.
        </p>
        <PublishingSettings bodies={bodies} csrfToken={csrfToken} />
      </div>
    </Layout>
  );
}

function QueueTable({ items }: { items: QueueItem[] }) {
  return (
    <DataTable caption="Spørgsmål, nyeste først" head={['Spørgsmål', 'Organ', 'Til', 'Modtaget', 'Status', 'Frist']}>
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
                <span class="badge badge-error badge-small">Skal kontaktes</span>
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
  return (
    <ul class="settings-list">
      {bodies.map((body) => (
        <li>
          <h3>{body.name}</h3>
          <p>
            Frist: {body.deadlineText} · {body.publishesAnswers ? 'Svar offentliggøres' : 'Svar offentliggøres ikke'} ·{' '}
            <a href={`/sekretariat/sporgsmaal/regler?organ=${body.slug}`}>Regler for spørgeordningen</a> ·{' '}
            <a href={`/organ/${body.slug}/spoergsmaal`}>Offentlige svar</a> ·{' '}
            <a href={`/organ/${body.slug}/statistik`}>Statistik</a>
          </p>
          <ButtonForm
            action="/sekretariat/sporgsmaal/offentliggoerelse"
            csrfToken={csrfToken}
            hidden={{ organ: body.slug, offentliggoer: body.publishesAnswers ? '0' : '1' }}
            label={body.publishesAnswers ? 'Stop offentliggørelse af svar' : 'Offentliggør svar fremover'}
            accessibleLabel={`${body.publishesAnswers ? 'Stop offentliggørelse af svar' : 'Offentliggør svar fremover'} for ${body.name}`}
          />
        </li>
      ))}
    </ul>
  );
}
