/**
 * Case numbers and document ids as the layouts print them: bare ("25/53155", "EMN-2025-012345",
 * recognised by domain/case-number.ts) or labelled ("Sags ID: EMN-2022-08440", "Sagsnr.:
 * 24-004678", "Dok ID: 12494335", "Dok.nr. 1234/12"). Shared by the readers and
 * refiners/case-numbers.ts. Pure; every pattern is linear.
 */
import { parseCaseNumber } from '../domain/case-number.js';
import { collapseSpace } from './fold.js';

const META_LABEL =
  /^(sags?\s*id|sagsnr\.?|sags?\s*nummer|sag\s*nr\.?|j\.\s*nr\.?|journalnr\.?|journalnummer|emnenr\.?|dok\.?\s*id|dokid|dok\.?\s*nr\.?|dokumentnr\.?|dokumentnummer|dokument\s*id)\s*:?\s*(\S[^\t]{0,60})$/i;

/** "Sags ID: EMN-2022-08440", "Dok ID: 12494335" → what it is and its value. */
export function matchMetaLabel(text: string): { kind: 'case' | 'document'; value: string } | null {
  if (text.length > 90) return null;
  const match = META_LABEL.exec(text.trim());
  if (!match) return null;
  const kind = match[1].toLowerCase().startsWith('dok') ? 'document' : 'case';
  const value = match[2].trim().replace(/[.,;]$/, '');
  if (!/\d/.test(value)) return null;
  // Up to 40 characters: First Agenda's document ids are UUIDs (36).
  if (kind === 'document' && !/^[\w./-]{1,40}$/.test(value)) return null;
  if (kind === 'case' && value.length > 40) return null;
  return { kind, value };
}

/** A labelled case number's value as the case system writes it: the recognised form, else as printed. */
export function caseNumberOf(value: string): string {
  return parseCaseNumber(value) ?? value;
}

const ZERO_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;

/**
 * An id or case number as stored: whitespace folded, a final full stop, comma or semicolon
 * dropped, and nothing for an empty value or a zero GUID (a placeholder, never an id).
 */
export function cleanId(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = collapseSpace(value).replace(/[.,;]$/, '');
  return cleaned === '' || ZERO_GUID.test(cleaned) ? null : cleaned;
}
