/**
 * HTML → markup tree, in one pass. The same tree node-html-parser gives (`parse(html, { comment:
 * false, lowerCaseTagName: false, parseNoneClosedTags: true })`, read into plain data) — its
 * tokenizer and its rules for implied end tags, ported — without building the library's DOM:
 * an HTML field of First Agenda's JSON is read several times faster. Text and attribute values
 * holding a character reference ("&") are decoded by the library itself, so decoding stays exact.
 * test/importer/markup-parser.test.ts holds this parser to the library's tree on fixtures and on
 * random markup.
 */
import { HTMLElement, TextNode } from 'node-html-parser';
import type { MarkupElement, MarkupNode } from '../markup/tree.js';

// node-html-parser's patterns, as it writes them.
const MARKUP =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][-.:0-9_a-zA-Z@\xB7\xC0-\xD6\xD8-\xF6\u00F8-\u03A1\u03A3-\u03D9\u03DB-\u03EF\u03F7-\u03FF\u0400-\u04FF\u0500-\u052F\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E00-\u1E9B\u1F00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2126\u212A-\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA78E\uA790-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB5F\uAB64-\uAB65\uFB00-\uFB06\uFB13-\uFB17\uFF21-\uFF3A\uFF41-\uFF5A\x37F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*)((?:\s+[^>]*?(?:(?:'[^']*')|(?:"[^"]*"))?)*)\s*(\/?)>/gu;
const MARKUP_WITH_CDATA = new RegExp(
  MARKUP.source.replace('<!--[\\s\\S]*?-->|', '<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|'),
  'gu',
);
const UNQUOTED_VALUE_AT_END = /(?:^|\s)[^\s"'<>=/]+\s*=\s*[^\s"'<>`]+$/;
const ATTRIBUTE = /([_a-zA-Z()[\]#@$.?:][a-zA-Z0-9-._:()[\]#]*)(?:\s*=\s*((?:'[^']*')|(?:"[^"]*")|\S+))?/g;
const RAW_TEXT = /^(?:script|noscript|style|pre)$/i;
const FRAME = 'documentfragmentcontainer';

/** A tag as the library compares it: as written, in lower case or in upper case (not mixed). */
const bothCases = (tags: string) => tags.split(' ').flatMap((tag) => [tag, tag.toUpperCase()]);

function rules(table: Record<string, string>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [parents, children] of Object.entries(table)) {
    for (const parent of bothCases(parents)) map.set(parent, new Set(bothCases(children)));
  }
  return map;
}

const VOID = new Set(bothCases('area base br col embed hr img input link meta param source track wbr'));
/** An open element (key, as written) that the opening of another (value) closes. */
const CLOSED_BY_OPENING = rules({
  li: 'li',
  p: 'p div',
  b: 'div',
  'td th': 'td th tr tbody tfoot',
  tr: 'tr tbody tfoot',
  'thead tbody': 'tbody tfoot',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  'dt dd': 'dt dd',
});
/** An open element (key, in upper case) that the end tag of another (value) closes. */
const CLOSED_BY_CLOSING = rules({
  li: 'ul ol',
  'a b i p': 'div',
  'td th': 'tr table thead tbody tfoot',
  tr: 'table thead tbody tfoot',
  'tbody tfoot': 'table',
  'dt dd': 'dl body html',
});
/** An open <p> is closed by the end tag of its parent, unless the parent is one of these. */
const P_KEPT_BY = new Set(['a', 'audio', 'del', 'ins', 'map', 'noscript', 'video']);

interface Open {
  element: MarkupElement;
  /** The tag as written; null for the root. */
  tag: string | null;
}

function textNode(raw: string): MarkupNode {
  return { type: 'text', text: raw.includes('&') ? new TextNode(raw).text : raw };
}

/** The library's own reading of an element's attributes (for the rare values that need decoding). */
function libraryAttributes(raw: string): Record<string, string> {
  return { ...new HTMLElement('x', {}, raw).attrs };
}

/** The attributes as the library reads them: names in lower case, values decoded. */
function attributesOf(raw: string): Record<string, string> {
  if (raw === '') return {};
  if (raw.includes('&')) return libraryAttributes(raw);
  const byName: Record<string, string | null> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(raw); match; match = ATTRIBUTE.exec(raw)) {
    const name = match[1];
    if (name === '__proto__') continue;
    // A name that plain objects inherit ("constructor") trips the library up: leave it to it.
    if (name in Object.prototype) return libraryAttributes(raw);
    let value = match[2] || null;
    if (value && (value[0] === "'" || value[0] === '"')) value = value.slice(1, -1);
    byName[name] = byName[name] || value;
  }
  const attributes: Record<string, string> = {};
  for (const name in byName) attributes[name.toLowerCase()] = byName[name] || '';
  return attributes;
}

/** Closes open elements as an end tag (or a self-closing or void tag) does. */
function close(stack: Open[], tag: string): void {
  for (;;) {
    const current = stack[stack.length - 1];
    if (current.tag === tag) {
      stack.pop();
      return;
    }
    if (CLOSED_BY_CLOSING.get(current.tag ? current.tag.toUpperCase() : '')?.has(tag)) {
      stack.pop();
      continue;
    }
    const open = current.tag ? current.tag.toLowerCase() : '';
    const container = stack.length > 1 ? stack[stack.length - 2].tag : null;
    if (
      open === 'p' &&
      container &&
      container.toLowerCase() === tag.toLowerCase() &&
      !P_KEPT_BY.has(tag.toLowerCase())
    ) {
      stack.pop();
      continue;
    }
    return;
  }
}

/** Parses HTML leniently (never throws on bad markup) into a markup tree. */
export function parseMarkupTree(html: string): MarkupElement {
  const root: MarkupElement = { type: 'element', tag: '', attributes: {}, children: [] };
  const stack: Open[] = [{ element: root, tag: null }];
  const data = `<${FRAME}>${html}</${FRAME}>`;
  const pattern = html.includes('<![CDATA[') ? MARKUP_WITH_CDATA : MARKUP;
  const end = data.length - FRAME.length - 3;
  let lastText = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(data); match; match = pattern.exec(data)) {
    const text = match[0];
    const tag = match[2];
    let attributes = match[3] ?? '';
    let selfClosing = match[4];
    let closing = match[1];
    const start = pattern.lastIndex - text.length;
    if (selfClosing && !closing && UNQUOTED_VALUE_AT_END.test(attributes) && !VOID.has(tag)) {
      attributes += selfClosing;
      selfClosing = '';
    }
    const parent = stack[stack.length - 1].element;
    if (lastText > -1 && lastText < start) parent.children.push(textNode(data.substring(lastText, start)));
    lastText = pattern.lastIndex;
    if (text.startsWith('<![CDATA[')) {
      parent.children.push(textNode(text));
      continue;
    }
    if (tag === FRAME || text[1] === '!') continue;
    if (!closing) {
      if (!selfClosing) {
        while (CLOSED_BY_OPENING.get(stack[stack.length - 1].tag ?? '')?.has(tag)) stack.pop();
      }
      const element: MarkupElement = {
        type: 'element',
        tag,
        attributes: attributesOf(attributes.slice(1)),
        children: [],
      };
      stack[stack.length - 1].element.children.push(element);
      stack.push({ element, tag });
      if (RAW_TEXT.test(tag)) {
        const closeTag = `</${tag}>`;
        const closeAt = data.indexOf(closeTag, pattern.lastIndex);
        const content = data.substring(pattern.lastIndex, closeAt === -1 ? end : closeAt);
        if (/\S/.test(content)) element.children.push(textNode(content));
        if (closeAt === -1) {
          lastText = pattern.lastIndex = data.length + 1;
        } else {
          lastText = pattern.lastIndex = closeAt + closeTag.length;
          closing = '/';
        }
      }
    }
    if (closing || selfClosing || VOID.has(tag)) close(stack, tag);
  }
  return root;
}
