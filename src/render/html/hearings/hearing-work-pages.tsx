/**
 * The secretariat's hearings (Danish, as the secretariat's other pages): the hearings it keeps
 * (/sekretariat/hoeringer), a new hearing (what is heard, consultees one per line with an optional
 * e-mail address, start and deadline, the process step it is), and a hearing's own page: the
 * consultees and their e-mails, every response (publish, or withhold with a reason shown publicly),
 * a response received otherwise, the memo (introduction; per response the answer and the change),
 * publishing the memo with the body's decision, and the process step.
 */
import { Breadcrumbs, Facts, HeadedSection } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ButtonForm, ErrorSummary, Notice, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';

export interface Choice {
  value: string;
  label: string;
}

export interface NewHearingValues {
  body: string;
  title: string;
  description: string;
  planVersion: string;
  attachment: string;
  consultees: string;
  startsOn: string;
  deadlineOn: string;
  step: string;
}

export interface WorkResponseView {
  id: number;
  from: string;
  receivedText: string;
  channelText: string;
  stateText: string;
  state: 'received' | 'published' | 'withheld';
  text: string;
  fileHref: string | null;
  withheldReason: string | null;
  memoAnswer: string;
  memoChange: string;
}

export interface HearingWorkView {
  id: number;
  title: string;
  publicHref: string;
  periodText: string;
  consultees: { name: string; mailText: string }[];
  responses: WorkResponseView[];
  memoText: string;
  isMemoPublished: boolean;
  memoPublishedText: string | null;
  stepOptions: Choice[];
  step: string;
}

const Crumbs = ({ title }: { title: string }) => (
  <Breadcrumbs
    items={[
      { label: 'Sekretariatet', href: '/sekretariat' },
      { label: 'Høringer', href: '/sekretariat/hoeringer' },
      { label: title },
    ]}
  />
);

export function HearingWorkListPage({ hearings }: { hearings: { title: string; href: string; text: string }[] }) {
  return (
    <Layout title="Høringer – sekretariatet">
      <div lang="da">
        <Breadcrumbs items={[{ label: 'Sekretariatet', href: '/sekretariat' }, { label: 'Høringer' }]} />
        <h1>Høringer</h1>
        <p class="font-lead">
          Send et udkast i høring, gennemgå svarene, og skriv høringsnotatet. Høringsparter med e-mail får invitationen,
          når høringen starter, og en påmindelse før fristen.
        </p>
        <p>
          <a class="button button-secondary" href="/sekretariat/hoeringer/ny">
            Opret en høring
          </a>{' '}
          <a class="button button-secondary" href="/sekretariat/planer">
            Planer
          </a>
        </p>
        {hearings.length === 0 ? (
          <p>Der er ingen høringer endnu.</p>
        ) : (
          <ul>
            {hearings.map((h) => (
              <li>
                <a href={h.href}>{h.title}</a> ({h.text})
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

export function NewHearingPage({
  values,
  problems = [],
  bodies,
  planVersions,
  steps,
  csrfToken,
}: {
  values: NewHearingValues;
  problems?: Problem[];
  bodies: Choice[];
  planVersions: Choice[];
  steps: Choice[];
  csrfToken: string;
}) {
  const field = fieldsOf(values, problems);
  const none = { value: '', label: 'Ingen' };
  return (
    <Layout title="Ny høring">
      <div lang="da">
        <Crumbs title="Ny høring" />
        <h1>Ny høring</h1>
        <ErrorSummary problems={problems} />
        <PostForm action="/sekretariat/hoeringer" csrfToken={csrfToken}>
          <Select {...field('body')} label="Organ" options={[{ value: '', label: 'Vælg …' }, ...bodies]} required />
          <TextField {...field('title')} label="Titel" hint="Fx »Høring over udkast til nærsundhedsplan«." required />
          <TextArea {...field('description')} label="Hvad der spørges om (Markdown)" rows={5} />
          <Select
            {...field('planVersion')}
            label="Dokumentet i høring: en version af en plan"
            options={[none, ...planVersions]}
          />
          <TextField
            {...field('attachment')}
            label="… eller et offentliggjort bilag"
            hint="Bilagets adresse, fx /bilag/123. Kun et åbent bilag på et åbent punkt."
          />
          <TextArea
            {...field('consultees')}
            label="Høringsparter"
            hint="Én pr. linje: navn, semikolon, e-mail (valgfri). Fx »Ældrerådet; aeldreraad@eksempel.dk«."
            rows={6}
          />
          <TextField {...field('startsOn')} type="date" label="Høringen starter" hint="ÅÅÅÅ-MM-DD." required />
          <TextField
            {...field('deadlineOn')}
            type="date"
            label="Høringsfrist"
            hint="ÅÅÅÅ-MM-DD. Bliver en opfølgning."
            required
          />
          <Select {...field('step')} label="Trin i et forløb (valgfrit)" options={[none, ...steps]} />
          <SubmitButton>Opret høringen</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}

function ResponseReview({
  hearing,
  response,
  csrfToken,
  problems,
}: {
  hearing: HearingWorkView;
  response: WorkResponseView;
  csrfToken: string;
  problems: Problem[];
}) {
  const base = `/sekretariat/hoeringer/${hearing.id}/svar/${response.id}`;
  const reasonError = problems.find((p) => p.field === `reason_${response.id}`)?.text;
  return (
    <article class="hearing-response" aria-labelledby={`response-${response.id}`}>
      <h3 id={`response-${response.id}`}>{response.from}</h3>
      <p class="muted">
        {response.receivedText} · {response.channelText} · <strong>{response.stateText}</strong>
      </p>
      <p class="preserve-lines">{response.text}</p>
      {response.fileHref ? (
        <p>
          <a href={response.fileHref}>Vedhæftet PDF</a>
        </p>
      ) : null}
      {response.withheldReason ? <p>Begrundelse (offentlig): {response.withheldReason}</p> : null}
      {hearing.isMemoPublished ? null : (
        <div class="hearing-review">
          {response.state === 'published' ? null : (
            <ButtonForm
              action={base}
              csrfToken={csrfToken}
              hidden={{ handling: 'publish' }}
              label="Offentliggør svaret"
              accessibleLabel={`Offentliggør svaret fra ${response.from}`}
            />
          )}
          {response.state === 'received' ? null : (
            <ButtonForm
              action={base}
              csrfToken={csrfToken}
              hidden={{ handling: 'reopen' }}
              label="Fortryd"
              accessibleLabel={`Fortryd gennemgangen af svaret fra ${response.from}`}
            />
          )}
          {response.state === 'withheld' ? null : (
            <PostForm action={base} csrfToken={csrfToken} hidden={{ handling: 'withhold' }}>
              <TextField
                id={`reason_${response.id}`}
                name="begrundelse"
                label="Begrundelse for ikke at offentliggøre (vises offentligt)"
                error={reasonError}
              />
              <SubmitButton kind="secondary">Offentliggør ikke</SubmitButton>
            </PostForm>
          )}
        </div>
      )}
    </article>
  );
}

export function HearingWorkPage({
  hearing,
  problems = [],
  notice,
  csrfToken,
  values,
}: {
  hearing: HearingWorkView;
  problems?: Problem[];
  notice?: string;
  csrfToken: string;
  /** What was typed into the registration and the publishing forms. */
  values: { name: string; organisation: string; text: string; decision: string };
}) {
  const field = fieldsOf(values, problems);
  const base = `/sekretariat/hoeringer/${hearing.id}`;
  return (
    <Layout title={`${hearing.title} – sekretariatet`}>
      <div lang="da">
        <Crumbs title={hearing.title} />
        <h1>{hearing.title}</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        <ErrorSummary problems={problems} />
        <p>
          <a href={hearing.publicHref}>Se høringens offentlige side</a>
        </p>
        <Facts
          rows={[
            ['Høringsperiode', hearing.periodText],
            ['Høringsnotat', hearing.memoPublishedText ?? 'Ikke offentliggjort'],
          ]}
        />
        <HeadedSection id="consultees" heading="Høringsparter">
          {hearing.consultees.length === 0 ? <p>Ingen navngivne høringsparter.</p> : null}
          <ul>
            {hearing.consultees.map((c) => (
              <li>
                {c.name} – {c.mailText}
              </li>
            ))}
          </ul>
        </HeadedSection>
        <HeadedSection id="responses" heading={`Høringssvar (${hearing.responses.length})`}>
          {hearing.responses.map((response) => (
            <ResponseReview hearing={hearing} response={response} csrfToken={csrfToken} problems={problems} />
          ))}
        </HeadedSection>
        {hearing.isMemoPublished ? null : (
          <>
            <HeadedSection id="register" heading="Registrér et svar, der er kommet på anden vis">
              <PostForm action={`${base}/svar`} csrfToken={csrfToken}>
                <TextField {...field('name')} label="Navn" required />
                <TextField {...field('organisation')} label="Organisation (valgfrit)" />
                <TextArea {...field('text')} label="Svaret" rows={6} required />
                <SubmitButton kind="secondary">Registrér svaret</SubmitButton>
              </PostForm>
            </HeadedSection>
            <HeadedSection id="memo" heading="Høringsnotat">
              <PostForm action={`${base}/notat`} csrfToken={csrfToken}>
                <TextArea
                  id="memoText"
                  name="indledning"
                  label="Indledning (Markdown)"
                  value={hearing.memoText}
                  rows={5}
                />
                {hearing.responses.map((r) => (
                  <fieldset>
                    <legend class="h4">{r.from}</legend>
                    <TextArea id={`answer_${r.id}`} label="Organets bemærkning" value={r.memoAnswer} rows={3} />
                    <TextArea id={`change_${r.id}`} label="Ændring i udkastet" value={r.memoChange} rows={2} />
                  </fieldset>
                ))}
                <SubmitButton kind="secondary">Gem høringsnotatet</SubmitButton>
              </PostForm>
            </HeadedSection>
            <HeadedSection id="publish" heading="Offentliggør høringsnotatet">
              <p>Alle svar skal være gennemgået (offentliggjort eller ikke offentliggjort med en begrundelse).</p>
              <PostForm action={`${base}/offentliggoer`} csrfToken={csrfToken}>
                <TextField
                  {...field('decision')}
                  label="Organets beslutning"
                  hint="Punktets adresse, fx /punkt/1234 (valgfrit)."
                />
                <SubmitButton>Offentliggør høringsnotatet</SubmitButton>
              </PostForm>
            </HeadedSection>
          </>
        )}
        <HeadedSection id="step" heading="Trin i et forløb">
          <PostForm action={`${base}/trin`} csrfToken={csrfToken}>
            <Select
              id="step"
              name="trin"
              label="Høringens trin"
              value={hearing.step}
              options={[{ value: '', label: 'Intet' }, ...hearing.stepOptions]}
            />
            <SubmitButton kind="secondary">Gem trinnet</SubmitButton>
          </PostForm>
        </HeadedSection>
      </div>
    </Layout>
  );
}
