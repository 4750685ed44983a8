/**
 * The secretariat's investment agreement pages (Danish, as the secretariat's other pages): create
 * an agreement as a proposal (/sekretariat/aftaler/ny) and handle one (/sekretariat/aftaler/:id):
 * move it on the status chain by a decision, record a municipal council's approval. On a problem
 * the page comes back with what was typed and each bad field named.
 */
import { AGREEMENT_YEARS } from '../../../domain/agreement.js';
import { Breadcrumbs } from '../components.js';
import { CheckboxItem, ChoiceGroup, errorLookup, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { SECRETARIAT_LINKS, WorkNav } from '../questions/work-nav.js';

export interface Choice {
  value: string;
  label: string;
}

export interface NewAgreementValues {
  title: string;
  purpose: string;
  council: string;
  kind: string;
  parties: string[];
  y2027: string;
  y2028: string;
  y2029: string;
  y2030: string;
  proposedOn: string;
}

export function NewAgreementPage(props: {
  values: NewAgreementValues;
  problems?: Problem[];
  councils: Choice[];
  municipalities: Choice[];
  csrfToken: string;
}) {
  const problems = props.problems ?? [];
  const field = fieldsOf(props.values, problems);
  const errorOf = errorLookup(problems);
  const choose = { value: '', label: 'Vælg …' };
  return (
    <Layout title="Ny investeringsaftale">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/aftaler/ny" label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Investeringsaftaler', href: '/aftaler' }, { label: 'Ny investeringsaftale' }]} />
        <h1>Ny investeringsaftale</h1>
        <p class="font-lead">
          Opret aftalen som forslag. Derefter flyttes den videre – forhandling, sundhedsrådets beslutning og hver
          kommunalbestyrelses godkendelse – hvert skridt knyttet til beslutningen.
        </p>
        <ErrorSummary problems={problems} />
        <PostForm action="/sekretariat/aftaler" csrfToken={props.csrfToken}>
          <TextField {...field('title')} label="Aftalens titel" required />
          <TextArea {...field('purpose')} label="Formål" rows={3} required />
          <Select {...field('council')} label="Sundhedsråd" options={[choose, ...props.councils]} required />
          <Select
            {...field('kind')}
            label="Type"
            hint="KL anbefaler varig effekt."
            options={[
              choose,
              { value: 'lasting_capacity', label: 'Varig kapacitet' },
              { value: 'temporary_development', label: 'Midlertidig udvikling' },
            ]}
            required
          />
          <ChoiceGroup
            name="parties"
            legend="Kommuner i aftalen"
            hint="En eller flere af sundhedsrådets kommuner."
            error={errorOf('parties')}
          >
            {props.municipalities.map((municipality, i) => (
              <CheckboxItem
                id={i === 0 ? 'parties' : `parties-${municipality.value}`}
                name="parties"
                value={municipality.value}
                label={municipality.label}
                checked={props.values.parties.includes(municipality.value)}
              />
            ))}
          </ChoiceGroup>
          {AGREEMENT_YEARS.map((year) => (
            <TextField
              {...field(`y${year}`)}
              label={`Beløb i ${year}`}
              hint="Som man skriver det: 2,5 mio. kr. eller 487.500 kr. Tomt: intet det år."
            />
          ))}
          <TextField {...field('proposedOn')} label="Foreslået den" hint="Fx 14.9.2026." required />
          <SubmitButton>Opret aftalen</SubmitButton>
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
}

export interface ApprovalValues {
  party: string;
  approvedOn: string;
  approvalDecision: string;
}

export interface ManageAgreementView {
  id: number;
  title: string;
  href: string;
  statusText: string;
  /** The next status, when the secretariat moves it by hand (not the approvals' own step). */
  next: Choice | null;
  /** The parties whose council has not approved yet, while the agreement is decided. */
  awaiting: Choice[];
  approvalsText: string;
}

export function ManageAgreementPage(props: {
  agreement: ManageAgreementView;
  move: MoveValues;
  approval: ApprovalValues;
  /** Which form the problems are about. */
  problemsOf?: 'move' | 'approval';
  problems?: Problem[];
  csrfToken: string;
}) {
  const { agreement, csrfToken } = props;
  const problems = props.problems ?? [];
  const moveField = fieldsOf(props.move, props.problemsOf === 'move' ? problems : []);
  const approvalField = fieldsOf(props.approval, props.problemsOf === 'approval' ? problems : []);
  const base = `/sekretariat/aftaler/${agreement.id}`;
  return (
    <Layout title={`Behandl ${agreement.title}`}>
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/aftaler/ny" label="Sekretariatet" />
        <Breadcrumbs
          items={[
            { label: 'Investeringsaftaler', href: '/aftaler' },
            { label: agreement.title, href: agreement.href },
            { label: 'Behandl' },
          ]}
        />
        <h1>Behandl »{agreement.title}«</h1>
        <ErrorSummary problems={problems} />
        <p>
          Status nu: {agreement.statusText}. {agreement.approvalsText}.
        </p>
        <h2>Flyt aftalen videre</h2>
        {agreement.next === null ? (
          <p>
            {agreement.awaiting.length > 0
              ? 'Aftalen bliver godkendt af alle kommunalbestyrelser, når den sidste godkendelse er registreret nedenfor.'
              : 'Aftalen er afrapporteret og kan ikke flyttes videre.'}
          </p>
        ) : (
          <PostForm action={`${base}/status`} csrfToken={csrfToken}>
            <Select
              {...moveField('to')}
              label="Ny status"
              options={[{ value: '', label: 'Vælg …' }, agreement.next]}
              required
            />
            <TextField {...moveField('decidedOn')} label="Besluttet den" hint="Fx 23.11.2026." required />
            <TextField
              {...moveField('decision')}
              label="Beslutningen (valgfrit)"
              hint="Punktets adresse, fx /punkt/1234."
            />
            <TextArea {...moveField('note')} label="Bemærkning (valgfrit)" rows={2} />
            <SubmitButton>Gem skridtet</SubmitButton>
          </PostForm>
        )}
        {agreement.awaiting.length > 0 ? (
          <>
            <h2>Registrér en kommunalbestyrelses godkendelse</h2>
            <PostForm action={`${base}/godkendelse`} csrfToken={csrfToken}>
              <Select
                {...approvalField('party')}
                label="Kommune"
                options={[{ value: '', label: 'Vælg …' }, ...agreement.awaiting]}
                required
              />
              <TextField {...approvalField('approvedOn')} label="Godkendt den" hint="Fx 9.12.2026." required />
              <TextField
                {...approvalField('approvalDecision')}
                label="Beslutningen (valgfrit)"
                hint="Punktets adresse, fx /punkt/1234."
              />
              <SubmitButton>Registrér godkendelsen</SubmitButton>
            </PostForm>
          </>
        ) : null}
      </div>
    </Layout>
  );
}
