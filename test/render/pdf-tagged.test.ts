/**
 * The agenda's and minutes' PDF is a tagged PDF: read back from its bytes with pdf.js (unpdf),
 * it has a structure tree in reading order (H1 body, H2 contents and items, H3 sections, the
 * front page's table with row headers, lists, a table from tab-separated text, links), marked
 * content for every text that is not an artifact (the running header and footer), the document's
 * language and title (shown by viewers: DisplayDocTitle) and the PDF/UA identification.
 */
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMinutesPdf } from '../../src/render/pdf/minutes-pdf.js';
import { COMPLETE, item, minutes } from '../helpers/meeting-documents.js';

interface Tagged {
  role: string;
  text: string;
  path: string[];
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface ReadBack {
  /** Every structure element with its own text, page by page, in the tree's order. */
  elements: Tagged[];
  /** Texts drawn outside any structure element and not marked as artifacts. */
  untagged: string[];
  artifacts: string[];
  info: Record<string, unknown>;
  title: string | null;
  markInfo: { Marked?: boolean } | null;
  raw: string;
  pages: number;
}

async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const raw = Buffer.from(bytes).toString('latin1');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const elements: Tagged[] = [];
  const untagged: string[] = [];
  const artifacts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // Marked content: struct content has an id; artifacts have the tag "Artifact".
    const texts = new Map<string, string>();
    const open: { id: string | null; artifact: boolean }[] = [];
    for (const entry of content.items as Record<string, unknown>[]) {
      if (entry.type === 'beginMarkedContentProps' || entry.type === 'beginMarkedContent') {
        open.push({ id: (entry.id as string | undefined) ?? null, artifact: entry.tag === 'Artifact' });
      } else if (entry.type === 'endMarkedContent') {
        open.pop();
      } else if (typeof entry.str === 'string' && entry.str.trim() !== '') {
        const top = open[open.length - 1];
        if (top?.id) texts.set(top.id, (texts.get(top.id) ?? '') + entry.str);
        else if (top?.artifact) artifacts.push(entry.str);
        else untagged.push(entry.str);
      }
    }
    const tree = (await page.getStructTree()) as StructNode | null;
    const walk = (node: StructNode, path: string[]) => {
      const own = (node.children ?? []).filter((child) => child.type === 'content' && child.id);
      const text = own.map((child) => texts.get(child.id as string) ?? '').join('');
      if (node.role && own.length > 0) elements.push({ role: node.role, text: text.trim(), path });
      for (const child of node.children ?? []) if (child.role) walk(child, [...path, child.role]);
    };
    if (tree) walk(tree, []);
  }
  const metadata = await pdf.getMetadata();
  const xmp = metadata.metadata as { get(name: string): string | null } | null;
  return {
    elements,
    untagged,
    artifacts,
    info: metadata.info as Record<string, unknown>,
    title: xmp?.get('dc:title') ?? null,
    markInfo: (await pdf.getMarkInfo()) as { Marked?: boolean } | null,
    raw,
    pages: pdf.numPages,
  };
}

const texts = (read: ReadBack, role: string) => read.elements.filter((e) => e.role === role).map((e) => e.text);

const WITH_TABLE_AND_LINK = minutes(
  [
    item(1, 'Tidsplan for nærsundhedsplanen', {
      sections: [
        { heading: 'Resumé', text: 'Se [planen](https://example.invalid/plan) for detaljer.' },
        { heading: 'Tidsplan', text: 'Fase\tMåned\nIgangsætning\tmaj 2026\nHøring\tseptember 2026' },
        { heading: 'Proces', text: '- Drøftelse i klyngerne\n  - Politisk klynge\n- Høring' },
      ],
    }),
    item(2, 'Eventuelt'),
  ],
  { body: 'Social- & Sundhedsudvalget' },
);

describe('the minutes as a tagged PDF', () => {
  let danish: ReadBack;
  let english: ReadBack;
  let extra: ReadBack;

  beforeAll(async () => {
    [danish, english, extra] = await Promise.all([
      renderMinutesPdf(COMPLETE).then(readBack),
      renderMinutesPdf(COMPLETE, { lang: 'en' }).then(readBack),
      renderMinutesPdf(WITH_TABLE_AND_LINK).then(readBack),
    ]);
  });

  it('is marked, with language, title shown by viewers and PDF/UA identification', () => {
    expect(danish.markInfo?.Marked).toBe(true);
    expect(danish.info.Language).toBe('da-DK');
    expect(danish.info.PDFFormatVersion).toBe('1.7');
    expect(danish.info.Title).toBe('Referat: Sundhedsråd Fjordby, 23. marts 2026');
    expect(danish.title).toBe('Referat: Sundhedsråd Fjordby, 23. marts 2026');
    expect(danish.raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(danish.raw).toMatch(/\/DisplayDocTitle true/);
    expect(danish.raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(english.info.Language).toBe('en-GB');
    expect(english.info.Title).toBe('Minutes: Sundhedsråd Fjordby, 23 March 2026');
    // A body's name with "&" keeps the XMP metadata readable.
    expect(extra.title).toBe('Referat: Social- & Sundhedsudvalget, 23. marts 2026');
  });

  it('has headings in reading order: the body, the contents, each item, its sections', () => {
    expect(texts(danish, 'H1')).toEqual(['Sundhedsråd Fjordby']);
    const h2 = texts(danish, 'H2');
    expect(h2[0]).toBe('Indholdsfortegnelse');
    expect(h2.slice(1)).toEqual(
      COMPLETE.items.map((it) => expect.stringMatching(new RegExp(`^Punkt ${it.number}: `)) as unknown as string),
    );
    expect(h2[1]).toBe('Punkt 1: Godkendelse af dagsordenen');
    const h3 = texts(danish, 'H3');
    expect(h3).toContain('Resumé');
    expect(h3).toContain('Indstilling');
    expect(h3).toContain('Beslutning i Sundhedsråd Fjordby den 23-03-2026');
    // Every item's heading opens its own section (Sect) of the document.
    const item1 = danish.elements.find((e) => e.role === 'H2' && e.text.startsWith('Punkt 1:'));
    expect(item1?.path).toEqual(['Document', 'Sect', 'H2']);
    // The front page comes first; its heading precedes the contents.
    expect(danish.elements.findIndex((e) => e.role === 'H1')).toBeLessThan(
      danish.elements.findIndex((e) => e.text === 'Indholdsfortegnelse'),
    );
  });

  it('tags the front page as a table with row headers, and the contents as TOC entries', () => {
    const headers = danish.elements.filter((e) => e.role === 'TH').map((e) => e.text);
    expect(headers).toEqual(['Mødedato', 'Mødested', 'Mødedeltagere', 'Fraværende', 'Punkter']);
    expect(danish.elements.find((e) => e.text.includes('mandag d. 23. marts 2026'))?.path).toEqual([
      'Document',
      'Table',
      'TR',
      'TD',
    ]);
    const entries = danish.elements.filter((e) => e.path.includes('TOCI'));
    expect(entries[0]).toEqual({
      role: 'Link',
      text: 'Punkt 1: Godkendelse af dagsordenen',
      path: ['Document', 'TOC', 'TOCI', 'Reference', 'Link'],
    });
    // The links to the items are annotations inside their Link elements.
    expect(danish.raw.match(/\/StructParent \d+/g)?.length ?? 0).toBeGreaterThanOrEqual(COMPLETE.items.length);
  });

  it('tags lists, tab-separated tables and links in the items', () => {
    const cells = extra.elements.filter((e) => e.role === 'TD').map((e) => e.text);
    expect(cells).toEqual(expect.arrayContaining(['Fase', 'Måned', 'Igangsætning', 'maj 2026']));
    expect(extra.elements.find((e) => e.text === 'maj 2026')?.path).toEqual(['Document', 'Sect', 'Table', 'TR', 'TD']);
    const entries = extra.elements.filter((e) => e.path.includes('L'));
    expect(entries.map((e) => e.text)).toEqual(['Drøftelse i klyngerne', 'Politisk klynge', 'Høring']);
    expect(entries[1].path).toEqual(['Document', 'Sect', 'L', 'LI', 'LBody', 'L', 'LI', 'LBody']);
    expect(extra.elements).toContainEqual({ role: 'Link', text: 'planen', path: ['Document', 'Sect', 'P', 'Link'] });
  });

  it('leaves no text untagged: the running header and footer are artifacts', () => {
    for (const read of [danish, english, extra]) expect(read.untagged).toEqual([]);
    expect(danish.artifacts.join(' ')).toContain(`Side 1 af ${danish.pages}`);
    expect(english.artifacts.join(' ')).toContain(`Page 2 of ${english.pages}`);
  });

  it('speaks English when asked, keeping what the body published', () => {
    expect(texts(english, 'H2')[0]).toBe('Contents');
    expect(texts(english, 'H2')[1]).toBe('Item 1: Godkendelse af dagsordenen');
    expect(texts(english, 'TH')[0]).toBe('Meeting date');
    expect(english.elements.find((e) => e.role === 'TD')?.text).toBe('Monday 23 March 2026 at 17:30');
    expect(english.elements.map((e) => e.text)).toContain('Closed item');
  });
});
