/**
 * The secretariat's processes (/sekretariat/forloeb): the list with the processes the user keeps,
 * starting one from a template (pick the template, then the bodies for its roles), a process's
 * page of work — each step with its forms (schedule on a meeting, mark done with an override
 * reason when a gate is open, skip with a reason, move, remove, edit) — new steps and phases, and a
 * step's form. Danish, as the secretariat's other pages. On a problem the page comes back with what
 * was typed and each bad field named.
 */
import { Breadcrumbs } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ButtonForm, ErrorSummary, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { SECRETARIAT_LINKS, WorkNav } from '../questions/work-nav.js';
import { DataTable } from '../tables.js';
import type { ProcessListItemView } from './process-views.js';

export interface Choice {
  value: string;
  label: string;
}

const BASE = '/sekretariat/forloeb';

function Work({
  title,
  crumbs,
  children,
}: {
  title: string;
  crumbs: { label: string; href?: string }[];
  children?: unknown;
}) {
  return (
    <Layout title={title}>
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current={BASE} label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Forløb', href: BASE }, ...crumbs]} />
        {children as never}
      </div>
    </Layout>
  );
}

export function ProcessWorkPage({ processes }: { processes: (ProcessListItemView & { editHref: string })[] }) {
  return (
    <Layout title="Forløb">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current={BASE} label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Forløb' }]} />
        <h1>Forløb</h1>
        <p class="font-lead">
          Et forløb samler de trin, en sag går igennem på tværs af møder og organer – fx en nærsundhedsplan eller en
          rammeaftale. Borgerne kan følge det på forløbets offentlige side.
        </p>
        <p>
          <a class="button button-primary" href={`${BASE}/nyt`}>
            Start et forløb fra en skabelon
          </a>
        </p>
        {processes.length === 0 ? (
          <p>Du har ingen forløb endnu.</p>
        ) : (
          <DataTable caption="Dine forløb" head={['Forløb', 'Ansvarligt organ', 'Gennemført']}>
            {processes.map((process) => (
              <tr>
                <th scope="row">
                  <a href={process.editHref}>{process.title}</a>
                  {process.flaggedReason ? (
                    <span class="badge badge-warning process-flag">Kræver opmærksomhed</span>
                  ) : null}
                </th>
                <td>{process.owner.name}</td>
                <td>{process.progressText}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </Layout>
  );
}

export interface StartValues {
  template: string;
  title: string;
  owner: string;
  startsOn: string;
  /** Role key → what was typed (one name a line for a role for many). */
  roles: Record<string, string>;
}

export interface TemplateChoice {
  key: string;
  title: string;
  description: string;
  roles: { key: string; label: string; isOwner?: boolean; isMany?: boolean }[];
}

export function StartProcessPage({
  templates,
  chosen,
  values,
  problems = [],
  owners,
  csrfToken,
}: {
  templates: TemplateChoice[];
  chosen: TemplateChoice | null;
  values: StartValues;
  problems?: Problem[];
  owners: Choice[];
  csrfToken: string;
}) {
  const field = fieldsOf(values, problems);
  return (
    <Work title="Start et forløb" crumbs={[{ label: 'Start et forløb' }]}>
      <h1>Start et forløb</h1>
      <ErrorSummary problems={problems} />
      {!chosen ? (
        <form method="get" action={`${BASE}/nyt`}>
          <fieldset>
            <legend class="h2">Vælg en skabelon</legend>
            {templates.map((template, i) => (
              <div class="form-group-radio">
                <input
                  type="radio"
                  id={`skabelon-${template.key}`}
                  name="skabelon"
                  value={template.key}
                  class="form-radio radio-large"
                  checked={i === 0}
                />
                <label for={`skabelon-${template.key}`}>{template.title}</label>
                <p class="form-hint">{template.description}</p>
              </div>
            ))}
          </fieldset>
          <SubmitButton>Videre</SubmitButton>
        </form>
      ) : (
        <>
          <h2>{chosen.title}</h2>
          <p>{chosen.description}</p>
          <p>
            <a href={`${BASE}/nyt`}>Vælg en anden skabelon</a>
          </p>
          <PostForm action={BASE} csrfToken={csrfToken} hidden={{ template: chosen.key }}>
            <TextField {...field('title')} label="Titel (valgfrit)" hint={`Tom: »${chosen.title}«.`} />
            <Select
              {...field('owner')}
              label="Ansvarligt organ"
              options={[{ value: '', label: 'Vælg …' }, ...owners]}
              required
            />
            <TextField
              {...field('startsOn')}
              label="Forløbet starter"
              hint="Dato, fx 1.5.2026. Skabelonens datoer regnes fra året (for »Sag til K22 og derefter KKR«: fra dagen for K22)."
              required
            />
            <h3>Hvem behandler trinnene?</h3>
            <p>
              Skriv organets navn, som det står i Protokol, for at knytte trinnet til organet. Et andet navn bliver et
              organ uden for Protokol, som kun nævnes. Tomt: skabelonens betegnelse.
            </p>
            {chosen.roles
              .filter((role) => !role.isOwner)
              .map((role) =>
                role.isMany ? (
                  <TextArea
                    id={`role-${role.key}`}
                    name={`role-${role.key}`}
                    label={role.label}
                    hint="Ét organ pr. linje: hvert får sit eget trin, og trinnene løber side om side."
                    value={values.roles[role.key] ?? ''}
                    error={problems.find((p) => p.field === `role-${role.key}`)?.text}
                    rows={5}
                  />
                ) : (
                  <TextField
                    id={`role-${role.key}`}
                    name={`role-${role.key}`}
                    label={role.label}
                    value={values.roles[role.key] ?? ''}
                    error={problems.find((p) => p.field === `role-${role.key}`)?.text}
                  />
                ),
              )}
            <SubmitButton>Start forløbet</SubmitButton>
          </PostForm>
        </>
      )}
    </Work>
  );
}

export interface EditStepView {
  id: number;
  title: string;
  bodyName: string;
  dueText: string;
  stateText: string;
  isOpen: boolean;
  treatedText: string | null;
  requiresText: string | null;
  notes: string[];
}

export interface ProcessEditView {
  id: number;
  title: string;
  publicHref: string;
  flaggedReason: string | null;
  phases: { id: number; title: string; periodText: string }[];
  steps: EditStepView[];
  meetings: Choice[];
}

/** What was typed into one step's forms, kept on a problem. */
export interface StepFormValues {
  stepId: number;
  overrideReason?: string;
  skipReason?: string;
  meeting?: string;
  item?: string;
}

/**
 * A one-button form that acts on a step or a phase (move it up or down, remove it); screen readers
 * hear the label with what it acts on ("Flyt op: »Høring«").
 */
function ActionButton({
  action,
  label,
  subject,
  csrfToken,
  direction,
  kind = 'secondary',
}: {
  action: string;
  label: string;
  /** What the button acts on, as read aloud: "»Høring«", "fasen »Forberedelse«". */
  subject: string;
  csrfToken: string;
  /** For …/flyt: which way. */
  direction?: 'up' | 'down';
  kind?: 'secondary' | 'tertiary';
}) {
  return (
    <ButtonForm
      action={action}
      csrfToken={csrfToken}
      label={label}
      hidden={direction ? { direction } : {}}
      kind={kind}
      accessibleLabel={`${label}: ${subject}`}
    />
  );
}

function StepWork({
  step,
  index,
  count,
  meetings,
  csrfToken,
  kept,
  problems,
}: {
  step: EditStepView;
  index: number;
  count: number;
  meetings: Choice[];
  csrfToken: string;
  kept: StepFormValues | null;
  problems: Problem[];
}) {
  const action = `${BASE}/trin/${step.id}`;
  const error = (name: string) => (kept ? problems.find((p) => p.field === name)?.text : undefined);
  const id = (name: string) => `${name}-${step.id}`;
  const on = { subject: `»${step.title}«`, csrfToken };
  return (
    <section aria-labelledby={`trin-${step.id}`} class="process-step-work">
      <h3 id={`trin-${step.id}`}>
        {index + 1}. {step.title}
      </h3>
      <p>
        {step.bodyName}
        {step.dueText ? ` · frist ${step.dueText}` : ''} · <strong>{step.stateText}</strong>
        {step.treatedText ? ` · ${step.treatedText}` : ''}
      </p>
      {step.requiresText ? <p class="form-hint">{step.requiresText}</p> : null}
      {step.notes.map((note) => (
        <p class="form-hint">{note}</p>
      ))}
      <div class="process-step-actions">
        <a href={`${action}`}>Redigér »{step.title}«</a>
        {index > 0 ? <ActionButton {...on} action={`${action}/flyt`} label="Flyt op" direction="up" /> : null}
        {index < count - 1 ? (
          <ActionButton {...on} action={`${action}/flyt`} label="Flyt ned" direction="down" />
        ) : null}
        <ActionButton {...on} action={`${action}/slet`} label="Fjern" kind="tertiary" />
      </div>
      {step.isOpen ? (
        <details open={kept !== null}>
          <summary>Sæt på et møde, markér som gennemført eller spring over</summary>
          <PostForm action={`${action}/planlaeg`} csrfToken={csrfToken}>
            <Select
              id={id('meeting')}
              name="meeting"
              label="Sæt på et møde"
              hint="Et nyt punkt med trinnets titel kommer på mødets dagsorden."
              options={[{ value: '', label: 'Vælg et møde …' }, ...meetings]}
              value={kept?.meeting ?? ''}
              error={error('meeting')}
            />
            <TextField
              id={id('item')}
              name="item"
              label="… eller knyt til et offentliggjort punkt"
              hint="Punktets adresse, fx /punkt/1234 (et importeret referat fra et andet organ)."
              value={kept?.item ?? ''}
              error={error('item')}
            />
            <SubmitButton>Planlæg trinnet</SubmitButton>
          </PostForm>
          <PostForm action={`${action}/gennemfoert`} csrfToken={csrfToken}>
            <TextArea
              id={id('overrideReason')}
              name="overrideReason"
              label="Begrundelse, hvis en betingelse ikke er opfyldt (valgfrit)"
              hint="Begrundelsen vises offentligt på forløbets side."
              value={kept?.overrideReason ?? ''}
              error={error('overrideReason')}
              rows={2}
            />
            <SubmitButton>Markér som gennemført</SubmitButton>
          </PostForm>
          <PostForm action={`${action}/spring-over`} csrfToken={csrfToken}>
            <TextField
              id={id('skipReason')}
              name="skipReason"
              label="Begrundelse for at springe trinnet over"
              value={kept?.skipReason ?? ''}
              error={error('skipReason')}
            />
            <SubmitButton kind="secondary">Spring over</SubmitButton>
          </PostForm>
        </details>
      ) : null}
    </section>
  );
}

export function ProcessEditPage({
  process,
  csrfToken,
  problems = [],
  kept = null,
  notice,
}: {
  process: ProcessEditView;
  csrfToken: string;
  problems?: Problem[];
  kept?: StepFormValues | null;
  notice?: string;
}) {
  return (
    <Work title={process.title} crumbs={[{ label: process.title }]}>
      <h1>{process.title}</h1>
      {notice ? (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">{notice}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary problems={problems} />
      {process.flaggedReason ? (
        <div class="alert alert-warning">
          <div class="alert-body">
            <p class="alert-heading">Kræver opmærksomhed</p>
            <p class="alert-text">{process.flaggedReason}</p>
          </div>
        </div>
      ) : null}
      <p>
        <a href={process.publicHref}>Se forløbets offentlige side med tidslinjen</a>
      </p>
      <h2>Trin</h2>
      {process.steps.map((step, index) => (
        <StepWork
          step={step}
          index={index}
          count={process.steps.length}
          meetings={process.meetings}
          csrfToken={csrfToken}
          kept={kept?.stepId === step.id ? kept : null}
          problems={problems}
        />
      ))}
      <p>
        <a class="button button-secondary" href={`${BASE}/${process.id}/trin/nyt`}>
          Tilføj et trin
        </a>
      </p>
      <h2>Faser</h2>
      {process.phases.length === 0 ? <p>Forløbet har ingen faser.</p> : null}
      <ul class="nobullet-list">
        {process.phases.map((phase) => (
          <li>
            {phase.title} ({phase.periodText}){' '}
            <ActionButton
              action={`${BASE}/${process.id}/faser/${phase.id}/slet`}
              label="Fjern"
              subject={`fasen »${phase.title}«`}
              kind="tertiary"
              csrfToken={csrfToken}
            />
          </li>
        ))}
      </ul>
      <PostForm action={`${BASE}/${process.id}/faser`} csrfToken={csrfToken}>
        <fieldset>
          <legend class="h3">Tilføj en fase</legend>
          <TextField
            id="phase-title"
            name="title"
            label="Fasens navn"
            value={kept ? '' : undefined}
            error={problems.find((p) => p.field === 'phase-title')?.text}
          />
          <TextField
            id="phase-startsOn"
            name="startsOn"
            label="Fra dato"
            hint="Fx 1.6.2026."
            error={problems.find((p) => p.field === 'phase-startsOn')?.text}
          />
          <TextField
            id="phase-endsOn"
            name="endsOn"
            label="Til og med dato"
            hint="Fx 31.10.2026."
            error={problems.find((p) => p.field === 'phase-endsOn')?.text}
          />
          <SubmitButton kind="secondary">Tilføj fasen</SubmitButton>
        </fieldset>
      </PostForm>
    </Work>
  );
}

export interface StepEditValues {
  title: string;
  action: string;
  body: string;
  due: string;
  phase: string;
  parallelGroup: string;
  requires: string;
}

export function StepFormPage({
  process,
  stepId,
  values,
  problems = [],
  actions,
  phases,
  csrfToken,
}: {
  process: { id: number; title: string };
  stepId: number | null;
  values: StepEditValues;
  problems?: Problem[];
  actions: Choice[];
  phases: Choice[];
  csrfToken: string;
}) {
  const field = fieldsOf(values, problems);
  const heading = stepId === null ? 'Nyt trin' : `Redigér »${values.title}«`;
  return (
    <Work title={heading} crumbs={[{ label: process.title, href: `${BASE}/${process.id}` }, { label: heading }]}>
      <h1>{heading}</h1>
      <ErrorSummary problems={problems} />
      <PostForm
        action={stepId === null ? `${BASE}/${process.id}/trin` : `${BASE}/trin/${stepId}`}
        csrfToken={csrfToken}
      >
        <TextField {...field('title')} label="Hvad er trinnet" hint="Fx »Behandling i KKR«." required />
        <Select {...field('action')} label="Hvad sker der" options={actions} required />
        <TextField
          {...field('body')}
          label="Organ"
          hint="Navnet som i Protokol knytter trinnet til organet; et andet navn nævnes kun (et organ uden for Protokol)."
          required
        />
        <TextField
          {...field('due')}
          label="Frist (valgfrit)"
          hint="En dato (1.4.2027), en måned (august 2026) eller måneder (aug./sep. 2026)."
        />
        <Select {...field('phase')} label="Fase (valgfrit)" options={[{ value: '', label: 'Ingen fase' }, ...phases]} />
        <TextField
          {...field('parallelGroup')}
          label="Løber side om side med (valgfrit)"
          hint="Trin med samme navn her tælles sammen, fx »Vedtagelse i kommunerne«: 22 af 22."
        />
        <TextField
          {...field('requires')}
          label="Kræver først (valgfrit)"
          hint="Numrene på de trin, der skal være gennemført først, fx 5, 6, 7."
        />
        <SubmitButton>Gem trinnet</SubmitButton>
      </PostForm>
    </Work>
  );
}
