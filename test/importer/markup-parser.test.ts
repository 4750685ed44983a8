/**
 * The markup parser (extract/markup-parser.ts) gives the tree that node-html-parser gives for the
 * same HTML (read into plain data as extraction used to): on the fixtures' HTML, on HTML as real
 * sites write it, and on random markup — implied end tags, void and raw-text elements, comments,
 * CDATA, character references, attributes of every quoting, stray brackets and mixed case.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseMarkupTree } from '../../src/importer/extract/markup-parser.js';
import type { MarkupElement, MarkupNode } from '../../src/importer/markup/tree.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';

function toMarkup(node: Node): MarkupNode | null {
  if (node.nodeType === NodeType.TEXT_NODE) return { type: 'text', text: node.text };
  if (node.nodeType !== NodeType.ELEMENT_NODE) return null;
  const element = node as HTMLElement;
  const children: MarkupNode[] = [];
  for (const child of element.childNodes) {
    const converted = toMarkup(child);
    if (converted) children.push(converted);
  }
  return { type: 'element', tag: element.rawTagName ?? '', attributes: { ...element.attrs }, children };
}

/** The library's tree, or the error it throws. */
function libraryTree(html: string): MarkupElement | string {
  try {
    return toMarkup(
      parse(html, { comment: false, lowerCaseTagName: false, parseNoneClosedTags: true }),
    ) as MarkupElement;
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

function ownTree(html: string): MarkupElement | string {
  try {
    return parseMarkupTree(html);
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

/** Every string holding markup in the fixtures: HTML files and the HTML fields of JSON files. */
function fixtureMarkup(): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.includes('<') || value.includes('&')) found.push(value);
    } else if (value && typeof value === 'object') for (const entry of Object.values(value)) visit(entry);
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.html?$/i.test(name)) found.push(readFileSync(file, 'utf8'));
      else if (name === 'source.json') visit(JSON.parse(readFileSync(file, 'utf8')));
    }
  };
  walk(FIXTURES_ROOT);
  return found;
}

const SITE_HTML = `<div><div id='sagsfremstillingContainer'>\n\n<div><h3>Beslutning</h3>
<span><p class="xsltFirstParagraph">Godkendt &amp; tiltrådt.</p><p>Afbud: Anne Prøve</p><br><br></span>\n</div>
<h3>Fremstilling</h3>\n<span class='ukendt'><h4>Sagsprocedure</h4>\n<p>Udvalget.</p>
<p style="margin:0cm 0cm 8pt;font-family:&quot;Calibri&quot;,sans-serif"><span style="font-size:11.0pt">Tekst&nbsp;her.</span></p><br><br><br>
<ul style="list-style-type: disc;">\n    <li>Et punkt</li>\n    <li>Et andet<ul><li>Indlejret</ul></li>\n</ul>
<table><tr><td>A<td>B</tr><tr><th>C</table><h4>Indstilling</h4>\n<p><em>Indstilles.</em></p></span>\n\n</div></div>`;

describe('the markup parser', () => {
  it('gives the library’s tree for every fixture’s markup', () => {
    const strings = fixtureMarkup();
    expect(strings.length).toBeGreaterThan(5);
    for (const html of strings) expect(ownTree(html)).toEqual(libraryTree(html));
  });

  it('gives the library’s tree for HTML as First Agenda writes it', () => {
    expect(ownTree(SITE_HTML)).toEqual(libraryTree(SITE_HTML));
  });

  const TAGS = [
    'p',
    'P',
    'Pp',
    'div',
    'DIV',
    'span',
    'b',
    'B',
    'i',
    'a',
    'A',
    'li',
    'LI',
    'Li',
    'ul',
    'ol',
    'OL',
    'table',
    'tbody',
    'thead',
    'tfoot',
    'tr',
    'TR',
    'td',
    'th',
    'h1',
    'h3',
    'H3',
    'h4',
    'dl',
    'dt',
    'dd',
    'br',
    'BR',
    'Br',
    'hr',
    'img',
    'script',
    'SCRIPT',
    'pre',
    'style',
    'noscript',
    'del',
    'video',
    'body',
    'html',
    'em',
    'ı',
    'x-y',
    'o:p',
  ];
  const ATTRIBUTES = [
    '',
    ' id="x"',
    " class='a b'",
    ' style="color:red"',
    ' href=/a/b',
    ' title="a &amp; b"',
    ' data-x',
    ' hidden',
    ' constructor="c"',
    ' __proto__="p"',
    ' toString=x',
    ' ID="Y" id="z"',
    ' a="1" a="2"',
    " x='&lt;'",
    ' v=a/',
    ' =x',
  ];
  const TEXTS = [
    'tekst',
    ' ',
    '\n',
    '  to  ord ',
    'Æble & pære',
    '&amp;',
    '&nbsp;',
    '&lt;p&gt;',
    '&#39;',
    '&#x41;',
    '&foo;',
    '&amp',
    '<',
    '>',
    '< p>',
    'a < b > c',
    '<!-- note -->',
    '<!--',
    '<![CDATA[ x < y ]]>',
    '<!doctype html>',
    '</>',
    '<3',
  ];
  const piece = fc.oneof(
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attributes: fc.constantFrom(...ATTRIBUTES),
        end: fc.constantFrom('>', '/>', ' />'),
      })
      .map(({ tag, attributes, end }) => `<${tag}${attributes}${end}`),
    fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
    fc.constantFrom(...TEXTS),
    fc.string({ maxLength: 6 }),
  );

  it('gives the library’s tree for random markup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(ownTree(html)).toEqual(libraryTree(html));
      }),
      { numRuns: Number(process.env.MARKUP_RUNS ?? 3000) },
    );
  });
});
