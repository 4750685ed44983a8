/**
 * The secretariat's follow-ups: the list per body with the overdue ones first
 * (/sekretariat/opfoelgning), a new follow-up from a decision
 * (/sekretariat/beslutning/:id/opfoelgning/ny) and one follow-up with its actions
 * (/sekretariat/opfoelgning/:id).
 */
import { Breadcrumbs, Facts } from '../components.js';
import { Checkbox, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, FormSection, PageAlerts, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { BodyFilter, ListFilter, SecretariatNav } from './work-nav.js';

export interface ItemLinkView {
  /** "Punkt 9: Mødekalender (Sundhedsråd X, 23. marts 2026)" */
  label: string;
  href: string;
}

export interface FollowUpView {
  id: number;
  href: string;
  what: string;
  responsible: string;
  dueText: string;
  /** "Over fristen", "Forfalder snart", "Åben", "Udført", "Annulleret" */
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
  return (
    <DataTable caption={caption} head={['Opfølgning', 'Ansvarlig', 'Frist', 'Beslutning']}>
      {rows.map((row) => (
        <tr>
          <th scope="row">
            <a href={row.href}>{row.what}</a>
            {row.returnTo ? <span class="muted"> – tilbage til {row.returnTo}</span> : null}
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
  return (
    <Layout title="Opfølgning">
      <div>
        <SecretariatNav current="/sekretariat/opfoelgning" />
        <h1>Opfølgning på beslutninger</h1>
        <ListFilter action="/sekretariat/opfoelgning">
          <BodyFilter value={filter.organ} bodies={bodies} allowsAll />
          <Checkbox id="alle" label="Vis også udførte og annullerede" checked={filter.showClosed} />
        </ListFilter>
        {groups.length === 0 ? <p>Ingen organer.</p> : null}
        {groups.map((group) => (
          <section>
            <h2>{group.name}</h2>
            <h3>Over fristen ({group.overdue.length})</h3>
            {group.overdue.length === 0 ? (
              <p>Ingen opfølgninger er over fristen.</p>
            ) : (
              <FollowUpTable rows={group.overdue} caption={`Opfølgninger over fristen i ${group.name}`} />
            )}
            <h3>Åbne ({group.open.length})</h3>
            {group.open.length === 0 ? (
              <p>Ingen andre åbne opfølgninger.</p>
            ) : (
              <FollowUpTable rows={group.open} caption={`Åbne opfølgninger i ${group.name}`} />
            )}
            {filter.showClosed ? (
              <>
                <h3>Udført eller annulleret ({group.closed.length})</h3>
                {group.closed.length === 0 ? (
                  <p>Ingen.</p>
                ) : (
                  <FollowUpTable rows={group.closed} caption={`Lukkede opfølgninger i ${group.name}`} />
                )}
              </>
            ) : null}
            <details class="decision-picker">
              <summary>Opret opfølgning fra en beslutning</summary>
              {group.decisions.length === 0 ? (
                <p>Organet har ingen beslutninger endnu.</p>
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
  return (
    <Layout title="Ny opfølgning">
      <div>
        <SecretariatNav current="/sekretariat/opfoelgning" />
        <Breadcrumbs items={[{ label: 'Opfølgning', href: '/sekretariat/opfoelgning' }, { label: 'Ny opfølgning' }]} />
        <h1>Ny opfølgning</h1>
        <ErrorSummary problems={problems} />
        <h2>Beslutningen</h2>
        <p>
          <a href={decision.item.href}>{decision.item.label}</a>
          {decision.isClosed ? ' (lukket punkt: opfølgningen vises ikke offentligt)' : ''}
        </p>
        <blockquote class="decision-quote">
          <p class="preserve-lines">{decision.text}</p>
        </blockquote>
        {existing.length > 0 ? (
          <>
            <h2>Opfølgninger på beslutningen</h2>
            <FollowUpTable rows={existing} caption="Opfølgninger på beslutningen" />
          </>
        ) : null}
        <h2>Opret opfølgning</h2>
        <PostForm action={`/sekretariat/beslutning/${decision.id}/opfoelgning`} csrfToken={csrfToken}>
          <TextArea
            {...field('what')}
            label="Hvad skal ske"
            hint="Fx »Årlig status for projekterne« eller »Procesplan forelægges«."
            rows={3}
            required
          />
          <TextField {...field('responsible')} label="Ansvarlig" required />
          <TextField {...field('dueOn')} label="Frist" type="date" required />
          <Select
            {...field('returnTo')}
            label="Vender tilbage til (valgfrit)"
            options={[{ value: '', label: 'Intet organ' }, ...bodies]}
          />
          <SubmitButton>Opret opfølgning</SubmitButton>
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
  return (
    <Layout title={`Opfølgning: ${followUp.what.slice(0, 60)}`}>
      <div>
        <SecretariatNav current="/sekretariat/opfoelgning" />
        <Breadcrumbs items={[{ label: 'Opfølgning', href: '/sekretariat/opfoelgning' }, { label: 'Opfølgning' }]} />
        <h1>Opfølgning</h1>
        <PageAlerts notice={notice} problems={problems} />
        <p class="font-lead preserve-lines">{followUp.what}</p>
        <Facts
          rows={[
            ['Organ', body],
            ['Ansvarlig', followUp.responsible],
            [
              'Frist',
              <>
                {followUp.dueText} <StatusBadge followUp={followUp} />
              </>,
            ],
            ['Vender tilbage til', followUp.returnTo],
            ['Beslutning', followUp.decision ? <a href={followUp.decision.href}>{followUp.decision.label}</a> : null],
            [
              'Besvaret af',
              followUp.answeredBy ? <a href={followUp.answeredBy.href}>{followUp.answeredBy.label}</a> : null,
            ],
            ['Note', followUp.closedNote],
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
  const base = `/sekretariat/opfoelgning/${followUp.id}`;
  const isOpen = followUp.statusKind !== 'done' && followUp.statusKind !== 'cancelled';
  return (
    <>
      {isOpen ? (
        <FormSection
          id="close-heading"
          heading="Udført eller annulleret"
          action={`${base}/udfoert`}
          csrfToken={csrfToken}
        >
          <TextArea {...field('note')} label="Note (valgfri)" rows={3} />
          <div class="button-row">
            <SubmitButton>Markér som udført</SubmitButton>
            <SubmitButton kind="secondary" formaction={`${base}/annuller`}>
              Annullér opfølgningen
            </SubmitButton>
          </div>
        </FormSection>
      ) : null}
      {followUp.statusKind !== 'cancelled' ? (
        <FormSection
          id="link-heading"
          heading="Punktet, der besvarer opfølgningen"
          action={`${base}/punkt`}
          csrfToken={csrfToken}
        >
          <TextField
            {...field('item')}
            label="Punktets adresse eller nummer i Protokol"
            hint="Fx /punkt/1234 (adressen på punktets side). Tomt felt fjerner koblingen."
          />
          <SubmitButton kind="secondary">Gem kobling</SubmitButton>
        </FormSection>
      ) : null}
    </>
  );
}
