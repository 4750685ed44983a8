/**
 * The secretariat's project pages (Danish, as the secretariat's other pages): register a project
 * (/sekretariat/projekter/ny) and handle one (/sekretariat/projekter/:id): move it on by a
 * decision (a stop with the amount given back), record a status report received (its text, address
 * and/or PDF), record what the project spent, put a received report on a coming meeting. On a
 * problem the page comes back with what was typed and each bad field named.
 */
import { Breadcrumbs } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, Notice, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { SECRETARIAT_LINKS, WorkNav } from '../questions/work-nav.js';

export interface Choice {
  value: string;
  label: string;
}

export interface NewProjectValues {
  name: string;
  purpose: string;
  source: string;
  pool: string;
  lead: string;
  also: string;
  appliedOn: string;
  applied: string;
  ownFunding: string;
  startsOn: string;
  endsOn: string;
  reportEvery: string;
}

export function NewProjectPage(props: {
  values: NewProjectValues;
  problems?: Problem[];
  sources: Choice[];
  bodies: Choice[];
  csrfToken: string;
}) {
  const problems = props.problems ?? [];
  const field = fieldsOf(props.values, problems);
  const choose = { value: '', label: 'Vælg …' };
  return (
    <Layout title="Nyt projekt">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/projekter/ny" label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Tilskud og projekter', href: '/projekter' }, { label: 'Nyt projekt' }]} />
        <h1>Nyt projekt</h1>
        <p class="font-lead">
          Registrér et projekt eller tilskud, når der er søgt. Bevillingen registreres bagefter som et skridt, knyttet
          til beslutningen, og kan ikke være større end det, der er tilbage af modtagerens del af rammen.
        </p>
        <ErrorSummary problems={problems} />
        <PostForm action="/sekretariat/projekter" csrfToken={props.csrfToken}>
          <TextField {...field('name')} label="Projektets navn" required />
          <TextArea {...field('purpose')} label="Formål" rows={3} required />
          <Select
            {...field('source')}
            label="Penge fra"
            hint="En modtagers del af en ramme, eller en pulje udenfor (skriv så puljens navn nedenfor)."
            options={[choose, { value: 'pool', label: 'En pulje udenfor Protokol' }, ...props.sources]}
            required
          />
          <TextField
            {...field('pool')}
            label="Puljens navn (kun for en pulje)"
            hint="Fx »Fonden for Almen Praksis' pulje«."
          />
          <Select {...field('lead')} label="Ansvarligt organ" options={[choose, ...props.bodies]} required />
          <Select
            {...field('also')}
            label="Også ansvarligt (valgfrit)"
            hint="Når projektet går på tværs af klynger."
            options={[{ value: '', label: 'Ingen' }, ...props.bodies]}
          />
          <TextField {...field('appliedOn')} label="Ansøgt den" hint="Fx 1.4.2025." required />
          <TextField
            {...field('applied')}
            label="Ansøgt beløb"
            hint="Som man skriver det: 818.200 kr. eller 2,5 mio. kr."
            required
          />
          <TextField {...field('ownFunding')} label="Egenfinansiering (valgfrit)" hint="Fx 200.000 kr." />
          <TextField {...field('startsOn')} label="Start (valgfrit)" hint="Fx 1.9.2025." />
          <TextField {...field('endsOn')} label="Slut (valgfrit)" hint="Fx 31.8.2026." />
          <TextField
            {...field('reportEvery')}
            label="Statusrapport hver … måned"
            hint="12 for en årlig status, eller som rammens vilkår siger."
            required
          />
          <SubmitButton>Registrér projektet</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}

export interface MoveValues {
  to: string;
  decidedOn: string;
  decision: string;
  note: string;
  granted: string;
  startsOn: string;
  endsOn: string;
  extendedTo: string;
  returned: string;
}

export interface SpendingValues {
  amount: string;
  spentOn: string;
  spendingNote: string;
}

export interface ReportFormView {
  id: number;
  dueText: string;
  received: boolean;
  onAgenda: boolean;
}

export interface ManageProjectView {
  id: number;
  name: string;
  href: string;
  statusText: string;
  nextStatuses: Choice[];
  reports: ReportFormView[];
  meetings: Choice[];
  /** "Forbrugt 150.000 kr. af 400.000 kr.; 250.000 kr. tilbage" (null: not granted, nothing to spend). */
  spendingText: string | null;
}

/** The report's PDF: a file field (never kept after a problem: the browser cannot fill it again). */
function ReportFileField({ id, error }: { id: string; error: string | null }) {
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>
        Rapporten som PDF (valgfrit)
      </label>
      <span class="form-hint" id={`${id}-hint`}>
        Højst 10 MB. Den kan hentes på projektets side og følger med, når rapporten sættes på en dagsorden.
      </span>
      {error ? (
        <span class="form-error-message" id={`${id}-error`}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      <input
        class="form-file-input"
        type="file"
        id={id}
        name="file"
        accept="application/pdf,.pdf"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}

/** What the project spent: the sum so far and the form for one more entry. */
function SpendingSection(props: {
  project: ManageProjectView;
  values: SpendingValues;
  problems: Problem[];
  csrfToken: string;
}) {
  const field = fieldsOf(props.values, props.problems);
  return (
    <>
      <h2>Forbrug</h2>
      {props.project.spendingText === null ? (
        <p>Forbrug kan registreres, når projektet er bevilget.</p>
      ) : (
        <>
          <p>{props.project.spendingText}</p>
          <PostForm action={`/sekretariat/projekter/${props.project.id}/forbrug`} csrfToken={props.csrfToken}>
            <TextField {...field('amount')} label="Beløb" hint="Fx 125.000 kr." required />
            <TextField {...field('spentOn')} label="Dato" hint="Fx 30.6.2026." required />
            <TextField {...field('spendingNote')} label="Bemærkning (valgfrit)" hint="Fx hvad pengene gik til." />
            <SubmitButton>Registrér forbruget</SubmitButton>
          </PostForm>
        </>
      )}
    </>
  );
}

export function ManageProjectPage(props: {
  project: ManageProjectView;
  move: MoveValues;
  report?: { id: number; values: { receivedOn: string; body: string; url: string } };
  spending?: SpendingValues;
  agendaFor?: number;
  problems?: Problem[];
  notice?: string;
  csrfToken: string;
}) {
  const { project, csrfToken } = props;
  const problems = props.problems ?? [];
  const field = fieldsOf(props.move, props.report || props.agendaFor || props.spending ? [] : problems);
  const base = `/sekretariat/projekter/${project.id}`;
  return (
    <Layout title={`Behandl ${project.name}`}>
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/projekter/ny" label="Sekretariatet" />
        <Breadcrumbs
          items={[
            { label: 'Tilskud og projekter', href: '/projekter' },
            { label: project.name, href: project.href },
            { label: 'Behandl' },
          ]}
        />
        <h1>Behandl »{project.name}«</h1>
        {props.notice ? <Notice>{props.notice}</Notice> : null}
        <ErrorSummary problems={problems} />
        <p>Status nu: {project.statusText}.</p>
        <h2>Flyt projektet videre</h2>
        {project.nextStatuses.length === 0 ? (
          <p>Projektet er afsluttet og kan ikke flyttes videre.</p>
        ) : (
          <PostForm action={`${base}/status`} csrfToken={csrfToken}>
            <Select
              {...field('to')}
              label="Ny status"
              options={[{ value: '', label: 'Vælg …' }, ...project.nextStatuses]}
              required
            />
            <TextField {...field('decidedOn')} label="Besluttet den" hint="Fx 16.3.2026." required />
            <TextField
              {...field('decision')}
              label="Beslutningen (valgfrit)"
              hint="Punktets adresse, fx /punkt/1234."
            />
            <TextField {...field('granted')} label="Bevilget beløb (ved bevilling)" hint="Tomt: det ansøgte beløb." />
            <TextField {...field('startsOn')} label="Start (når projektet går i gang)" />
            <TextField {...field('endsOn')} label="Slut (når projektet går i gang, valgfrit)" />
            <TextField {...field('extendedTo')} label="Forlænget til (ved forlængelse)" />
            <TextField
              {...field('returned')}
              label="Betalt tilbage (ved stop)"
              hint="Tomt: det uforbrugte af bevillingen. Det tilbagebetalte er ikke længere disponeret."
            />
            <TextArea {...field('note')} label="Bemærkning (valgfrit)" rows={2} />
            <SubmitButton>Gem skridtet</SubmitButton>
          </PostForm>
        )}
        <SpendingSection
          project={project}
          values={props.spending ?? { amount: '', spentOn: '', spendingNote: '' }}
          problems={props.spending ? problems : []}
          csrfToken={csrfToken}
        />
        <h2>Statusrapporter</h2>
        {project.reports.length === 0 ? <p>Ingen statusrapporter endnu: de kommer, når projektet går i gang.</p> : null}
        {project.reports.map((report) => {
          const typed = props.report?.id === report.id ? props.report.values : { receivedOn: '', body: '', url: '' };
          const reportField = fieldsOf(typed, props.report?.id === report.id ? problems : []);
          const agendaField = fieldsOf({ meeting: '' }, props.agendaFor === report.id ? problems : []);
          return (
            <section aria-labelledby={`report-${report.id}`}>
              <h3 id={`report-${report.id}`}>Frist {report.dueText}</h3>
              {!report.received ? (
                <PostForm action={`${base}/rapporter/${report.id}`} csrfToken={csrfToken} enctype="multipart/form-data">
                  <TextField
                    {...reportField('receivedOn')}
                    id={`receivedOn-${report.id}`}
                    name="receivedOn"
                    label="Modtaget den"
                    required
                  />
                  <TextArea
                    {...reportField('body')}
                    id={`body-${report.id}`}
                    name="body"
                    label="Rapportens tekst eller et resumé"
                    rows={3}
                  />
                  <TextField
                    {...reportField('url')}
                    id={`url-${report.id}`}
                    name="url"
                    label="Rapportens adresse (valgfrit)"
                    hint="Fx https://…"
                  />
                  <ReportFileField
                    id={`file-${report.id}`}
                    error={
                      props.report?.id === report.id ? (problems.find((p) => p.field === 'file')?.text ?? null) : null
                    }
                  />
                  <SubmitButton>Registrér rapporten som modtaget</SubmitButton>
                </PostForm>
              ) : report.onAgenda ? (
                <p>Rapporten er modtaget og sat på en dagsorden.</p>
              ) : project.meetings.length === 0 ? (
                <p>Rapporten er modtaget. Der er ingen kommende møder at sætte den på.</p>
              ) : (
                <PostForm action={`${base}/rapporter/${report.id}/dagsorden`} csrfToken={csrfToken}>
                  <Select
                    {...agendaField('meeting')}
                    id={`meeting-${report.id}`}
                    name="meeting"
                    label="Sæt rapporten på dagsordenen for mødet"
                    options={[{ value: '', label: 'Vælg …' }, ...project.meetings]}
                    required
                  />
                  <SubmitButton>Opret punktet på dagsordenen</SubmitButton>
                </PostForm>
              )}
            </section>
          );
        })}
      </div>
    </Layout>
  );
}
