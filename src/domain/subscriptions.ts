/**
 * Following by e-mail (abonnement): what anyone, without an account, can follow — a body, a
 * publisher, a case across bodies, a saved search, a body's published answers in the question
 * scheme — how often they are told (at once, or a daily digest), the limits on confirmation
 * requests, and when a publication matches a saved search. Pure.
 *
 * A new kind of target (a process or a plan, later) is a new entry in TARGET_KINDS with its
 * matching in the subscriptions' store and its page's form; nothing else here changes.
 */

import { copenhagenInstant, copenhagenParts } from './copenhagen-time.js';
import { addDays } from './danish-dates.js';

/**
 * body, publisher, case: a stored row's id; search: a saved search (query and filters);
 * answers: a body's answers in the question scheme as they are published (the public sees a
 * question only once it is answered, so the answers are what can be followed).
 */
export const TARGET_KINDS = ['body', 'publisher', 'case', 'search', 'answers'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const FREQUENCIES = ['immediate', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A saved search as the search page takes it (/sog?q=…&region=…); filters absent when not chosen. */
export interface SavedSearch {
  q: string;
  organ?: string;
  udgiver?: string;
  region?: string;
  udfald?: string;
}

/** What is followed: a row's id, or a saved search. */
export type Target = { kind: Exclude<TargetKind, 'search'>; id: number } | { kind: 'search'; search: SavedSearch };

/**
 * The target's key: one subscription per address and key ("body:12", "search:{…}"); the saved
 * search's filters in a fixed order and its words lower-cased, so the same search is one key.
 */
export function targetKey(target: Target): string {
  if (target.kind !== 'search') return `${target.kind}:${target.id}`;
  const { q, organ, udgiver, region, udfald } = target.search;
  return `search:${JSON.stringify([searchWords(q).join(' '), organ ?? '', udgiver ?? '', region ?? '', udfald ?? ''])}`;
}

/** A query's words, lower-cased, without the search syntax's quotes and signs. */
export function searchWords(q: string): string[] {
  return q
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}/-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter((word) => word.length > 0);
}

/** An open item of a publication, as a saved search is matched against it. */
export interface MatchableItem {
  id: number;
  title: string;
  /** Sections and decision as one text (agenda_items.search_text). */
  text: string;
  outcome: string | null;
}

/**
 * The open items a saved search finds in one publication (its body, publisher and region filters
 * are checked by the store): every word of the query occurs, as a word or part of one, in the
 * item's title or text ("sundhedsplan" finds "nærsundhedsplan", as the search's compound
 * expansion does); an outcome filter also needs the item's decision to have that outcome.
 */
export function itemsMatchingSearch(search: SavedSearch, items: readonly MatchableItem[]): number[] {
  const words = searchWords(search.q);
  if (words.length === 0) return [];
  return items
    .filter((item) => !search.udfald || item.outcome === search.udfald)
    .filter((item) => {
      const text = `${item.title}\n${item.text}`.toLocaleLowerCase('da');
      return words.every((word) => text.includes(word));
    })
    .map((item) => item.id);
}

/** The hour (Danish time) the daily digest is sent. */
export const DIGEST_HOUR = '07:00';

/** When a daily digest holding an event of `now` is sent: the next 07:00 in Denmark. */
export function nextDigestAt(now: Date): Date {
  const today = copenhagenParts(now).date;
  const todays = copenhagenInstant(today, DIGEST_HOUR);
  return todays.getTime() > now.getTime() ? todays : copenhagenInstant(addDays(today, 1), DIGEST_HOUR);
}

/** Confirmation requests: per address and per client in a sliding window, so the form cannot flood an inbox. */
export const CONFIRMATION_LIMITS = {
  windowMs: 60 * 60_000,
  /** Confirmation e-mails to one address in the window. */
  perAddress: 3,
  /** Requests from one client address in the window. */
  perClient: 20,
};

/** What the subscriber is told about. */
export const SUBSCRIPTION_EVENTS = ['agenda_published', 'minutes_published', 'answer_published'] as const;
export type SubscriptionEvent = (typeof SUBSCRIPTION_EVENTS)[number];

/** A subscriber's e-mail as composed: subject, plain text and HTML. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** One thing told in a subscriber's e-mail: what was followed and what happened to it (absolute addresses). */
export interface NoticeEntry {
  followed: { label: string; url: string };
  event: 'agenda_published' | 'minutes_published' | 'answer_published';
  meeting?: {
    bodyName: string;
    heldOn: string;
    startTime: string | null;
    url: string;
    /** Open items only. */
    items: { number: number; title: string; url: string }[];
  };
  answer?: { title: string; bodyName: string; url: string };
}
