/**
 * The secretariat's GP capacity pages (Danish, as the secretariat's other pages): load figures from
 * CSV (/sekretariat/laegedaekning: a file, or the text pasted; each bad row named with its column,
 * what was pasted kept) and handle one council's board (/sekretariat/laegedaekning/:slug): record
 * how a vacancy ended with the decision that ended it, and link a decision to the board.
 */
import { Breadcrumbs } from '../components.js';
import { describedBy, FieldGroup, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { SECRETARIAT_LINKS, WorkNav } from '../questions/work-nav.js';

export interface GpUploadValues {
  csv: string;
}

export function GpUploadPage(props: {
  values: GpUploadValues;
  problems?: Problem[];
  columns: readonly string[];
  boards: { name: string; href: string }[];
  csrfToken: string;
}) {
  const problems = props.problems ?? [];
  const field = fieldsOf(props.values, problems);
  const fileError = problems.find((problem) => problem.field === 'fil')?.text;
  return (
    <Layout title="Indlæs lægedækning">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/laegedaekning" label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Lægedækning', href: '/laegedaekning' }, { label: 'Indlæs tal' }]} />
        <h1>Indlæs lægedækning</h1>
        <p class="font-lead">
          Én række pr. ydernummer for et eller flere sundhedsråd, du er sekretariat for. Rådets områder og ydernumre
          erstattes helt; vakancer og historik bevares, og måneden for datoen får sit øjebliksbillede. Er én række
          forkert, gemmes intet.
        </p>
        <p>
          Kolonner (semikolon eller komma imellem, overskriften først): <code>{props.columns.join(';')}</code>. Se
          README eller <code>protokol gp --help</code>.
        </p>
        <ErrorSummary problems={problems} />
        <PostForm action="/sekretariat/laegedaekning" csrfToken={props.csrfToken} enctype="multipart/form-data">
          <FieldGroup id="fil" label="CSV-fil" hint="Fra regneark: gem som CSV (semikolon)." error={fileError}>
            <input
              class="form-file-input"
              type="file"
              id="fil"
              name="fil"
              accept=".csv,text/csv"
              aria-describedby={describedBy('fil', 'Fra regneark: gem som CSV (semikolon).', fileError)}
            />
          </FieldGroup>
          <TextArea {...field('csv')} label="Eller sæt teksten ind her" rows={8} />
          <SubmitButton>Indlæs</SubmitButton>
        </PostForm>
        {props.boards.length > 0 ? (
          <>
            <h2>Dine sundhedsråds lægedækning</h2>
            <ul>
              {props.boards.map((board) => (
                <li>
                  <a href={board.href}>{board.name}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Layout>
  );
}

export interface OutcomeValues {
  outcome: string;
  decidedOn: string;
  decision: string;
  note: string;
}

export interface LinkValues {
  decision: string;
  note: string;
}

export interface ManageGpBoardView {
  council: string;
  slug: string;
  publicHref: string;
  openVacancies: { id: number; label: string }[];
}

export function ManageGpBoardPage(props: {
  board: ManageGpBoardView;
  outcome?: { id: number; values: OutcomeValues };
  link?: LinkValues;
  problems?: Problem[];
  outcomes: { value: string; label: string }[];
  csrfToken: string;
}) {
  const { board, csrfToken } = props;
  const problems = props.problems ?? [];
  const base = `/sekretariat/laegedaekning/${board.slug}`;
  const link = fieldsOf(props.link ?? { decision: '', note: '' }, props.link ? problems : []);
  return (
    <Layout title={`Lægedækning: ${board.council}`}>
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/laegedaekning" label="Sekretariatet" />
        <Breadcrumbs
          items={[
            { label: 'Lægedækning', href: '/laegedaekning' },
            { label: board.council, href: board.publicHref },
            { label: 'Behandl' },
          ]}
        />
        <h1>Lægedækning: {board.council}</h1>
        <ErrorSummary problems={problems} />
        <p>
          <a href="/sekretariat/laegedaekning">Indlæs nye tal (CSV)</a>
        </p>
        <h2>Vakante ydernumre</h2>
        {board.openVacancies.length === 0 ? <p>Ingen vakancer venter på en afgørelse.</p> : null}
        {board.openVacancies.map((vacancy) => {
          const typed =
            props.outcome?.id === vacancy.id
              ? props.outcome.values
              : { outcome: '', decidedOn: '', decision: '', note: '' };
          const field = fieldsOf(typed, props.outcome?.id === vacancy.id ? problems : []);
          const own = (name: keyof OutcomeValues) => ({ ...field(name), id: `${name}-${vacancy.id}`, name });
          return (
            <section aria-labelledby={`vacancy-${vacancy.id}`}>
              <h3 id={`vacancy-${vacancy.id}`}>{vacancy.label}</h3>
              <PostForm action={`${base}/vakance/${vacancy.id}`} csrfToken={csrfToken}>
                <Select
                  {...own('outcome')}
                  label="Afgørelse"
                  options={[{ value: '', label: 'Vælg …' }, ...props.outcomes]}
                  required
                />
                <TextField {...own('decidedOn')} label="Besluttet den" hint="Fx 16.3.2026." required />
                <TextField
                  {...own('decision')}
                  label="Beslutningen (valgfrit)"
                  hint="Punktets adresse, fx /punkt/1234."
                />
                <TextArea {...own('note')} label="Bemærkning (valgfrit)" rows={2} />
                <SubmitButton>Gem afgørelsen</SubmitButton>
              </PostForm>
            </section>
          );
        })}
        <h2>Knyt en beslutning til lægedækningen</h2>
        <PostForm action={`${base}/beslutning`} csrfToken={csrfToken}>
          <TextField {...link('decision')} label="Beslutningen" hint="Punktets adresse, fx /punkt/1234." required />
          <TextArea {...link('note')} label="Hvad blev besluttet (valgfrit)" rows={2} />
          <SubmitButton>Knyt beslutningen</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}
