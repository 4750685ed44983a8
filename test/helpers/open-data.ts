/**
 * Parsers and validators for the open-data tests: the OpenAPI document's response schemas (ajv,
 * JSON Schema 2020-12 as OpenAPI 3.1 uses), iCalendar (ical.js, with the calendar's own
 * VTIMEZONE registered), Atom (a strict XML parse with @xmldom/xmldom, then the RFC 4287 rules a
 * reader relies on) and the OParl 1.1 JSON schemas in ../shared/oparl-1.1 (when present).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import AjvModule from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ICAL from 'ical.js';

// CommonJS modules: their classes and functions are also under `default`, which TypeScript sees.
const AjvClass = AjvModule.default;
const Ajv2020Class = Ajv2020Module.default;
const withFormats = addFormatsModule.default;

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>;
  components?: { schemas?: Record<string, unknown> };
}

/** Validates response bodies against the document's response schemas. */
export function responseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020Class({ strict: false, allErrors: true });
  withFormats(ajv);
  ajv.addSchema({ ...document, $id: 'openapi' });
  const pointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
  return (template: string, status: number, body: unknown): string[] => {
    const ref = `openapi#/paths/${pointer(template)}/get/responses/${status}/content/application~1json/schema`;
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema for ${template} ${status}`);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`,
    );
  };
}

/** The OParl 1.1 schemas, or null when ../shared/oparl-1.1 is not there. */
export const OPARL_DIR = path.resolve('../shared/oparl-1.1/schema');

export function oparlValidator() {
  if (!fs.existsSync(OPARL_DIR)) return null;
  // The schemas carry no $schema (draft-04 style, plain keywords); "references", "backreference",
  // "cardinality" and "schema" are OParl's own annotations, allowed with strict: false. Nested
  // objects are not $ref'd by the schemas (they name them in "schema"), so tests validate
  // embedded objects separately against their own type.
  // Their patterns escape ":" and "/" ("^https\\:\\/\\/…"), which the u flag rejects: unicodeRegExp off.
  const ajv = new AjvClass({ strict: false, allErrors: true, unicodeRegExp: false });
  withFormats(ajv);
  for (const file of fs.readdirSync(OPARL_DIR).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(OPARL_DIR, file), 'utf8'));
    delete schema.$schema;
    ajv.addSchema(schema, file.replace(/\.json$/, ''));
  }
  return (object: Record<string, unknown>): string[] => {
    const type = String(object.type ?? '').replace('https://schema.oparl.org/1.1/', '');
    const validate = ajv.getSchema(type);
    if (!validate) return [`unknown OParl type ${object.type}`];
    if (validate(object)) return [];
    return (validate.errors ?? []).map(
      (e: { instancePath: string; message?: string }) => `${type}${e.instancePath} ${e.message}`,
    );
  };
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  status: string;
  sequence: number;
  location: string | null;
  start: Date;
  end: Date;
  isAllDay: boolean;
  /** The DTSTART as written: its TZID parameter and value. */
  startTzid: string | null;
}

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs, and returns its events. */
export function parseIcs(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const dtstart = component.getFirstProperty('dtstart');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url') ?? ''),
      status: String(component.getFirstPropertyValue('status') ?? ''),
      sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
      location: event.location || null,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      isAllDay: event.startDate.isDate,
      startTzid: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
    };
  });
  return { name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null, events };
}

export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  content: string;
}

export interface ParsedFeed {
  id: string;
  title: string;
  updated: string;
  selfLink: string;
  alternateLink: string;
  entries: ParsedEntry[];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an Atom document strictly (any XML error or warning throws) and checks what RFC 4287
 * requires of a feed and its entries: id, title, updated (RFC 3339) and, without content, a
 * link rel="alternate"; an author on the feed.
 */
export function parseAtom(xml: string): ParsedFeed {
  const problems: string[] = [];
  const document = new DOMParser({
    errorHandler: {
      warning: (message: string) => problems.push(`warning: ${message}`),
      error: (message: string) => problems.push(`error: ${message}`),
      fatalError: (message: string) => problems.push(`fatal: ${message}`),
    },
  }).parseFromString(xml, 'application/xml');
  if (problems.length > 0) throw new Error(`XML not well-formed: ${problems.join('; ')}`);
  const feed = document.documentElement;
  if (feed?.localName !== 'feed' || feed.namespaceURI !== ATOM) throw new Error('not an Atom feed');
  const child = (parent: Element, name: string) =>
    Array.from(parent.childNodes).find(
      (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
    ) ?? null;
  const children = (parent: Element, name: string) =>
    Array.from(parent.childNodes).filter(
      (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
    );
  const required = (parent: Element, name: string) => {
    const element = child(parent, name);
    if (!element) throw new Error(`<${parent.localName}> without <${name}>`);
    return element.textContent ?? '';
  };
  const link = (parent: Element, rel: string) =>
    children(parent, 'link')
      .find((l) => (l.getAttribute('rel') || 'alternate') === rel)
      ?.getAttribute('href') ?? '';
  const updated = required(feed, 'updated');
  if (!RFC3339.test(updated)) throw new Error(`feed updated is not RFC 3339: ${updated}`);
  if (!child(feed, 'author')) throw new Error('feed without author');
  const entries = children(feed, 'entry').map((entry) => {
    const entryUpdated = required(entry, 'updated');
    if (!RFC3339.test(entryUpdated)) throw new Error(`entry updated is not RFC 3339: ${entryUpdated}`);
    const alternate = link(entry, 'alternate');
    const content = child(entry, 'content');
    if (!alternate && !content) throw new Error('entry without content or alternate link');
    return {
      id: required(entry, 'id'),
      title: required(entry, 'title'),
      updated: entryUpdated,
      link: alternate,
      summary: child(entry, 'summary')?.textContent ?? '',
      content: content?.textContent ?? '',
    };
  });
  const ids = entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) throw new Error('entries with the same id');
  return {
    id: required(feed, 'id'),
    title: required(feed, 'title'),
    updated,
    selfLink: link(feed, 'self'),
    alternateLink: link(feed, 'alternate'),
    entries,
  };
}
