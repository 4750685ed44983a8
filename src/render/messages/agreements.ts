/**
 * The words of investment agreements (investeringsaftaler under investeringsmotoren): the public
 * list /aftaler, an agreement's page /aftale/:id with its years (picture and table), parties and
 * status chain, the section on a health council's page, the footer's link, the statuses and types,
 * and the refusals of a move (naming the current status and the next one, or the municipal councils
 * still missing), in Danish and English. The secretariat's forms are Danish, as its other pages.
 */
import type { AgreementKind, AgreementStatus } from '../../domain/agreement.js';

export interface AgreementMessages {
  listTitle: string;
  listLead: string;
  none: string;
  newAgreement: string;
  agreement: string;
  council: string;
  parties: string;
  kind: string;
  kinds: Record<AgreementKind, string>;
  status: string;
  statuses: Record<AgreementStatus, string>;
  total: string;
  purpose: string;
  year: string;
  amount: string;
  yearsHeading: string;
  chartTitle: (title: string) => string;
  yearsCaption: string;
  sumsCaption: string;
  chainHeading: string;
  chainCaption: string;
  date: string;
  decision: string;
  note: string;
  openItem: (number: number, title: string) => string;
  closedItem: string;
  noDecision: string;
  approvals: (approved: number, of: number) => string;
  partiesCaption: string;
  municipality: string;
  approvedOn: string;
  notApproved: string;
  reportsHeading: string;
  noReports: string;
  reportFor: (year: number) => string;
  due: string;
  reportState: (state: string) => string;
  manage: string;
  apiLink: string;
  agreementsOf: string;
  refusedMove: (current: AgreementStatus, allowed: AgreementStatus | null) => string;
  approvalsMissing: (missing: string[]) => string;
}

const list = (words: string[], and: string) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;

const DA_STATUSES: Record<AgreementStatus, string> = {
  proposal: 'Forslag',
  negotiation: 'Under forhandling',
  decided: 'Besluttet af sundhedsrådet',
  approved: 'Godkendt af alle kommunalbestyrelser',
  running: 'I gang',
  reported: 'Afrapporteret',
};
const EN_STATUSES: Record<AgreementStatus, string> = {
  proposal: 'Proposal',
  negotiation: 'In negotiation',
  decided: 'Decided by the health council',
  approved: 'Approved by each municipal council',
  running: 'Running',
  reported: 'Reported',
};

export const AGREEMENT_MESSAGES: Record<'da' | 'en', AgreementMessages> = {
  da: {
    listTitle: 'Investeringsaftaler',
    listLead:
      'Aftaler under investeringsmotoren mellem et sundhedsråd og en eller flere af dets kommuner om penge til det nære sundhedsvæsen i 2027–2030: varig kapacitet eller midlertidig udvikling. Hvert skridt er knyttet til beslutningen, der tog det.',
    none: 'Der er ingen investeringsaftaler endnu.',
    newAgreement: 'Opret en investeringsaftale',
    agreement: 'Aftale',
    council: 'Sundhedsråd',
    parties: 'Kommuner',
    kind: 'Type',
    kinds: { lasting_capacity: 'Varig kapacitet', temporary_development: 'Midlertidig udvikling' },
    status: 'Status',
    statuses: DA_STATUSES,
    total: 'I alt',
    purpose: 'Formål',
    year: 'År',
    amount: 'Beløb',
    yearsHeading: 'Beløb pr. år',
    chartTitle: (title) => `Beløb pr. år i ${title}`,
    yearsCaption: 'Beløb pr. år (samme som figuren)',
    sumsCaption: 'Alle aftalerne pr. år',
    chainHeading: 'Forløbet',
    chainCaption: 'Aftalens skridt med dato og beslutning',
    date: 'Dato',
    decision: 'Besluttet ved',
    note: 'Bemærkning',
    openItem: (number, title) => `Punkt ${number}: ${title}`,
    closedItem: 'Besluttet i et lukket punkt',
    noDecision: 'Ingen beslutning knyttet til',
    approvals: (approved, of) => `${approved} af ${of} kommunalbestyrelser har godkendt`,
    partiesCaption: 'Kommunerne i aftalen og kommunalbestyrelsernes godkendelse',
    municipality: 'Kommune',
    approvedOn: 'Godkendt',
    notApproved: 'Ikke godkendt endnu',
    reportsHeading: 'Årlige afrapporteringer',
    noReports: 'Der er ingen afrapporteringer endnu. De kommer, når aftalen er i gang.',
    reportFor: (year) => `Afrapportering for ${year}`,
    due: 'Frist',
    reportState: (state) => (state === 'done' ? 'modtaget' : state === 'open' ? 'afventer' : state),
    manage: 'Behandl aftalen (sekretariatet)',
    apiLink: 'Aftalen som data (JSON)',
    agreementsOf: 'Investeringsaftaler',
    refusedMove: (current, allowed) =>
      allowed === null
        ? `Aftalen er »${DA_STATUSES[current]}«, og det er et slutpunkt: den kan ikke flyttes videre.`
        : `Aftalen er »${DA_STATUSES[current]}«. Derfra kan den kun gå til »${DA_STATUSES[allowed]}«.`,
    approvalsMissing: (missing) =>
      missing.length === 0
        ? 'Aftalen har ingen kommuner, der kan godkende den.'
        : `Alle kommunalbestyrelser skal godkende først: ${list(missing, 'og')} mangler.`,
  },
  en: {
    listTitle: 'Investment agreements',
    listLead:
      'Agreements under the investment engine between a health council and one or more of its municipalities about money for local health services in 2027–2030: lasting capacity or temporary development. Each step is linked to the decision that took it.',
    none: 'There are no investment agreements yet.',
    newAgreement: 'Create an investment agreement',
    agreement: 'Agreement',
    council: 'Health council',
    parties: 'Municipalities',
    kind: 'Type',
    kinds: { lasting_capacity: 'Lasting capacity', temporary_development: 'Temporary development' },
    status: 'Status',
    statuses: EN_STATUSES,
    total: 'Total',
    purpose: 'Purpose',
    year: 'Year',
    amount: 'Amount',
    yearsHeading: 'Amount per year',
    chartTitle: (title) => `Amount per year in ${title}`,
    yearsCaption: 'Amount per year (the same as the figure)',
    sumsCaption: 'All the agreements per year',
    chainHeading: 'The course of the agreement',
    chainCaption: "The agreement's steps with date and decision",
    date: 'Date',
    decision: 'Decided by',
    note: 'Note',
    openItem: (number, title) => `Item ${number}: ${title}`,
    closedItem: 'Decided in a closed item',
    noDecision: 'No decision linked',
    approvals: (approved, of) => `${approved} of ${of} municipal councils have approved`,
    partiesCaption: "The municipalities of the agreement and their councils' approval",
    municipality: 'Municipality',
    approvedOn: 'Approved',
    notApproved: 'Not approved yet',
    reportsHeading: 'Yearly reports',
    noReports: 'There are no reports yet. They come when the agreement is running.',
    reportFor: (year) => `Report for ${year}`,
    due: 'Due',
    reportState: (state) => (state === 'done' ? 'received' : state === 'open' ? 'awaited' : state),
    manage: 'Handle the agreement (secretariat)',
    apiLink: 'The agreement as data (JSON)',
    agreementsOf: 'Investment agreements',
    refusedMove: (current, allowed) =>
      allowed === null
        ? `The agreement is "${EN_STATUSES[current]}", which is final: it cannot move on.`
        : `The agreement is "${EN_STATUSES[current]}". From there it can only go to "${EN_STATUSES[allowed]}".`,
    approvalsMissing: (missing) =>
      missing.length === 0
        ? 'The agreement has no municipalities to approve it.'
        : `Every municipal council must approve first: ${list(missing, 'and')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
  },
};
