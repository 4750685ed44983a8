/**
 * A tagged PDF from pdfmake: the structure tree (headings, paragraphs, lists, tables, the
 * contents) that screen readers follow, in reading order.
 *
 * pdfmake 0.3 hands `tagged`, `lang`, `displayTitle` and `subset` to pdfkit, which then writes
 * /MarkInfo, /StructTreeRoot, /Lang and the PDF/UA identification, but pdfmake itself marks no
 * content. So the document definition carries the structure: `tagContent` walks pdfmake content
 * and gives every text a `pdfTag` (a node of our tree: role and children in reading order; the
 * text's inline pieces keep it through pdfmake's layout). pdfmake's renderer is wrapped once
 * (only documents whose texts carry tags are affected): before the pages are drawn the tree
 * becomes pdfkit structure elements (`doc.struct`), each line is drawn inside a marked-content
 * sequence of its element (`markStructureContent`), a link inside a line becomes a Link element
 * holding its annotation, the contents' lines become TOCI entries, and everything drawn without
 * a tag — rules, fills, bullets, the running header and footer — is marked as an artifact.
 */
import { createRequire } from 'node:module';
import type { Content, ContentObject } from './content.js';

/** A node of the structure tree: a PDF standard structure type and its children in reading order. */
interface TagNode {
  role: string;
  children: TagNode[];
  /** /A << /O /Table /Scope … >> for a table's header cell. */
  scope?: 'Row' | 'Column';
  /** This node takes the contents' entries (TOCI, one per item) as they are drawn. */
  isContents?: boolean;
  parent?: TagNode;
}

export function tagNode(role: string, parent?: TagNode, extra: Partial<TagNode> = {}): TagNode {
  const node: TagNode = { role, children: [], ...extra, parent };
  parent?.children.push(node);
  return node;
}

// ---------------------------------------------------------------------------------------------
// The document definition: content → content with tags

/** Which structure type a text of a given style is. */
const ROLE_BY_STYLE: Record<string, string> = {
  title: 'H1',
  tocTitle: 'H2',
  itemHeading: 'H2',
  sectionHeading: 'H3',
};

function isObject(content: Content): content is ContentObject {
  return typeof content === 'object' && content !== null && !Array.isArray(content);
}

/** Every inline piece of a text carries the tag (pdfmake copies unknown keys of inline pieces onto the drawn inlines). */
function tagInlines(text: unknown, tag: TagNode): unknown[] {
  const pieces = Array.isArray(text) ? text : [text];
  return pieces.flatMap((piece): unknown[] => {
    if (typeof piece === 'string') return [{ text: piece, pdfTag: tag }];
    if (isObject(piece as Content)) {
      const object = piece as ContentObject;
      if (Array.isArray(object.text))
        return tagInlines(object.text, tag).map((inner) => ({ ...object, ...(inner as object) }));
      return [{ ...object, pdfTag: tag }];
    }
    return [];
  });
}

function tagText(content: ContentObject, parent: TagNode, role?: string): ContentObject {
  const chosen = role ?? (typeof content.style === 'string' ? ROLE_BY_STYLE[content.style] : undefined) ?? 'P';
  const tag = tagNode(chosen, parent);
  return { ...content, text: tagInlines(content.text, tag) };
}

function tagList(content: ContentObject, key: 'ul' | 'ol', parent: TagNode): ContentObject {
  const list = tagNode('L', parent);
  const entries = (content[key] as Content[]).map((entry) => {
    const body = tagNode('LBody', tagNode('LI', list));
    // A plain entry's text is the LBody itself; an entry with a nested list holds its paragraph and the list.
    if (typeof entry === 'string') return tagLeaf(entry, body);
    if (isObject(entry) && 'text' in entry) return tagLeafObject(entry, body);
    return tagContent(entry, body);
  });
  return { ...content, [key]: entries };
}

/** A plain string entry drawn as its parent's own text (LBody, TD): the parent is the leaf. */
function tagLeaf(text: string, leaf: TagNode): ContentObject {
  return { text: tagInlines(text, leaf) };
}

function tagLeafObject(content: ContentObject, leaf: TagNode): ContentObject {
  return { ...content, text: tagInlines(content.text, leaf) };
}

function tagCell(cell: Content, row: TagNode, role: 'TH' | 'TD', scope?: 'Row' | 'Column'): Content {
  const node = tagNode(role, row, scope ? { scope } : {});
  if (typeof cell === 'string') return tagLeaf(cell, node);
  // A cell of one text is the cell's own content; a heading or a stack is content inside the cell.
  const isHeading = isObject(cell) && typeof cell.style === 'string' && cell.style in ROLE_BY_STYLE;
  if (isObject(cell) && 'text' in cell && !isHeading && !cell.pdfRole) return tagLeafObject(cell, node);
  return tagContent(cell, node);
}

function tagTable(content: ContentObject, parent: TagNode): ContentObject {
  const table = content.table as ContentObject & { body: Content[][] };
  const headerColumn = content.pdfHeaderColumn === true;
  // A table used for its look only (a box around a decision): its cells' content, no Table.
  if (content.pdfLayoutOnly === true) {
    const div = tagNode('Div', parent);
    return { ...content, table: { ...table, body: table.body.map((row) => row.map((cell) => tagContent(cell, div))) } };
  }
  const node = tagNode('Table', parent);
  const body = table.body.map((row) => {
    const tr = tagNode('TR', node);
    return row.map((cell, column) =>
      headerColumn && column === 0 ? tagCell(cell, tr, 'TH', 'Row') : tagCell(cell, tr, 'TD'),
    );
  });
  return { ...content, table: { ...table, body } };
}

/**
 * pdfmake content with a tag on every text, the tags added to `parent` in reading order. Styles
 * name the headings (title H1, tocTitle and itemHeading H2, sectionHeading H3); `pdfRole` on a
 * stack or text gives its role (a Sect, a Div), `pdfLayoutOnly` on a table says it is a box,
 * `pdfHeaderColumn` that its first column heads the rows.
 */
export function tagContent(content: Content, parent: TagNode): Content {
  if (Array.isArray(content)) return content.map((part) => tagContent(part, parent));
  if (typeof content === 'string') return tagText({ text: content }, parent);
  if (!isObject(content)) return content;
  const role = typeof content.pdfRole === 'string' ? content.pdfRole : undefined;
  if ('text' in content) {
    // A heading in the contents: the bookmark needs its words as a string (the contents' own lines are told apart when drawn).
    if (content.tocItem && typeof content.text === 'string')
      return { ...tagText(content, parent, role), outlineText: content.text };
    return tagText(content, parent, role);
  }
  if (Array.isArray(content.stack)) {
    const group = role ? tagNode(role, parent) : parent;
    return { ...content, stack: (content.stack as Content[]).map((part) => tagContent(part, group)) };
  }
  if (Array.isArray(content.columns)) {
    return { ...content, columns: (content.columns as Content[]).map((part) => tagContent(part, parent)) };
  }
  if (Array.isArray(content.ul)) return tagList(content, 'ul', parent);
  if (Array.isArray(content.ol)) return tagList(content, 'ol', parent);
  if (isObject(content.table as Content)) return tagTable(content, parent);
  if (isObject(content.toc as Content)) {
    const toc = content.toc as ContentObject;
    const title = toc.title ? tagContent(toc.title as Content, parent) : undefined;
    tagNode('TOC', parent, { isContents: true });
    return { ...content, toc: { ...toc, ...(title ? { title } : {}) } };
  }
  return content;
}

// ---------------------------------------------------------------------------------------------
// Drawing: pdfmake's renderer, wrapped

/** The little of pdfkit's document (with its structure API) that the wrapper uses. */
interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
  dictionary: { data: Record<string, unknown> };
}
interface PdfKitDocument {
  options: { tagged?: boolean };
  struct(role: string, options?: Record<string, unknown>): StructElement;
  addStructure(element: StructElement): void;
  markStructureContent(role: string): unknown;
  markContent(role: string, options?: Record<string, unknown>): void;
  endMarkedContent(): void;
  text(text: string, x: number, y: number, options: Record<string, unknown>): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: Record<string, unknown>): unknown;
  _currentStructureElement?: StructElement;
  info: Record<string, unknown>;
  _addInfo(): void;
}
interface Inline {
  pdfTag?: TagNode;
  link?: string | null;
  linkToDestination?: string | null;
}
interface Line {
  inlines: Inline[];
}
interface PageItem {
  type: string;
  item: Line;
}
interface RendererPrototype {
  pdfDocument: PdfKitDocument;
  renderPages(pages: { items: PageItem[] }[]): void;
  renderLine(line: Line, x: number, y: number): void;
  renderVector(vector: unknown): void;
  renderImage(image: unknown): void;
  renderSVG(svg: unknown): void;
}

/** What one document being drawn needs: its elements by node, and the contents' entries. */
interface Drawing {
  elements: Map<TagNode, StructElement>;
  contents?: { node: TagNode; entries: Map<string, StructElement> };
}

const drawings = new WeakMap<PdfKitDocument, Drawing>();

function tagOfLine(line: Line): TagNode | undefined {
  return line.inlines.find((inline) => inline.pdfTag)?.pdfTag;
}

/** The root of the tree whose tags the pages' lines carry. */
function rootOf(pages: { items: PageItem[] }[]): TagNode | undefined {
  for (const page of pages) {
    for (const { type, item } of page.items) {
      let tag = type === 'line' ? tagOfLine(item) : undefined;
      if (!tag) continue;
      while (tag.parent) tag = tag.parent;
      return tag;
    }
  }
  return undefined;
}

/** The pdfkit elements of the whole tree, in reading order, under the document's StructTreeRoot. */
function materialise(doc: PdfKitDocument, root: TagNode): Drawing {
  const drawing: Drawing = { elements: new Map() };
  const build = (node: TagNode, parent: StructElement | null) => {
    const element = doc.struct(node.role, node.scope ? { scope: node.scope } : {});
    if (parent) parent.add(element);
    else doc.addStructure(element);
    drawing.elements.set(node, element);
    if (node.isContents) drawing.contents = { node, entries: new Map() };
    for (const child of node.children) build(child, element);
  };
  build(root, null);
  return drawing;
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** pdfkit writes the title, author, subject and keywords into the XMP metadata unescaped: "Social- & Sundhedsudvalget" would break it. */
function escapeXmpInfo(doc: PdfKitDocument): void {
  const addInfo = doc._addInfo;
  doc._addInfo = function (this: PdfKitDocument) {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.replace(/[&<>]/g, (c) => XML_ENTITIES[c]) : value,
      ]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

let installed = false;

/**
 * Wraps pdfmake's renderer (once per process). Documents without tags, or not `tagged`, are drawn
 * exactly as before.
 */
export function installTagging(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const Renderer = (require('pdfmake/js/Renderer.js') as { default: { prototype: RendererPrototype } }).default;
  const proto = Renderer.prototype;
  const { renderPages, renderLine, renderVector, renderImage, renderSVG } = proto;

  proto.renderPages = function (this: RendererPrototype, pages) {
    const doc = this.pdfDocument;
    if (doc.options.tagged) {
      const root = rootOf(pages);
      if (root) drawings.set(doc, materialise(doc, root));
      escapeXmpInfo(doc);
    }
    return renderPages.call(this, pages);
  };

  const asArtifact = <T extends unknown[]>(draw: (this: RendererPrototype, ...args: T) => void) =>
    function (this: RendererPrototype, ...args: T) {
      const doc = this.pdfDocument;
      if (!drawings.has(doc)) return draw.apply(this, args);
      doc.markContent('Artifact', { type: 'Layout' });
      draw.apply(this, args);
      doc.endMarkedContent();
    };
  proto.renderVector = asArtifact(renderVector);
  proto.renderImage = asArtifact(renderImage);
  proto.renderSVG = asArtifact(renderSVG);

  proto.renderLine = function (this: RendererPrototype, line, x, y) {
    const doc = this.pdfDocument;
    const drawing = drawings.get(doc);
    if (!drawing) return renderLine.call(this, line, x, y);
    const element = elementOfLine(doc, drawing, line);
    if (!element) {
      doc.markContent('Artifact', { type: 'Pagination' });
      renderLine.call(this, line, x, y);
      doc.endMarkedContent();
      return;
    }
    const role = String(element.dictionary.data.S);
    // pdfmake draws a line word by word: the words go into the element's marked content, a
    // link's words (one target after another) into one Link element that holds their annotations.
    let open: { link: StructElement | null; target: string | null } | null = null;
    const close = () => {
      if (!open) return;
      doc.endMarkedContent();
      if (open.link) {
        doc._currentStructureElement = undefined;
        open.link.end();
      }
      open = null;
    };
    const text = doc.text;
    const goTo = doc.goTo;
    doc.text = function (this: PdfKitDocument, value, at, top, options) {
      const target =
        options.link != null ? `url:${options.link}` : options.goTo != null ? `dest:${options.goTo}` : null;
      if (!open || open.target !== target) {
        close();
        if (target) {
          const link = doc.struct('Link');
          element.add(link);
          link.add(doc.markStructureContent('Link'));
          doc._currentStructureElement = link;
          open = { link, target };
        } else {
          element.add(doc.markStructureContent(role));
          open = { link: null, target: null };
        }
      }
      return text.call(this, value, at, top, options);
    };
    doc.goTo = function (this: PdfKitDocument, gx, gy, w, h, name, options = {}) {
      const structParent = doc._currentStructureElement;
      return goTo.call(this, gx, gy, w, h, name, structParent ? { ...options, structParent } : options);
    };
    try {
      renderLine.call(this, line, x, y);
    } finally {
      close();
      doc.text = text;
      doc.goTo = goTo;
    }
  };
}

/** The element a line's content belongs to: its tag's, or for a line of the contents its entry (TOCI). */
function elementOfLine(doc: PdfKitDocument, drawing: Drawing, line: Line): StructElement | undefined {
  const destination = line.inlines.find((inline) => inline.linkToDestination)?.linkToDestination;
  if (destination && drawing.contents) {
    const contents = drawing.contents;
    let entry = contents.entries.get(destination);
    if (!entry) {
      const toci = doc.struct('TOCI');
      (drawing.elements.get(contents.node) as StructElement).add(toci);
      entry = doc.struct('Reference');
      toci.add(entry);
      contents.entries.set(destination, entry);
    }
    return entry;
  }
  const tag = tagOfLine(line);
  return tag ? drawing.elements.get(tag) : undefined;
}
