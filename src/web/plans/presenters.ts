/**
 * Plans presented for the pages and the API: whitelisted fields, dates as Danes write them; an item
 * that treated the plan or decided a version is named only when it is open ("behandlet i et lukket
 * punkt" otherwise).
 */
import type { PlanDetail, PlanItemRef, PlanSummary } from '../../db/queries/plans.js';
import { formatDate } from '../../domain/danish-dates.js';
import { currentVersion, diffPlanVersions } from '../../domain/plan.js';
import type {
  PlanDetailView,
  PlanDiffView,
  PlanItemView,
  PlanListItemView,
} from '../../render/html/plans/plan-views.js';
import type { Lang } from '../../render/i18n.js';
import { PLAN_MESSAGES } from '../../render/messages/plans.js';
import { bodyHref, itemHref } from '../portal/paths.js';

export const planHref = (id: number) => `/plan/${id}`;
export const planDiffHref = (id: number, from: number, to: number) => `${planHref(id)}/forskel?fra=${from}&til=${to}`;
export const planApiHref = (id: number) => `/api/v1/plans/${id}`;
export const planWorkHref = (id: number) => `/sekretariat/planer/${id}`;
/** The process page of the processes' area (web/processes owns it). */
export const processHref = (id: number) => `/forloeb/${id}`;
export const hearingHref = (id: number) => `/hoering/${id}`;

function statusText(plan: PlanSummary, lang: Lang): string {
  const m = PLAN_MESSAGES[lang];
  const current = currentVersion(plan.versions);
  if (!current) return m.noVersions;
  const { version, isAdopted } = current;
  return isAdopted
    ? m.adoptedVersion(version.number, formatDate(version.versionOn))
    : m.notAdopted(version.number, m.states[version.status], formatDate(version.versionOn));
}

export function presentPlanListItem(plan: PlanSummary, lang: Lang): PlanListItemView {
  return {
    id: plan.id,
    href: planHref(plan.id),
    title: plan.title,
    kindText: PLAN_MESSAGES[lang].kinds[plan.kind],
    owner: { label: plan.owner.name, href: bodyHref(plan.owner.slug) },
    deadlineText: plan.deadlineOn ? formatDate(plan.deadlineOn) : null,
    statusText: statusText(plan, lang),
    isFictitious: plan.isFictitious,
  };
}

const meetingLabel = (item: PlanItemRef) => `${item.body.name}, ${formatDate(item.heldOn)}`;

function presentItem(item: PlanItemRef, lang: Lang): PlanItemView {
  const m = PLAN_MESSAGES[lang];
  return {
    label: item.isClosed ? null : m.itemLabel(item.number, item.title ?? ''),
    href: itemHref(item.itemId),
    meeting: meetingLabel(item),
    isClosed: item.isClosed,
  };
}

/** A decision item as a link, or (closed) only as treated in a closed item. */
export function decisionLink(item: PlanItemRef, lang: Lang): { label: string; href: string | null } {
  const m = PLAN_MESSAGES[lang];
  return item.isClosed
    ? { label: `${meetingLabel(item)}: ${m.closedItem}`, href: null }
    : { label: `${m.itemLabel(item.number, item.title ?? '')} (${meetingLabel(item)})`, href: itemHref(item.itemId) };
}

export function presentPlan(
  plan: PlanDetail,
  lang: Lang,
  extra: { hearings: { id: number; title: string }[]; canEdit: boolean },
): PlanDetailView {
  const m = PLAN_MESSAGES[lang];
  const current = currentVersion(plan.versions);
  return {
    ...presentPlanListItem(plan, lang),
    summary: plan.summary,
    current: current
      ? {
          heading: current.isAdopted
            ? m.adoptedVersion(current.version.number, formatDate(current.version.versionOn))
            : m.notAdopted(
                current.version.number,
                m.states[current.version.status],
                formatDate(current.version.versionOn),
              ),
          isAdopted: current.isAdopted,
          chapters: current.version.chapters,
        }
      : null,
    versions: plan.versions.map((version, i) => ({
      number: version.number,
      statusText: m.states[version.status],
      dateText: formatDate(version.versionOn),
      note: version.note,
      decision: version.decision ? decisionLink(version.decision, lang) : null,
      diffHref: i === 0 ? null : planDiffHref(plan.id, plan.versions[i - 1].number, version.number),
    })),
    items: plan.items.map((item) => presentItem(item, lang)),
    processes: plan.processes.map((p) => ({ label: p.title, href: processHref(p.id) })),
    hearings: extra.hearings.map((h) => ({ label: h.title, href: hearingHref(h.id) })),
    apiHref: planApiHref(plan.id),
    diffFormHref: `${planHref(plan.id)}/forskel`,
    versionNumbers: plan.versions.map((v) => v.number),
    editHref: extra.canEdit ? planWorkHref(plan.id) : null,
  };
}

/** The difference between two of the plan's versions; null when either does not exist. */
export function presentPlanDiff(plan: PlanDetail, from: number, to: number): PlanDiffView | null {
  const before = plan.versions.find((v) => v.number === from);
  const after = plan.versions.find((v) => v.number === to);
  if (!before || !after) return null;
  return {
    plan: { title: plan.title, href: planHref(plan.id) },
    from,
    to,
    versionNumbers: plan.versions.map((v) => v.number),
    chapters: diffPlanVersions(before.chapters, after.chapters),
    isFictitious: plan.isFictitious,
  };
}
