/**
 * What the harvester needs from a First Agenda document's raw JSON besides the meeting document:
 * the agenda GUID (top-level `Id`, the PDF of the whole document is `/vis/pdf/dagsorden/<it>`)
 * and the attachments of the open items with their addresses. Closed items ("Lukket …" captions;
 * `IsOpen` is not reliable) are never asked for: their attachments are not served.
 */
import { CLOSED_WORD, foldHeading } from '../vocabulary.js';
import { ZERO_GUID } from './listing.js';

export interface AttachmentRef {
  itemNumber: number | null;
  title: string;
  /** `Bilag[].Id`. */
  documentId: string;
  url: string;
}

export interface DocumentFacts {
  agendaGuid: string | null;
  /** Attachments of open items that the site says have a PDF. */
  openAttachments: AttachmentRef[];
  /** Attachments listed under closed items (never fetched). */
  closedAttachments: number;
}

type Json = Record<string, unknown>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function guidOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().toLowerCase();
  return GUID.test(trimmed) && trimmed !== ZERO_GUID ? trimmed : null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Reads the facts; `resolve` turns a site path into a full URL (for attachments without `Link`,
 * whose address is `/vis/pdf/bilag/<Id>`).
 */
export function documentFacts(json: unknown, resolve: (path: string) => string): DocumentFacts {
  const root = isObject(json) ? json : {};
  const items = Array.isArray(root.Dagsordenpunkter) ? root.Dagsordenpunkter.filter(isObject) : [];
  const openAttachments: AttachmentRef[] = [];
  const seen = new Set<string>();
  let closedAttachments = 0;
  for (const item of items) {
    const caption = textOf(item.Caption) ?? textOf(item.Navn) ?? '';
    const bilag = Array.isArray(item.Bilag) ? item.Bilag.filter(isObject) : [];
    if (foldHeading(caption).startsWith(CLOSED_WORD)) {
      closedAttachments += bilag.length;
      continue;
    }
    const numberText = textOf(item.Number) ?? textOf(item.Punktnummer);
    const itemNumber = numberText && /^\d+$/.test(numberText) ? Number(numberText) : null;
    for (const entry of bilag) {
      const documentId = guidOf(entry.Id);
      if (!documentId || entry.HarPdfVersion === false || entry.HarPdfVersion === 'false') continue;
      const link = textOf(entry.Link);
      const url = link && /^https?:\/\//i.test(link) ? link : resolve(`/vis/pdf/bilag/${documentId}`);
      if (seen.has(url)) continue;
      seen.add(url);
      openAttachments.push({
        itemNumber,
        title: textOf(entry.Navn) ?? textOf(entry.Name) ?? documentId,
        documentId,
        url,
      });
    }
  }
  return { agendaGuid: guidOf(root.Id), openAttachments, closedAttachments };
}
