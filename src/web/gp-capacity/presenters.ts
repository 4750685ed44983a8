/**
 * GP capacity boards presented for the pages and the API: whitelisted fields (the practices' owners
 * are counted in the query and never shown), numbers as Danes write them, a vacancy's state on the
 * day, and a decision on a closed item named by its number only.
 */

import type { GpBoardDetail, GpBoardSummary } from '../../db/queries/gp-capacity.js';
import type { DecisionRef } from '../../db/selections.js';
import { formatDate } from '../../domain/danish-dates.js';
import {
  areaTotals,
  capacityUse,
  daysLeft,
  gpGap,
  openShareOfCounts,
  percentText,
  vacancyState,
} from '../../domain/gp-capacity.js';
import type { GpBoardListItemView, GpBoardView } from '../../render/html/gp-capacity/gp-views.js';
import type { Lang } from '../../render/i18n.js';
import { GP_MESSAGES } from '../../render/messages/gp-capacity.js';
import { bodyHref, itemHref } from '../portal/paths.js';

export const gpBoardHref = (bodySlug: string) => `/laegedaekning/${bodySlug}`;
export const gpBoardApiHref = (bodySlug: string) => `/api/v1/gp-capacity/${bodySlug}`;

/** A whole number as Danes write it: 4.800. */
export const danishCount = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function presentGpBoardListItem(board: GpBoardSummary, lang: Lang): GpBoardListItemView {
  const m = GP_MESSAGES[lang];
  return {
    href: gpBoardHref(board.body.slug),
    council: { name: board.body.name, href: bodyHref(board.body.slug) },
    possible: board.possibleGps,
    actual: board.actualGps,
    gapText: m.gapText(gpGap(board.possibleGps, board.actualGps)),
    practices: board.practiceCount,
    openShareText: percentText(openShareOfCounts(board.practicesOpen, board.practiceCount)),
    vacanciesOpen: board.vacanciesOpen,
    dataOnText: formatDate(board.dataOn),
    isFictitious: board.isFictitious,
  };
}

/** A decision's link: "Punkt 7: Title (Body, 16. marts 2026)", or only its number when closed. */
export function gpDecisionLink(decision: DecisionRef, lang: Lang) {
  const m = GP_MESSAGES[lang];
  const item = decision.isClosed ? m.closedItem(decision.number) : m.openItem(decision.number, decision.title ?? '');
  return { label: `${item} (${decision.body}, ${formatDate(decision.heldOn)})`, href: itemHref(decision.itemId) };
}

export function presentGpBoard(board: GpBoardDetail, lang: Lang, today: string): GpBoardView {
  const m = GP_MESSAGES[lang];
  const use = (counts: { capacity: number; patients: number }) => percentText(capacityUse(counts));
  return {
    ...presentGpBoardListItem(board, lang),
    sourceText: board.possibleSource,
    history: board.history.map((snapshot) => ({
      monthText: m.monthText(snapshot.month),
      possible: snapshot.possibleGps,
      actual: snapshot.actualGps,
      gapText: m.gapText(gpGap(snapshot.possibleGps, snapshot.actualGps)),
      practicesOpen: snapshot.practicesOpen,
      practicesClosed: snapshot.practicesClosed,
      vacanciesOpen: snapshot.vacanciesOpen,
    })),
    areas: areaTotals(board.areas, board.practices).map((area) => ({
      name: area.area,
      practices: area.practices,
      practicesOpen: area.practicesOpen,
      gps: area.gps,
      capacityText: danishCount(area.capacity),
      patientsText: danishCount(area.patients),
      useText: use(area),
    })),
    practiceRows: board.practices.map((practice) => ({
      number: practice.number,
      name: practice.name,
      area: practice.area,
      gps: practice.gps,
      capacityText: danishCount(practice.capacity),
      patientsText: danishCount(practice.patients),
      useText: use(practice),
      isOpen: practice.isOpen,
    })),
    vacancies: board.vacancies.map((vacancy) => {
      const state = vacancyState(vacancy, today);
      return {
        id: vacancy.id,
        practiceNumber: vacancy.practiceNumber,
        practiceName: vacancy.practiceName,
        areaName: vacancy.areaName,
        clockStartsText: formatDate(vacancy.clockStartsOn),
        deadlineText: formatDate(vacancy.deadlineOn),
        state,
        stateText: vacancy.endedOn !== null ? `${m.states[state]} ${formatDate(vacancy.endedOn)}` : m.states[state],
        daysLeftText: state === 'open' ? m.daysLeft(daysLeft(vacancy.deadlineOn, today)) : '',
        decision: vacancy.decision ? gpDecisionLink(vacancy.decision, lang) : null,
        note: vacancy.note,
      };
    }),
    decisions: board.decisions.map((row) => ({ ...gpDecisionLink(row.decision, lang), note: row.note })),
    apiHref: gpBoardApiHref(board.body.slug),
  };
}
