/**
 * The secretariat's plans (Danish, as the secretariat's other pages): the plans it keeps
 * (/sekretariat/planer), a new plan and a plan's own page (its fields, versions and the items that
 * treated it), and a version's form: status, date, the decision item and the chapters (theme, goals
 * and description in Markdown), a new version starting from the previous one's chapters. On a
 * problem the page comes back with what was typed and each bad field named.
 */
import { Breadcrumbs, HeadedSection } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ButtonForm, ErrorSummary, Notice, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';

export interface Choice {
  value: string;
  label: string;
}

export interface PlanFormValues {
  body: string;
  kind: string;
  title: string;
  summary: string;
  deadline: string;
}

export interface PlanWorkView {
  id: number;
  title: string;
  publicHref: string;
  versions: { number: number; statusText: string; dateText: string; editHref: string | null }[];
  items: { itemId: number; label: string }[];
}

export interface ChapterValues {
  theme: string;
  goals: string;
  description: string;
}

export interface VersionFormValues {
  status: string;
  date: string;
  note: string;
  decision: string;
  chapters: ChapterValues[];
}

const choose = { value: '', label: 'Vælg …' };

export function PlanWorkListPage({ plans }: { plans: { title: string; href: string; body: string }[] }) {
  return (
    <Layout title="Planer – sekretariatet">
      <div lang="da">
        <Breadcrumbs items={[{ label: 'Sekretariatet', href: '/sekretariat' }, { label: 'Planer' }]} />
        <h1>Planer</h1>
        <p class="font-lead">
          Planer, som jeres organer vedtager over flere møder, fx nærsundhedsplanen. Tilføj en version, når planen
          sendes i høring, vedtages eller revideres.
        </p>
        <p>
          <a class="button button-secondary" href="/sekretariat/planer/ny">
            Opret en plan
          </a>{' '}
          <a class="button button-secondary" href="/sekretariat/hoeringer">
            Høringer
          </a>
        </p>
        {plans.length === 0 ? (
          <p>Der er ingen planer endnu.</p>
        ) : (
          <ul>
            {plans.map((plan) => (
              <li>
                <a href={plan.href}>{plan.title}</a> ({plan.body})
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

export function PlanFormPage({
  values,
  problems = [],
  bodies,
  kinds,
  csrfToken,
  plan,
  notice,
}: {
  values: PlanFormValues;
  problems?: Problem[];
  bodies: Choice[];
  kinds: Choice[];
  csrfToken: string;
  /** The plan's own page; absent for a new plan. */
  plan?: PlanWorkView;
  notice?: string;
}) {
  const field = fieldsOf(values, problems);
  const title = plan ? plan.title : 'Ny plan';
  return (
    <Layout title={`${title} – sekretariatet`}>
      <div lang="da">
        <Breadcrumbs
          items={[
            { label: 'Sekretariatet', href: '/sekretariat' },
            { label: 'Planer', href: '/sekretariat/planer' },
            { label: title },
          ]}
        />
        <h1>{title}</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        {plan ? (
          <p>
            <a href={plan.publicHref}>Se planens offentlige side</a>
          </p>
        ) : null}
        <ErrorSummary problems={problems} />
        <HeadedSection id="plan-fields" heading={plan ? 'Planens oplysninger' : 'Oplysninger'}>
          <PostForm action={plan ? `/sekretariat/planer/${plan.id}` : '/sekretariat/planer'} csrfToken={csrfToken}>
            {plan ? null : (
              <Select {...field('body')} label="Organ, der vedtager planen" options={[choose, ...bodies]} required />
            )}
            <Select {...field('kind')} label="Slags plan" options={kinds} required />
            <TextField {...field('title')} label="Titel" hint="Fx »Nærsundhedsplan 2027–2030«." required />
            <TextArea {...field('summary')} label="Kort om planen (valgfrit)" hint="Markdown." rows={3} />
            <TextField
              {...field('deadline')}
              type="date"
              label="Frist for vedtagelse (valgfrit)"
              hint="Fx 2027-04-01 for nærsundhedsplanen."
            />
            <SubmitButton>{plan ? 'Gem planen' : 'Opret planen'}</SubmitButton>
          </PostForm>
        </HeadedSection>
        {plan ? <PlanVersionsAndItems plan={plan} csrfToken={csrfToken} problems={problems} /> : null}
      </div>
    </Layout>
  );
}

function PlanVersionsAndItems({
  plan,
  csrfToken,
  problems,
}: {
  plan: PlanWorkView;
  csrfToken: string;
  problems: Problem[];
}) {
  const itemError = problems.find((p) => p.field === 'item')?.text;
  return (
    <>
      <HeadedSection id="plan-versions" heading="Versioner">
        {plan.versions.length === 0 ? (
          <p>Planen har ingen versioner endnu.</p>
        ) : (
          <DataTable caption="Planens versioner" head={['Version', 'Status', 'Dato', '']}>
            {plan.versions.map((v) => (
              <tr>
                <th scope="row">{v.number}</th>
                <td>{v.statusText}</td>
                <td>{v.dateText}</td>
                <td>
                  {v.editHref ? <a href={v.editHref}>Redigér version {v.number}</a> : 'Vedtaget: kan ikke ændres'}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <p>
          <a class="button button-secondary" href={`/sekretariat/planer/${plan.id}/version/ny`}>
            Tilføj en version
          </a>
        </p>
      </HeadedSection>
      <HeadedSection id="plan-items" heading="Punkter, der har behandlet planen">
        {plan.items.length === 0 ? <p>Ingen punkter endnu.</p> : null}
        <ul class="nobullet-list">
          {plan.items.map((item) => (
            <li>
              {item.label}{' '}
              <ButtonForm
                action={`/sekretariat/planer/${plan.id}/punkter`}
                csrfToken={csrfToken}
                hidden={{ punkt: `/punkt/${item.itemId}`, fjern: '1' }}
                label={`Fjern ${item.label}`}
              />
            </li>
          ))}
        </ul>
        <PostForm action={`/sekretariat/planer/${plan.id}/punkter`} csrfToken={csrfToken}>
          <TextField
            id="item"
            name="punkt"
            label="Knyt et punkt til planen"
            hint="Punktets adresse, fx /punkt/1234. Et lukket punkt vises kun som »behandlet i et lukket punkt«."
            error={itemError}
          />
          <SubmitButton>Knyt punktet</SubmitButton>
        </PostForm>
      </HeadedSection>
    </>
  );
}

export function PlanVersionFormPage({
  plan,
  number,
  values,
  problems = [],
  statuses,
  csrfToken,
}: {
  plan: { id: number; title: string };
  /** The version edited; null for a new one. */
  number: number | null;
  values: VersionFormValues;
  problems?: Problem[];
  statuses: Choice[];
  csrfToken: string;
}) {
  const field = fieldsOf(values, problems);
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.text;
  const title = number === null ? 'Ny version' : `Version ${number}`;
  return (
    <Layout title={`${title} – ${plan.title}`}>
      <div lang="da">
        <Breadcrumbs
          items={[
            { label: 'Planer', href: '/sekretariat/planer' },
            { label: plan.title, href: `/sekretariat/planer/${plan.id}` },
            { label: title },
          ]}
        />
        <h1>
          {title} af {plan.title}
        </h1>
        {number === null ? (
          <p class="font-lead">Kapitlerne er udfyldt med den forrige versions tekst. Ret det, der er ændret.</p>
        ) : null}
        <ErrorSummary problems={problems} />
        <PostForm
          action={
            number === null
              ? `/sekretariat/planer/${plan.id}/version`
              : `/sekretariat/planer/${plan.id}/version/${number}`
          }
          csrfToken={csrfToken}
        >
          <Select {...field('status')} label="Status" options={statuses} required />
          <TextField
            {...field('date')}
            type="date"
            label="Dato"
            hint="Fx 2026-11-02: den dag versionen blev sendt i høring, vedtaget …"
            required
          />
          <TextField {...field('decision')} label="Beslutningen (valgfrit)" hint="Punktets adresse, fx /punkt/1234." />
          <TextArea {...field('note')} label="Note (valgfrit)" rows={2} />
          {values.chapters.map((chapter, i) => {
            const n = i + 1;
            return (
              <fieldset class="plan-chapter-fields">
                <legend class="h3">
                  Kapitel {n}
                  {chapter.theme ? '' : ' (tomt kapitel udelades)'}
                </legend>
                <TextField id={`tema_${n}`} label="Tema" value={chapter.theme} error={errorOf(`tema_${n}`)} />
                <TextArea id={`maal_${n}`} label="Mål (Markdown)" value={chapter.goals} rows={4} />
                <TextArea id={`beskrivelse_${n}`} label="Beskrivelse (Markdown)" value={chapter.description} rows={8} />
              </fieldset>
            );
          })}
          <SubmitButton>Gem versionen</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}
