/**
 * Who published a document. Given (`--publisher NAME`): a publisher's name or slug, matched case-
 * and accent-insensitively; an unknown name is refused with the closest matches. Not given: only
 * what the document states unambiguously (a health council's name, a region's or municipality's
 * full name in the body line); otherwise the document is refused, saying how to give it.
 */
import type { DbOrTx } from '../../db/client.js';
import { referenceHealthCouncils } from '../../db/load-reference-data.js';
import { findPublisherRow, loadInferenceFacts } from '../../db/publishers.js';
import type { PublisherRow } from '../../db/stores/identities.js';
import type { MeetingDocument } from '../../domain/meeting-document.js';
import { councilPublisher, type InferenceFacts, inferPublisher, matchPublisher } from '../../domain/publisher.js';
import { AppError } from '../../errors.js';

/** The publisher a person named, or an AppError('input_invalid') that names the closest ones. */
export async function resolveNamedPublisher(db: DbOrTx, given: string): Promise<PublisherRow> {
  const facts = await loadInferenceFacts(db, []);
  const match = matchPublisher(given, facts.publishers);
  if (!match.ok) {
    const names = (match.reason === 'unknown' ? match.closest : match.candidates).map((p) => `»${p.name}«`);
    const lead =
      match.reason === 'unknown'
        ? `ukendt udgiver »${given}«; nærmeste: ${names.join(', ')}`
        : `»${given}« kan være flere udgivere: ${names.join(', ')}`;
    throw new AppError(
      'input_invalid',
      `--publisher: ${lead}. Brug navnet eller slug'en (fx »Greve Kommune« eller »greve-kommune«).`,
    );
  }
  return (await findPublisherRow(db, match.publisher.id))!;
}

/** Decides each document's publisher: the one given, else the one the document states. */
export interface PublisherResolver {
  /**
   * The publisher of the document (with a warning when it is not the one given), or a Danish
   * sentence saying why it cannot be told.
   */
  forDocument(
    document: MeetingDocument,
  ): Promise<{ ok: true; publisher: PublisherRow; warning?: string } | { ok: false; error: string }>;
}

/**
 * A health council always belongs to its region, whoever published the file (a municipality may
 * show its council's minutes too): the given publisher never makes a second copy of a council.
 */
export async function publisherResolver(db: DbOrTx, given: string | undefined): Promise<PublisherResolver> {
  const named = given !== undefined ? await resolveNamedPublisher(db, given) : null;
  let facts: InferenceFacts | null = null;
  const rows = new Map<number, PublisherRow>();
  const row = async (id: number) => {
    if (!rows.has(id)) rows.set(id, (await findPublisherRow(db, id))!);
    return rows.get(id)!;
  };
  return {
    async forDocument(document) {
      facts ??= await loadInferenceFacts(db, referenceHealthCouncils());
      const council = councilPublisher(document.body, facts);
      if (named) {
        if (!council || council.id === named.id) return { ok: true, publisher: named };
        return {
          ok: true,
          publisher: await row(council.id),
          warning: `${document.body} hører til ${council.name}; gemt under den, ikke under ${named.name}.`,
        };
      }
      const inferred = inferPublisher(document.body, facts);
      if (!inferred) {
        return {
          ok: false,
          error: `udgiveren kan ikke udledes af dokumentet (organ »${document.body}«); angiv den med --publisher NAVN, fx --publisher "Greve Kommune". Intet er gemt.`,
        };
      }
      return { ok: true, publisher: await row(inferred.id) };
    },
  };
}
