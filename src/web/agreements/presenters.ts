/**
 * Investment agreements presented for the pages and the API: whitelisted fields, every amount as
 * øre and as Danes write it, each step's and approval's decision linked (a closed item only as
 * "decided in a closed item"), the status chain with what is reached.
 */
import type { AgreementDecisionRef, AgreementDetail, AgreementSummary } from '../../db/queries/agreements.js';
import { AGREEMENT_STATUSES, approvalProgress, totalOre, type YearAmount } from '../../domain/agreement.js';
import { formatDate } from '../../domain/danish-dates.js';
import { formatAmount } from '../../domain/money.js';
import type {
  AgreementDetailView,
  AgreementListItemView,
  DecisionView,
  YearView,
} from '../../render/html/agreements/agreement-views.js';
import type { Lang } from '../../render/i18n.js';
import { AGREEMENT_MESSAGES } from '../../render/messages/agreements.js';
import { bodyHref, itemHref, publisherHref } from '../portal/paths.js';

export const agreementHref = (id: number) => `/aftale/${id}`;
export const manageAgreementHref = (id: number) => `/sekretariat/aftaler/${id}`;

export function yearViews(years: readonly YearAmount[]): YearView[] {
  return years.map((one) => ({ year: one.year, amountOre: one.amountOre, amountText: formatAmount(one.amountOre) }));
}

/** "3 af 4 kommunalbestyrelser har godkendt" from the council's decision on; null before it. */
function approvalsText(agreement: AgreementSummary, lang: Lang): string | null {
  if (AGREEMENT_STATUSES.indexOf(agreement.status) < AGREEMENT_STATUSES.indexOf('decided')) return null;
  const progress = approvalProgress(agreement.parties);
  return AGREEMENT_MESSAGES[lang].approvals(progress.approved, progress.of);
}

export function presentAgreementListItem(agreement: AgreementSummary, lang: Lang): AgreementListItemView {
  const m = AGREEMENT_MESSAGES[lang];
  return {
    id: agreement.id,
    href: agreementHref(agreement.id),
    title: agreement.title,
    status: agreement.status,
    statusText: m.statuses[agreement.status],
    kindText: m.kinds[agreement.kind],
    council: { name: agreement.council.name, href: bodyHref(agreement.council.slug) },
    parties: agreement.parties.map((party) => ({ name: party.name, href: publisherHref(party.slug) })),
    approvalsText: approvalsText(agreement, lang),
    totalText: formatAmount(totalOre(agreement.years)),
    isFictitious: agreement.isFictitious,
  };
}

/** An open item: "Punkt 4: Title (Body, 16. marts 2026)" linked; a closed one: only that it decided. */
function decisionView(decision: AgreementDecisionRef | null, lang: Lang): DecisionView | null {
  if (decision === null) return null;
  const m = AGREEMENT_MESSAGES[lang];
  if (decision.isClosed) return { label: m.closedItem, href: null };
  return {
    label: `${m.openItem(decision.number, decision.title ?? '')} (${decision.body}, ${formatDate(decision.heldOn)})`,
    href: itemHref(decision.itemId),
  };
}

export function presentAgreement(
  agreement: AgreementDetail,
  options: { lang: Lang; canManage: boolean },
): AgreementDetailView {
  const { lang, canManage } = options;
  const m = AGREEMENT_MESSAGES[lang];
  const current = AGREEMENT_STATUSES.indexOf(agreement.status);
  return {
    ...presentAgreementListItem(agreement, lang),
    purpose: agreement.purpose,
    years: yearViews(agreement.years),
    parties: agreement.parties.map((party) => ({
      name: party.name,
      href: publisherHref(party.slug),
      approvedText: party.approvedOn ? formatDate(party.approvedOn) : null,
      approval: decisionView(party.approval, lang),
    })),
    chain: AGREEMENT_STATUSES.map((status, i) => ({
      statusText: m.statuses[status],
      isReached: i <= current,
      isCurrent: i === current,
    })),
    transitions: agreement.transitions.map((t) => ({
      dateText: formatDate(t.decidedOn),
      statusText: m.statuses[t.to],
      decision: decisionView(t.decision, lang),
      note: t.note,
    })),
    reports: agreement.reports.map((r) => ({
      yearText: m.reportFor(r.year),
      dueText: formatDate(r.dueOn),
      stateText: m.reportState(r.followUpState ?? 'open'),
    })),
    apiHref: `/api/v1/agreements/${agreement.id}`,
    manageHref: canManage ? manageAgreementHref(agreement.id) : null,
  };
}
