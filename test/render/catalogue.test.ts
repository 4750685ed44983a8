/**
 * The interface's words live in the message catalogue (src/render/messages/), in Danish and
 * English. This test reads the source of the areas already converted and fails on any string
 * literal, template text or JSX text that looks like Danish interface text — Danish letters (æøå)
 * or a common Danish word — naming file and line. Comments are not literals. Codes, form field
 * names and route paths are not interface text: a literal that starts with '/' or is one
 * lower-case token (e.g. 'tilbage', 'besvaret') is skipped, and so are attributes that hold no
 * text (href, name, id …) and log lines and thrown errors other than AppError (for the
 * operators). Anything else that must stay goes in ALLOWED with the reason.
 *
 * SCANNED grows as more areas move to the catalogue, until it is the whole of src/render/html and
 * src/web.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_MESSAGES } from '../../src/render/messages/accounts.js';
import { ADMIN_MESSAGES } from '../../src/render/messages/admin.js';
import { NOTIFICATION_MESSAGES } from '../../src/render/messages/notifications.js';
import { QUESTION_MESSAGES } from '../../src/render/messages/questions.js';

/** Folders (from the repository's root) whose source must have no Danish interface text. */
const SCANNED = [
  'src/render/html/accounts',
  'src/render/html/admin',
  'src/render/html/notifications',
  'src/render/html/questions',
  'src/web/accounts',
  'src/web/admin',
  'src/web/auth',
  'src/web/notifications',
  'src/web/questions',
] as const;

/** `file: [text …]` — literals that look Danish but are not interface text. */
const ALLOWED: Record<string, readonly string[]> = {};

/** JSX attributes that hold codes, addresses or names, never text a person reads. */
const CODE_ATTRIBUTES = new Set([
  'action',
  'autocomplete',
  'class',
  'for',
  'href',
  'id',
  'lang',
  'method',
  'name',
  'rel',
  'src',
  'type',
]);

const DANISH_LETTERS = /[æøåÆØÅ]/;
const DANISH_WORDS =
  /\b(og|ikke|der|som|har|kan|skal|til|fra|af|er|den|det|eller|ingen|intet|hvis|gem|vælg|opret|slet|tilbage|kodeord|svar|møde|mødet|punkt|spørgsmål|gå|forsiden|ind|ud|nyt|ny|nye|dato|frist|fristen|organ|organet|besvaret|afvist|modtaget|indstillinger|underretninger|sekretariat|sekretariatet|du|dig|din|dit|vi|jeres|ret|fejl|send|sendt|opfølgning|mødeplan)\b/i;

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function looksDanish(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /^[/?#]/.test(trimmed)) return false;
  if (/^[a-z0-9_.:-]+$/.test(trimmed)) return false;
  return DANISH_LETTERS.test(trimmed) || DANISH_WORDS.test(trimmed);
}

function isCodeAttribute(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isJsxAttribute(parent)) return CODE_ATTRIBUTES.has(parent.name.getText());
  return false;
}

/** Words for the operators, not the interface: log lines (`logger.warn(…)`) and thrown errors (`new XError(…)`). */
function isForOperators(node: ts.Node): boolean {
  for (let up = node.parent; up && !ts.isBlock(up) && !ts.isSourceFile(up); up = up.parent) {
    if (ts.isCallExpression(up) && /(^|\.)(logger|console)\.\w+$/.test(up.expression.getText())) return true;
    // AppError messages reach the person (the error page); other errors are for the logs.
    if (ts.isNewExpression(up) && /^(?!AppError$)\w*Error$/.test(up.expression.getText())) return true;
  }
  return false;
}

/** The Danish-looking literals of one source file, as `file:line: text`. */
function danishLiterals(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const allowed = new Set(ALLOWED[file] ?? []);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) literal = node.text;
    else if (ts.isJsxText(node)) literal = node.text;
    if (
      literal !== undefined &&
      !isCodeAttribute(node) &&
      !isForOperators(node) &&
      !allowed.has(literal.trim()) &&
      looksDanish(literal)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${file}:${line + 1}: ${literal.trim().replace(/\s+/g, ' ')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every leaf of a catalogue as `path: kind` ('text' or 'function'), empty texts marked. */
function leaves(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function`];
  if (typeof value === 'string') return [`${path}: ${value.trim() === '' ? 'EMPTY' : 'text'}`];
  if (Array.isArray(value))
    return [`${path}: ${value.length} lines`, ...value.flatMap((v, i) => leaves(v, `${path}[${i}]`))];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
    leaves(v, path ? `${path}.${key}` : key),
  );
}

describe('the message catalogue', () => {
  it.each([
    ['accounts', ACCOUNT_MESSAGES],
    ['admin', ADMIN_MESSAGES],
    ['notifications', NOTIFICATION_MESSAGES],
    ['questions', QUESTION_MESSAGES],
  ] as const)('has every word of %s in Danish and in English, none empty', (_, catalogue) => {
    const danish = leaves(catalogue.da);
    expect(leaves(catalogue.en)).toEqual(danish);
    expect(danish.filter((leaf) => leaf.endsWith('EMPTY'))).toEqual([]);
  });

  it('has every word of the converted areas: no Danish literal outside src/render/messages', () => {
    const found = SCANNED.flatMap((folder) => sourceFiles(folder).flatMap((file) => danishLiterals(file)));
    expect(found.join('\n')).toBe('');
  });

  it('catches Danish text, and leaves codes, paths and comments alone', () => {
    expect(looksDanish('Log ind')).toBe(true);
    expect(looksDanish('Spørgsmål')).toBe(true);
    expect(looksDanish('Du er logget ind som ')).toBe(true);
    expect(looksDanish('/glemt-kodeord')).toBe(false);
    expect(looksDanish('tilbage')).toBe(false);
    expect(looksDanish('Log in')).toBe(false);
    expect(looksDanish('You have no notifications.')).toBe(false);
    const view = [
      '// Vis siden for sekretariatet',
      "logger.warn('e-mail kunne ikke sendes');",
      "const back = '/sekretariat/sporgsmaal';",
      'const page = <a href="/glemt-kodeord" title="Glemt kodeord?">Tilbage</a>;',
      "const problem = new AppError('input_invalid', 'Vælg et organ.');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
      'const note = `Frist: ${date}`;',
    ].join('\n');
    expect(danishLiterals('view.tsx', view)).toEqual([
      'view.tsx:4: Glemt kodeord?',
      'view.tsx:4: Tilbage',
      'view.tsx:5: Vælg et organ.',
      'view.tsx:6: Frist:',
    ]);
  });
});
