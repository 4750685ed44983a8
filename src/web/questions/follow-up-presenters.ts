/** Follow-ups of decisions → the secretariat's views: status in the page's language, links to the items. */
import type { FollowUpRow, ItemRef } from '../../db/queries/follow-ups.js';
import { formatDate } from '../../domain/danish-dates.js';
import { followUpTiming } from '../../domain/follow-ups.js';
import type { FollowUpView, ItemLinkView } from '../../render/html/questions/follow-up-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';

export const followUpHref = (id: number) => `/sekretariat/opfoelgning/${id}`;

export function itemLink(
  item: Pick<ItemRef, 'id' | 'number' | 'title' | 'heldOn' | 'bodyName'>,
  lang: Lang,
): ItemLinkView {
  return {
    label: `${QUESTION_MESSAGES[lang].followUp.item(item.number, item.title)} (${item.bodyName}, ${formatDate(item.heldOn)})`,
    href: `/punkt/${item.id}`,
  };
}

export function presentFollowUp(row: FollowUpRow, today: string, lang: Lang): FollowUpView {
  const timing = followUpTiming({ state: row.state, dueOn: row.dueOn, today });
  const statusKind = timing === 'closed' ? (row.state as 'done' | 'cancelled') : timing;
  const statusText = timing === 'closed' ? LABELS[lang].followUpState[row.state] : LABELS[lang].followUpTiming[timing];
  return {
    id: row.id,
    href: followUpHref(row.id),
    what: row.what,
    responsible: row.responsible,
    dueText: formatDate(row.dueOn),
    statusText,
    statusKind,
    returnTo: row.returnTo?.name ?? null,
    decision: row.decisionItem ? itemLink(row.decisionItem, lang) : null,
    answeredBy: row.answeredByItem ? itemLink(row.answeredByItem, lang) : null,
    closedNote: row.closedNote,
  };
}

/** "/punkt/123", "http://…/punkt/123" or "123" → 123; "" → null; anything else → undefined. */
export function itemIdFrom(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const match = /^(?:(?:https?:\/\/[^/\s]+)?\/punkt\/)?(\d{1,10})\/?$/.exec(text);
  if (!match) return undefined;
  const id = Number(match[1]);
  return id >= 1 && id <= 2_147_483_647 ? id : undefined;
}
