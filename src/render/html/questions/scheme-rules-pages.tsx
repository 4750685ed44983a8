/**
 * A body's rules for its question scheme: the secretariat's form (/sekretariat/sporgsmaal/regler)
 * — the answer deadline, publishing of answers, the note for members — and the members' read-only
 * page (/sporgsmaal/regler).
 */
import { BodyRulesForm, type BodyRulesPageProps, WayChoice } from '../body-rules-form.js';
import { Facts } from '../components.js';
import { Checkbox, errorLookup, fieldsOf, TextArea, TextField } from '../fields.js';
import { PageAlerts, type Problem } from '../forms.js';
import { Layout } from '../layout.js';
import { type BodyLink, Paragraphs } from './question-views.js';
import { BodyFilter, ListFilter, MEMBER_LINKS, SECRETARIAT_LINKS, WorkNav } from './work-nav.js';

export const SCHEME_RULES_TITLE = 'Regler for spørgeordningen';

/** A body's rules as a member reads them. */
export interface SchemeRulesView {
  /** "5 arbejdsdage efter modtagelsen" */
  deadlineText: string;
  /** "Weekender og helligdage tæller ikke med." */
  deadlineHint: string;
  /** "Stiller du et spørgsmål i dag, er fristen 30. marts 2026." */
  exampleText: string;
  publishesAnswers: boolean;
  publicAnswersHref: string;
  memberNote: string | null;
}

export interface SchemeRulesFormValues {
  deadlineKind: string;
  weeks: string;
  days: string;
  workingDays: string;
  publishesAnswers: boolean;
  memberNote: string;
}

/** The rules as facts: the deadline with an example, and whether answers are published. */
export function SchemeRulesFacts({ rules }: { rules: SchemeRulesView }) {
  return (
    <Facts
      rows={[
        [
          'Frist for svar',
          <>
            {rules.deadlineText}. {rules.deadlineHint} {rules.exampleText}
          </>,
        ],
        [
          'Offentliggørelse',
          rules.publishesAnswers ? (
            <>
              De åbne dele af svarene offentliggøres på portalen:{' '}
              <a href={rules.publicAnswersHref}>offentliggjorte spørgsmål og svar</a>.
            </>
          ) : (
            'Svarene offentliggøres ikke på portalen.'
          ),
        ],
      ]}
    />
  );
}

/** The secretariat's note for members, under its own heading; nothing when there is none. */
export function MemberNote({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <section aria-labelledby="member-note-heading">
      <h2 id="member-note-heading">Fra sekretariatet</h2>
      <Paragraphs text={note} />
    </section>
  );
}

export function MemberSchemeRulesPage({
  body,
  rules,
  askHref,
}: {
  body: { name: string };
  rules: SchemeRulesView;
  /** The ask page, when the reader may ask in the body. */
  askHref: string | null;
}) {
  return (
    <Layout title={`${SCHEME_RULES_TITLE} – ${body.name}`}>
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>{SCHEME_RULES_TITLE}</h1>
        <p class="font-lead">Spørgeordningen for {body.name}.</p>
        <SchemeRulesFacts rules={rules} />
        <h2>Sådan fungerer ordningen</h2>
        <ul>
          <li>Spørgsmålet skal vedrøre organets opgaveområde.</li>
          <li>Kan svaret ikke gives inden for fristen, kontakter administrationen dig.</li>
          <li>
            Formanden kan afvise et spørgsmål, der kræver omfattende ressourcer; så kontaktes du for at afgrænse det.
          </li>
          <li>Spørgsmål om enkeltpersoner besvares uden for ordningen.</li>
          <li>Alle medlemmer af organet får besked om svaret. Fortrolige dele af et svar er markeret.</li>
        </ul>
        <MemberNote note={rules.memberNote} />
        {askHref ? (
          <p>
            <a class="button button-primary" href={askHref}>
              Stil et spørgsmål
            </a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}

/** /sporgsmaal/regler without a body, for one who belongs to several: which body's rules. */
export function ChooseSchemeRulesPage({ bodies }: { bodies: BodyLink[] }) {
  return (
    <Layout title={SCHEME_RULES_TITLE}>
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>{SCHEME_RULES_TITLE}</h1>
        {bodies.length === 0 ? (
          <p>Du er ikke medlem af et organ med spørgeordning.</p>
        ) : (
          <>
            <p>Vælg organet, hvis regler du vil læse.</p>
            <ul>
              {bodies.map((body) => (
                <li>
                  <a href={body.href}>{body.name}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Layout>
  );
}

function RulesForm({
  body,
  values,
  problems,
  csrfToken,
}: {
  body: { slug: string };
  values: SchemeRulesFormValues;
  problems: Problem[];
  csrfToken: string;
}) {
  const field = fieldsOf(values, problems);
  const errorOf = errorLookup(problems);
  return (
    <BodyRulesForm action="/sekretariat/sporgsmaal/regler" body={body} csrfToken={csrfToken} save="Gem reglerne">
      <WayChoice
        name="deadlineKind"
        legend="Hvordan regnes fristen for svar?"
        hint="Fristen regnes fra den dag, spørgsmålet modtages. En ny frist gælder de spørgsmål, der stilles fremover."
        error={errorOf('deadlineKind')}
        value={values.deadlineKind}
        ways={[
          {
            value: 'calendar',
            label: 'I uger og dage efter kalenderen',
            hint: 'Fristen kan falde på en weekend eller helligdag.',
          },
          {
            id: 'deadlineKind-working-days',
            value: 'working_days',
            label: 'I arbejdsdage',
            hint: 'Weekender og helligdage tæller ikke med.',
          },
        ]}
      />
      <TextField {...field('weeks')} label="Antal uger" hint="Ved frist i uger og dage, fx 1." maxlength={6} />
      <TextField {...field('days')} label="Antal dage" hint="Ved frist i uger og dage, fx 0." maxlength={6} />
      <TextField
        {...field('workingDays')}
        label="Antal arbejdsdage"
        hint="Ved frist i arbejdsdage, fx 5."
        maxlength={6}
      />
      <Checkbox
        id="publishesAnswers"
        label="Offentliggør de åbne dele af svarene på portalen"
        hint="Gælder svar, der gives fremover. Fortrolige dele, noter og hvem der spurgte, offentliggøres aldrig."
        checked={values.publishesAnswers}
      />
      <TextArea
        {...field('memberNote')}
        label="Oplysninger til medlemmerne (valgfrit)"
        hint="Vises, når et medlem stiller et spørgsmål. Fx hvad der ligger uden for ordningen, og hvem medlemmerne kan kontakte."
        rows={5}
      />
    </BodyRulesForm>
  );
}

export function SecretariatSchemeRulesPage(props: BodyRulesPageProps<SchemeRulesFormValues>) {
  const { body, bodies, values, problems = [], csrfToken, notice } = props;
  return (
    <Layout title={body ? `${SCHEME_RULES_TITLE} – ${body.name}` : SCHEME_RULES_TITLE}>
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="" label="Sekretariatet" />
        <h1>{SCHEME_RULES_TITLE}</h1>
        {body ? (
          <>
            <p class="font-lead">Spørgeordningen for {body.name}.</p>
            <PageAlerts notice={notice} problems={problems} />
            <p>
              <a href={`/sporgsmaal/regler?organ=${body.slug}`}>Se reglerne, som medlemmerne ser dem</a>
              {bodies.length > 1 ? (
                <>
                  {' '}
                  · <a href="/sekretariat/sporgsmaal/regler">Vælg et andet organ</a>
                </>
              ) : null}{' '}
              · <a href={`/sekretariat/sporgsmaal?organ=${body.slug}`}>Organets spørgsmål</a>
            </p>
            <RulesForm body={body} values={values} problems={problems} csrfToken={csrfToken} />
          </>
        ) : (
          <>
            <p>Vælg det organ, hvis regler for spørgeordningen du vil se eller ændre.</p>
            <ListFilter action="/sekretariat/sporgsmaal/regler">
              <BodyFilter value="" bodies={bodies} allowsAll={false} />
            </ListFilter>
          </>
        )}
      </div>
    </Layout>
  );
}
