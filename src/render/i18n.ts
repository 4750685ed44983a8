/**
 * The message catalogue: the interface's own text in Danish (the default) and English. Only
 * Protokol's own words are translated; what the bodies published (titles, sections, decisions,
 * names) stays as published. `MESSAGES[lang]` holds the pages' words (messages/da.ts, en.ts);
 * `LABELS[lang]` the names of the domain's codes — outcomes, kinds, states, roles, refusals —
 * keyed by the enums' values (messages/labels-da.ts, labels-en.ts). Pages that exist only in
 * Danish (the secretariat's, the admins') use `LABELS.da`.
 */

import { DA_MESSAGES, type Messages } from './messages/da.js';
import { EN_MESSAGES } from './messages/en.js';
import type { Labels } from './messages/labels.js';
import { DA_LABELS } from './messages/labels-da.js';
import { EN_LABELS } from './messages/labels-en.js';

export type { Messages } from './messages/da.js';
export type { Labels } from './messages/labels.js';

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}

export const MESSAGES: Record<Lang, Messages> = { da: DA_MESSAGES, en: EN_MESSAGES };

export const LABELS: Record<Lang, Labels> = { da: DA_LABELS, en: EN_LABELS };
