/**
 * Frames presented for the pages, the CSV and the API: whitelisted fields, every amount as øre and
 * as Danes write it. A closed decision item is named by its number only.
 */
import type { FrameAllocationRow, FrameDetail, FrameRecipient, FrameSummary } from '../../db/queries/frames.js';
import { normalizeWeight } from '../../domain/allocation.js';
import { formatDate } from '../../domain/danish-dates.js';
import { yearsText } from '../../domain/frame.js';
import { formatAmount, formatKroner, kronerDecimal } from '../../domain/money.js';
import type { FrameDetailView, FrameListItemView, FrameRowView } from '../../render/html/frames/frame-views.js';
import type { Lang } from '../../render/i18n.js';
import { FRAME_MESSAGES } from '../../render/messages/frames.js';
import { spreadsheet } from '../feeds/spreadsheet.js';
import { bodyHref, itemHref, publisherHref } from '../portal/paths.js';

export const frameHref = (id: number) => `/ramme/${id}`;
export const frameCsvHref = (id: number) => `${frameHref(id)}/fordeling.csv`;
export const frameApiHref = (id: number) => `/api/v1/frames/${id}`;

export const recipientHref = (recipient: FrameRecipient) =>
  recipient.kind === 'body' ? bodyHref(recipient.slug) : publisherHref(recipient.slug);

/** "19,5" as Danes write a decimal. */
const danishDecimal = (text: string) => normalizeWeight(text).replace('.', ',');

/** The part's share of the total, to one decimal ("19,5 %"); "–" of a frame of 0. */
export function shareText(amountOre: bigint, totalOre: bigint): string {
  if (totalOre === 0n) return '–';
  const tenths = (amountOre * 2000n + totalOre) / (2n * totalOre); // rounded half up, in tenths of a per cent
  return `${tenths / 10n},${tenths % 10n} %`;
}

export function presentFrameListItem(frame: FrameSummary): FrameListItemView {
  return {
    id: frame.id,
    href: frameHref(frame.id),
    title: frame.title,
    totalText: formatAmount(frame.totalOre),
    yearsText: yearsText(frame.fromYear, frame.toYear),
    owner: { name: frame.owner.name, href: publisherHref(frame.owner.slug) },
    decidingBody: { name: frame.decidingBody.name, href: bodyHref(frame.decidingBody.slug) },
    keyName: frame.key.name,
    recipients: frame.recipients,
    isFictitious: frame.isFictitious,
  };
}

function presentRow(row: FrameAllocationRow, totalOre: bigint): FrameRowView {
  return {
    recipient: { name: row.recipient.name, href: recipientHref(row.recipient) },
    weightText: danishDecimal(row.weight),
    shareText: shareText(row.amountOre, totalOre),
    allocatedText: formatKroner(row.amountOre),
    committedText: formatKroner(row.committedOre),
    spentText: formatKroner(row.spentOre),
    leftText: formatKroner(row.amountOre - row.committedOre),
    isFictitious: row.isFictitious,
  };
}

/** The decision's link: "Punkt 7: Title (Body, 16. marts 2026)", or only its number when closed. */
function decisionLink(decision: NonNullable<FrameDetail['decision']>, lang: Lang) {
  const m = FRAME_MESSAGES[lang];
  const item = decision.isClosed ? m.closedItem(decision.number) : m.openItem(decision.number, decision.title ?? '');
  return { label: `${item} (${decision.body}, ${formatDate(decision.heldOn)})`, href: itemHref(decision.itemId) };
}

export function presentFrame(frame: FrameDetail, lang: Lang): FrameDetailView {
  const m = FRAME_MESSAGES[lang];
  return {
    ...presentFrameListItem(frame),
    totalText: formatKroner(frame.totalOre),
    purpose: frame.purpose,
    conditions: frame.conditions,
    decision: frame.decision ? decisionLink(frame.decision, lang) : null,
    key: {
      name: frame.key.name,
      versionText: m.keyVersion(frame.key.version),
      kindText: m.kinds[frame.key.kind],
      source: frame.key.source,
      sourceOnText: formatDate(frame.key.sourceOn),
    },
    bars: frame.allocations.map((row) => ({
      label: row.recipient.name,
      allocatedOre: row.amountOre,
      committedOre: row.committedOre,
      spentOre: row.spentOre,
      allocatedText: formatAmount(row.amountOre),
      committedText: formatAmount(row.committedOre),
      spentText: formatAmount(row.spentOre),
    })),
    rows: frame.allocations.map((row) => presentRow(row, frame.totalOre)),
    hasFictitiousShares: frame.allocations.some((row) => row.isFictitious),
    csvHref: frameCsvHref(frame.id),
    apiHref: frameApiHref(frame.id),
  };
}

/** The allocation as a spreadsheet for Danish Excel: amounts in øre and in kroner (decimal comma). */
export function frameSpreadsheet(frame: FrameDetail): string {
  const header = [
    'ramme_id',
    'ramme',
    'modtager',
    'modtager_adresse',
    'vaegt',
    'fiktiv_vaegt',
    'fordelt_oere',
    'fordelt_kr',
    'disponeret_oere',
    'disponeret_kr',
    'forbrugt_oere',
    'forbrugt_kr',
  ];
  const rows = frame.allocations.map((row) => [
    frame.id,
    frame.title,
    row.recipient.name,
    recipientHref(row.recipient),
    danishDecimal(row.weight),
    row.isFictitious ? 'ja' : 'nej',
    row.amountOre.toString(),
    kronerDecimal(row.amountOre),
    row.committedOre.toString(),
    kronerDecimal(row.committedOre),
    row.spentOre.toString(),
    kronerDecimal(row.spentOre),
  ]);
  return spreadsheet(header, rows);
}
