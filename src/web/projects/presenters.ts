/**
 * Projects presented for the pages and the API: whitelisted fields, every amount as øre and as
 * Danes write it, each step's decision linked (a closed item only as "decided in a closed item"),
 * the timeline's marks in days from its first day. The draft item a report was put on is shown
 * to the secretariat only.
 */
import type { DecisionRef, ProjectDetail, ProjectSummary } from '../../db/queries/projects.js';
import { formatDate } from '../../domain/danish-dates.js';
import { formatAmount } from '../../domain/money.js';
import { periodEnd } from '../../domain/project.js';
import type { ProjectDetailView, ProjectListItemView, TimelineView } from '../../render/html/projects/project-views.js';
import type { Lang } from '../../render/i18n.js';
import { PROJECT_MESSAGES } from '../../render/messages/projects.js';
import { frameHref } from '../frames/presenters.js';
import { sizeText } from '../hearings/presenters.js';
import { bodyHref, itemHref } from '../portal/paths.js';
import { editorHref } from '../secretariat/paths.js';

export const projectHref = (id: number) => `/projekt/${id}`;
export const projectApiHref = (id: number) => `/api/v1/projects/${id}`;
export const manageProjectHref = (id: number) => `/sekretariat/projekter/${id}`;
export const reportFileHref = (projectId: number, reportId: number) =>
  `${projectHref(projectId)}/rapport/${reportId}.pdf`;

export function sourceText(project: ProjectSummary, lang: Lang): { text: string; href: string | null } {
  const m = PROJECT_MESSAGES[lang];
  return project.source.kind === 'frame'
    ? {
        text: m.frameSource(project.source.frameTitle, project.source.recipient.name),
        href: frameHref(project.source.frameId),
      }
    : { text: m.pool(project.source.poolName), href: null };
}

export function presentProjectListItem(project: ProjectSummary, lang: Lang): ProjectListItemView {
  return {
    id: project.id,
    href: projectHref(project.id),
    name: project.name,
    status: project.status,
    statusText: PROJECT_MESSAGES[lang].statuses[project.status],
    source: sourceText(project, lang),
    bodies: project.bodies.map((body) => ({ name: body.name, href: bodyHref(body.slug) })),
    grantedText: project.grantedOre === null ? null : formatAmount(project.grantedOre),
    appliedOnText: formatDate(project.appliedOn),
    isFictitious: project.isFictitious,
  };
}

/** An open item: "Punkt 4: Title (Body, 16. marts 2026)" linked; a closed one: only that it decided. */
export function decisionLabel(decision: DecisionRef, lang: Lang): { label: string; href: string | null } {
  const m = PROJECT_MESSAGES[lang];
  if (decision.isClosed) return { label: m.closedItem, href: null };
  return {
    label: `${m.openItem(decision.number, decision.title ?? '')} (${decision.body}, ${formatDate(decision.heldOn)})`,
    href: itemHref(decision.itemId),
  };
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** The timeline: from the application to the period's (or the last report's) end. */
export function timelineOf(project: ProjectDetail, today: string, lang: Lang): TimelineView {
  const m = PROJECT_MESSAGES[lang];
  const dates = [
    project.appliedOn,
    ...project.transitions.map((t) => t.decidedOn),
    ...project.reports.map((r) => r.dueOn),
    ...[project.startsOn, project.endsOn, project.extendedTo].filter((d): d is string => d !== null),
  ].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const at = (date: string) => dayNumber(date) - dayNumber(first);
  const years: TimelineView['years'] = [];
  for (let year = Number(first.slice(0, 4)) + 1; year <= Number(last.slice(0, 4)); year++)
    years.push({ label: String(year), at: at(`${year}-01-01`) });
  const end = project.endsOn;
  return {
    days: Math.max(1, at(last)),
    years,
    period: project.startsOn && end ? { from: at(project.startsOn), to: at(end) } : null,
    extension: project.extendedTo && end ? { from: at(end), to: at(project.extendedTo) } : null,
    marks: project.transitions.map((t) => ({
      at: at(t.decidedOn),
      label: `${formatDate(t.decidedOn)}: ${m.statuses[t.to]}`,
    })),
    reports: project.reports.map((r) => ({
      at: at(r.dueOn),
      label: `${m.due} ${formatDate(r.dueOn)}${r.receivedOn ? `, ${m.received.toLowerCase()} ${formatDate(r.receivedOn)}` : ''}`,
      received: r.receivedOn !== null,
    })),
    today: today >= first && today <= last ? at(today) : null,
  };
}

export function presentProject(
  project: ProjectDetail,
  options: { lang: Lang; today: string; canManage: boolean },
): ProjectDetailView {
  const { lang, today, canManage } = options;
  const m = PROJECT_MESSAGES[lang];
  const amount = (ore: bigint | null) => (ore === null ? '–' : formatAmount(ore));
  const end = periodEnd(project);
  const facts: [string, string][] = [
    [m.appliedOn, formatDate(project.appliedOn)],
    [m.applied, amount(project.appliedOre)],
    [m.granted, amount(project.grantedOre)],
    [m.ownFunding, formatAmount(project.ownFundingOre)],
  ];
  if (project.grantedOre !== null) {
    facts.push([m.total, formatAmount(project.grantedOre + project.ownFundingOre)]);
    facts.push([m.spent, formatAmount(project.spentOre)]);
  }
  if (project.returnedOre !== null) facts.push([m.returned, formatAmount(project.returnedOre)]);
  if (project.startsOn)
    facts.push([m.period, `${formatDate(project.startsOn)} – ${project.endsOn ? formatDate(project.endsOn) : '…'}`]);
  if (project.extendedTo) facts.push([m.extendedTo, formatDate(project.extendedTo)]);
  facts.push([m.reportsHeading, m.reportEvery(project.reportEveryMonths)]);
  return {
    ...presentProjectListItem(project, lang),
    purpose: project.purpose,
    facts,
    transitions: project.transitions.map((t) => ({
      dateText: formatDate(t.decidedOn),
      statusText: m.statuses[t.to],
      decision: t.decision ? decisionLabel(t.decision, lang) : null,
      note: t.note,
    })),
    timeline: timelineOf(project, today, lang),
    reports: project.reports.map((r) => ({
      id: r.id,
      dueText: formatDate(r.dueOn),
      receivedText: r.receivedOn ? formatDate(r.receivedOn) : null,
      isOverdue: r.receivedOn === null && r.dueOn < today && (end === null || project.status !== 'stopped'),
      body: r.body,
      documentUrl: r.documentUrl,
      file: r.file ? { href: reportFileHref(project.id, r.id), text: m.reportFile(sizeText(r.file.sizeBytes)) } : null,
      onAgenda:
        canManage && r.draftItem
          ? { label: m.onAgenda(r.draftItem.body, formatDate(r.draftItem.heldOn)), href: editorHref(r.draftItem.id) }
          : null,
    })),
    spendings: project.spendings.map((s) => ({
      dateText: formatDate(s.spentOn),
      amountText: formatAmount(s.amountOre),
      note: s.note,
    })),
    apiHref: projectApiHref(project.id),
    manageHref: canManage ? manageProjectHref(project.id) : null,
  };
}
