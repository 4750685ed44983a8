/**
 * Money as exact numbers: an amount is an integer of øre (a bigint: never floating point), shown
 * as Danes write it and read from Danish text. Pure.
 *
 * - `formatKroner(ore)`: every krone, "2.500.000 kr." ("1.000,50 kr." with øre).
 * - `formatAmount(ore)`: as minutes write it: "2,5 mio. kr.", "1,2 mia. kr." when that is exact,
 *   else as formatKroner ("487.500 kr.", "818.200 kr.").
 * - `parseAmount(text)` / `findAmounts(text)`: "2,5 mio. kr.", "818.200 kr.", "kr. 1.000,50",
 *   "1,2 mia. kr.", "500 t.kr.", "40 mio. kr. årligt i 2027 og frem" → øre with the period that
 *   follows the amount (recurrence, years), if any. An amount that is not a whole number of øre
 *   ("0,005 kr.") is not an amount.
 */

/** Øre per krone. */
export const ORE_PER_KRONE = 100n;

const MILLION = 1_000_000n * ORE_PER_KRONE;
const BILLION = 1_000n * MILLION;

/** "2500000" → "2.500.000": thousands separated by points. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Every krone, øre after a comma when there are any: "487.500 kr.", "1.000,50 kr.", "-12,05 kr.". */
export function formatKroner(ore: bigint): string {
  const sign = ore < 0n ? '-' : '';
  const whole = abs(ore) / ORE_PER_KRONE;
  const rest = abs(ore) % ORE_PER_KRONE;
  const fraction = rest === 0n ? '' : `,${rest.toString().padStart(2, '0')}`;
  return `${sign}${groupThousands(whole.toString())}${fraction} kr.`;
}

/** `ore` in units of `unit` with at most `decimals` decimals, if that is exact: "2,5". */
function exactIn(ore: bigint, unit: bigint, decimals: number): string | null {
  const step = unit / 10n ** BigInt(decimals);
  if (abs(ore) % step !== 0n) return null;
  const whole = abs(ore) / unit;
  const fraction = ((abs(ore) % unit) / step).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${ore < 0n ? '-' : ''}${groupThousands(whole.toString())}${fraction ? `,${fraction}` : ''}`;
}

/**
 * As minutes write an amount: in millions ("2,5 mio. kr.") or billions ("1,2 mia. kr.") from one
 * of them up when at most three decimals say it exactly; else every krone ("487.500 kr.").
 */
export function formatAmount(ore: bigint): string {
  if (abs(ore) >= BILLION) {
    const billions = exactIn(ore, BILLION, 3);
    if (billions) return `${billions} mia. kr.`;
  }
  if (abs(ore) >= MILLION) {
    const millions = exactIn(ore, MILLION, 3);
    if (millions) return `${millions} mio. kr.`;
  }
  return formatKroner(ore);
}

/** Kroner as a plain decimal for a spreadsheet: "487500,00" (Danish decimal comma) or "487500.00". */
export function kronerDecimal(ore: bigint, decimalMark: ',' | '.' = ','): string {
  const sign = ore < 0n ? '-' : '';
  const rest = (abs(ore) % ORE_PER_KRONE).toString().padStart(2, '0');
  return `${sign}${abs(ore) / ORE_PER_KRONE}${decimalMark}${rest}`;
}

/** How often an amount is paid, when the text says so. */
export const RECURRENCES = ['once', 'yearly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** The period that follows an amount in the text: its recurrence and years (toYear null: "og frem"). */
export interface AmountPeriod {
  recurrence: Recurrence;
  fromYear: number | null;
  toYear: number | null;
}

export interface ParsedAmount {
  ore: bigint;
  /** The words the amount was read from ("2,5 mio. kr."), without the period. */
  text: string;
  /** Where in the text it starts. */
  index: number;
  /** Null when nothing after the amount says how often or when. */
  period: AmountPeriod | null;
}

/** A Danish number: thousands separated by points (or no-break spaces), decimals after a comma; ",-" for none. */
const NUMBER = String.raw`\d{1,3}(?:[.\u00a0]\d{3})+|\d+`;
const DECIMALS = String.raw`(?:,(?<decimals>\d+)|,-)?`;
/** The units after a number and what one of them is in øre. */
const UNITS: [RegExp, bigint][] = [
  [/^(?:mia|mia\.|mrd\.?|milliard(?:er)?)$/i, BILLION],
  [/^(?:mio|mio\.|mill\.?|million(?:er)?)$/i, MILLION],
  [/^(?:t\.?\s?kr\.?|tkr\.?|tusind(?:e)?\s+kr(?:\.|oner)?)$/i, 1_000n * ORE_PER_KRONE],
];
const UNIT = String.raw`(?:mia\.?|mrd\.?|milliard(?:er)?|mio\.?|mill\.?|million(?:er)?)`;
const THOUSANDS = String.raw`(?:t\.?\s?kr\.?|tkr\.?)`;
const CURRENCY = String.raw`(?:kroner|kr\.?|DKK)`;

/** "2,5 mio. kr.", "818.200 kr.", "500 t.kr.", "1.000 DKK" — the number, then its unit and currency. */
const AFTER = new RegExp(
  String.raw`(?<![\d,.])(?<number>${NUMBER})${DECIMALS}\s?(?:(?<unit>${UNIT})\s?${CURRENCY}|(?<thousands>${THOUSANDS})|${CURRENCY}(?![a-zæøå]))`,
  'giu',
);
/** "kr. 1.000,50", "DKK 2,5 mio." — the currency first. */
const BEFORE = new RegExp(
  String.raw`(?<![a-zæøå])(?:kr\.?|DKK)\s?(?<number>${NUMBER})${DECIMALS}(?:\s(?<unit>${UNIT}))?(?![\d])`,
  'giu',
);

function unitOf(word: string | undefined): bigint {
  if (!word) return ORE_PER_KRONE;
  const found = UNITS.find(([pattern]) => pattern.test(word.trim()));
  return found ? found[1] : ORE_PER_KRONE;
}

/** The number in øre, or null when the decimals go below one øre. */
function toOre(number: string, decimals: string | undefined, unit: bigint): bigint | null {
  const whole = BigInt(number.replace(/[.\u00a0]/g, ''));
  const fraction = decimals ?? '';
  const scale = 10n ** BigInt(fraction.length);
  const scaled = fraction === '' ? 0n : BigInt(fraction) * unit;
  if (scaled % scale !== 0n) return null;
  return whole * unit + scaled / scale;
}

const YEARLY = /^\s*,?\s*(?:årligt|om året|pr\.\s?år|per år|hvert år|årlig)\b/iu;
const MONTHLY = /^\s*,?\s*(?:månedligt|om måneden|pr\.\s?måned|per måned|hver måned)\b/iu;
const YEAR = String.raw`(?:19|20)\d{2}`;
const OPEN_END = new RegExp(
  String.raw`^\s*(?:i\s+|fra\s+og\s+med\s+|fra\s+)?(?<from>${YEAR})\s+og\s+frem(?:ad)?|^\s*fra\s+(?:og\s+med\s+)?(?<from2>${YEAR})(?![-–\d])`,
  'iu',
);
const RANGE = new RegExp(
  String.raw`^\s*(?:i\s+(?:årene\s+|perioden\s+)?|for\s+(?:årene\s+|perioden\s+)?|fra\s+)?(?<from>${YEAR})\s*(?:[-–]|til)\s*(?<to>${YEAR})`,
  'iu',
);
const ONE_YEAR = new RegExp(String.raw`^\s*(?:i|for|til)\s+(?:budget(?:året)?\s+)?(?<year>${YEAR})(?![-–\d])`, 'iu');

/** The years named right after an amount (and its recurrence): "i 2027 og frem", "i 2027-2030", "i 2026". */
function yearsIn(text: string): { fromYear: number; toYear: number | null } | null {
  const open = OPEN_END.exec(text);
  if (open?.groups) return { fromYear: Number(open.groups.from ?? open.groups.from2), toYear: null };
  const range = RANGE.exec(text);
  if (range?.groups) return { fromYear: Number(range.groups.from), toYear: Number(range.groups.to) };
  const one = ONE_YEAR.exec(text);
  if (one?.groups) return { fromYear: Number(one.groups.year), toYear: Number(one.groups.year) };
  return null;
}

/** The period in the words right after an amount: recurrence first, then years (or the other way round). */
function periodAfter(text: string): AmountPeriod | null {
  const recurrenceOf = (rest: string): [Recurrence | null, string] => {
    const yearly = YEARLY.exec(rest);
    if (yearly) return ['yearly', rest.slice(yearly[0].length)];
    const monthly = MONTHLY.exec(rest);
    if (monthly) return ['monthly', rest.slice(monthly[0].length)];
    return [null, rest];
  };
  const [first, afterRecurrence] = recurrenceOf(text);
  const years = yearsIn(afterRecurrence);
  let recurrence = first;
  if (!recurrence && years) {
    const range = (OPEN_END.exec(afterRecurrence) ?? RANGE.exec(afterRecurrence) ?? ONE_YEAR.exec(afterRecurrence))!;
    recurrence = recurrenceOf(afterRecurrence.slice(range[0].length))[0];
  }
  if (!recurrence && !years) return null;
  return { recurrence: recurrence ?? 'once', fromYear: years?.fromYear ?? null, toYear: years?.toYear ?? null };
}

/** Every amount of money in the text, in order, each with the period that follows it. */
export function findAmounts(text: string): ParsedAmount[] {
  const found: ParsedAmount[] = [];
  for (const pattern of [AFTER, BEFORE]) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const unit = unitOf(groups.unit ?? groups.thousands);
      const ore = toOre(groups.number, groups.decimals, unit);
      const index = match.index ?? 0;
      if (ore === null || found.some((f) => index < f.index + f.text.length && f.index < index + match[0].length))
        continue;
      const rest = text.slice(index + match[0].length, index + match[0].length + 80);
      found.push({ ore, text: match[0].trim(), index, period: periodAfter(rest) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The one amount a text is (a form's field: "2,5 mio. kr.", "487.500", "kr. 1.000,50"), or null. */
export function parseAmount(text: string): ParsedAmount | null {
  const trimmed = text.trim();
  const bare = new RegExp(`^(?<number>${NUMBER})${DECIMALS}$`, 'u').exec(trimmed);
  if (bare?.groups) {
    const ore = toOre(bare.groups.number, bare.groups.decimals, ORE_PER_KRONE);
    return ore === null ? null : { ore, text: trimmed, index: 0, period: null };
  }
  const [first] = findAmounts(trimmed);
  return first && first.index === 0 ? first : null;
}
