/**
 * The public investment agreements: every agreement (/aftaler, with the sums per year) and one
 * agreement (/aftale/:id) with its health council and municipalities (each municipal council's
 * approval), type, purpose, the amount per year as a picture (SVG) beside the same figures as a
 * table, the status chain and its steps, each linked to the decision that took it (a closed item
 * only as "decided in a closed item"), and its yearly reports. The section on a health council's
 * page. Danish and English.
 */
import { AGREEMENT_MESSAGES } from '../../messages/agreements.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from '../components.js';
import { Layout } from '../layout.js';
import { ListPage } from '../list-page.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { AgreementChart } from './agreement-chart.js';
import type {
  AgreementDetailView,
  AgreementListItemView,
  DecisionView,
  LinkView,
  YearView,
} from './agreement-views.js';

function Links({ links }: { links: LinkView[] }) {
  return (
    <>
      {links.map((link, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={link.href}>{link.name}</a>
        </>
      ))}
    </>
  );
}

function Decision({ decision }: { decision: DecisionView | null }) {
  const m = AGREEMENT_MESSAGES[usePage().lang];
  if (decision === null) return <span class="muted">{m.noDecision}</span>;
  return decision.href ? <a href={decision.href}>{decision.label}</a> : <span>{decision.label}</span>;
}

/** A list of agreements as a table (the list page, a health council's page). */
export function AgreementTable({ agreements, caption }: { agreements: AgreementListItemView[]; caption: string }) {
  const m = AGREEMENT_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.agreement, m.status, m.kind, m.total, m.council, m.parties]} isRegion>
      {agreements.map((agreement) => (
        <tr>
          <th scope="row">
            <a href={agreement.href}>{agreement.title}</a>
            <FictitiousMark when={agreement.isFictitious} />
          </th>
          <td>
            {agreement.statusText}
            {agreement.approvalsText ? <span class="muted"> ({agreement.approvalsText})</span> : null}
          </td>
          <td>{agreement.kindText}</td>
          <td class="numeric">{agreement.totalText}</td>
          <td>
            <a href={agreement.council.href}>{agreement.council.name}</a>
          </td>
          <td>
            <Links links={agreement.parties} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function YearsTable({ years, caption, total }: { years: YearView[]; caption: string; total: string }) {
  const m = AGREEMENT_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.year, m.amount]} class="allocation-table" isRegion>
      {years.map((year) => (
        <tr>
          <th scope="row">{year.year}</th>
          <td class="numeric">{year.amountText}</td>
        </tr>
      ))}
      <tr>
        <th scope="row">{m.total}</th>
        <td class="numeric">
          <strong>{total}</strong>
        </td>
      </tr>
    </DataTable>
  );
}

export function AgreementsPage(props: {
  agreements: AgreementListItemView[];
  sums: YearView[];
  sumText: string;
  canCreate: boolean;
}) {
  const m = AGREEMENT_MESSAGES[usePage().lang];
  return (
    <ListPage
      title={m.listTitle}
      lead={m.listLead}
      create={props.canCreate ? { href: '/sekretariat/aftaler/ny', label: m.newAgreement } : null}
      count={props.agreements.length}
      anyFictitious={props.agreements.some((one) => one.isFictitious)}
      none={m.none}
    >
      <AgreementTable agreements={props.agreements} caption={m.listTitle} />
      <YearsTable years={props.sums} caption={m.sumsCaption} total={props.sumText} />
    </ListPage>
  );
}

export function AgreementPage({ agreement }: { agreement: AgreementDetailView }) {
  const m = AGREEMENT_MESSAGES[usePage().lang];
  return (
    <Layout title={agreement.title}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/aftaler' }, { label: agreement.title }]} />
      <h1>{agreement.title}</h1>
      {agreement.isFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead preserve-lines">{agreement.purpose}</p>
      <Facts
        rows={[
          [m.status, agreement.statusText],
          [m.kind, agreement.kindText],
          [m.council, <a href={agreement.council.href}>{agreement.council.name}</a>],
          [m.parties, <Links links={agreement.parties} />],
          [m.total, agreement.totalText],
        ]}
      />
      {agreement.manageHref ? (
        <p>
          <a class="button button-secondary" href={agreement.manageHref}>
            {m.manage}
          </a>
        </p>
      ) : null}
      <h2>{m.yearsHeading}</h2>
      <div class="allocation-picture">
        <AgreementChart years={agreement.years} title={m.chartTitle(agreement.title)} />
        <YearsTable years={agreement.years} caption={m.yearsCaption} total={agreement.totalText} />
      </div>
      <h2>{m.parties}</h2>
      {agreement.approvalsText ? <p>{agreement.approvalsText}.</p> : null}
      <DataTable caption={m.partiesCaption} head={[m.municipality, m.approvedOn, m.decision]} isRegion>
        {agreement.parties.map((party) => (
          <tr>
            <th scope="row">
              <a href={party.href}>{party.name}</a>
            </th>
            <td>{party.approvedText ?? <span class="muted">{m.notApproved}</span>}</td>
            <td>{party.approvedText ? <Decision decision={party.approval} /> : ''}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{m.chainHeading}</h2>
      <ol class="agreement-chain">
        {agreement.chain.map((step) => (
          <li aria-current={step.isCurrent ? 'step' : undefined}>
            {step.isCurrent ? <strong>{step.statusText}</strong> : step.statusText}
            {step.isReached ? ' ✓' : ''}
          </li>
        ))}
      </ol>
      <DataTable caption={m.chainCaption} head={[m.date, m.status, m.decision, m.note]} isRegion>
        {agreement.transitions.map((step) => (
          <tr>
            <td>{step.dateText}</td>
            <th scope="row">{step.statusText}</th>
            <td>
              <Decision decision={step.decision} />
            </td>
            <td class="preserve-lines">{step.note ?? ''}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{m.reportsHeading}</h2>
      {agreement.reports.length === 0 ? (
        <p>{m.noReports}</p>
      ) : (
        <ul>
          {agreement.reports.map((report) => (
            <li>
              {report.yearText}: {m.due} {report.dueText} ({report.stateText})
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={agreement.apiHref}>{m.apiLink}</a>
      </p>
    </Layout>
  );
}

/** The agreements on a health council's page (nothing when there are none). */
export function AgreementsSection({ agreements }: { agreements?: AgreementListItemView[] }) {
  const m = AGREEMENT_MESSAGES[usePage().lang];
  if (!agreements || agreements.length === 0) return null;
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{m.agreementsOf}</h2>
      <AgreementTable agreements={agreements} caption={m.agreementsOf} />
      <p>
        <a href="/aftaler">{m.listTitle}</a>
      </p>
    </section>
  );
}
