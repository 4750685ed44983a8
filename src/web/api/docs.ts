/**
 * The documentation's content: every operation of the OpenAPI document with its parameters, and
 * one example request per resource with real ids from the archive (so that each one works), plus
 * OParl, calendars, feeds and the export.
 */
import type { OpenDataSamples } from '../../db/queries/api-meetings.js';
import type { ApiDocsPageProps, ApiOperationView, ApiParameterView } from '../../render/html/api-docs-page.js';

/** Example requests by operation id; {placeholders} are filled from the archive's samples. */
export const EXAMPLES: Record<string, string> = {
  listPublishers: '/api/v1/publishers?region={region}',
  getPublisher: '/api/v1/publishers/{publisher}',
  listBodies: '/api/v1/bodies?publisher={publisher}',
  getBody: '/api/v1/bodies/{body}',
  listPersons: '/api/v1/persons?body={body}',
  getPerson: '/api/v1/persons/{person}',
  listMemberships: '/api/v1/memberships?body={body}&limit=10',
  getMembership: '/api/v1/memberships/{membership}',
  listMeetings: '/api/v1/meetings?body={body}&from=2026-01-01&to=2026-12-31',
  getMeeting: '/api/v1/meetings/{meeting}',
  listItems: '/api/v1/items?body={body}&outcome=approved&limit=5',
  getItem: '/api/v1/items/{item}',
  listCases: '/api/v1/cases?publisher={publisher}&body={body}',
  getCaseOfPublisher: '/api/v1/cases/{casePublisher}/{case}',
  getCase: '/api/v1/cases/{case}',
  listAttachments: '/api/v1/attachments?meeting={meeting}',
  getAttachment: '/api/v1/attachments/{attachment}',
  getAttachmentFile: '/api/v1/attachments/{attachment}/file',
  search: '/api/v1/search?q=sundhedsplan&publisher={publisher}',
  exportArchive: '/api/v1/export',
  listChanges: '/api/v1/changes?limit=20',
  listFrames: '/api/v1/frames?publisher={publisher}',
  getFrame: '/api/v1/frames/{frame}',
  listProjects: '/api/v1/projects?limit=10',
  getProject: '/api/v1/projects/{project}',
  listAgreements: '/api/v1/agreements?limit=10',
  getAgreement: '/api/v1/agreements/{agreement}',
  listPlans: '/api/v1/plans',
  getPlan: '/api/v1/plans/{plan}',
  listHearings: '/api/v1/hearings',
  getHearing: '/api/v1/hearings/{hearing}',
  listProcesses: '/api/v1/processes',
  getProcess: '/api/v1/processes/{process}',
  listGpCapacity: '/api/v1/gp-capacity',
  getGpCapacity: '/api/v1/gp-capacity/{gpBody}',
};

/** The other interfaces, with their example paths. */
export const OTHER_EXAMPLES: { name: string; description: string; paths: string[]; download?: string }[] = [
  {
    name: 'OParl 1.1',
    description:
      'Læseadgang efter OParl 1.1-standarden: System → Body (én pr. udgiver: regionerne, kommunerne og de andre organisationer, der har organer) → Organization (udgiverens organer), Person, Membership, Meeting, AgendaItem, Paper (en sag), Consultation, File og Location. Felter, OParl ikke har (afsnit, beslutningens udfald …), hedder "protokol:…". Hver liste tager created_since, created_until, modified_since og modified_until (tidspunkt med tidszone); med modified_since står fjernede objekter sidst som "deleted": true.',
    paths: [
      '/oparl/v1/system',
      '/oparl/v1/bodies',
      '/oparl/v1/body/{publisher}',
      '/oparl/v1/body/{publisher}/meetings?modified_since=2026-01-01T00:00:00%2B01:00',
      '/oparl/v1/meeting/{meeting}',
    ],
  },
  {
    name: 'Kalendere (iCalendar)',
    description:
      'Abonnér i en kalender: alle sundhedsråd (møder fra et år tilbage), ét organ eller ét møde. Tider i dansk tid (Europe/Copenhagen), aflyste møder markeret som aflyst.',
    paths: ['/kalender.ics', '/organ/{body}/kalender.ics', '/moede/{meeting}.ics'],
  },
  {
    name: 'Feeds (Atom)',
    description:
      'Nye referater fra et organ, nye beslutninger i en sag og resultaterne af en søgning (samme filtre som /sog).',
    paths: [
      '/organ/{body}/referater.atom',
      '/sag/{case}/beslutninger.atom',
      '/sog.atom?q=sundhedsplan&udfald=approved',
    ],
  },
  {
    name: 'Samlet eksport (NDJSON og CSV)',
    description:
      'Hele det offentlige arkiv som NDJSON (gzip), én post pr. linje: udgivere, organer, personer, medlemskaber, møder, sager og punkter, hver med sin udgiver, planer (med versioner), forløb (med trin) og høringer, og rammer (med fordelingen), projekter og investeringsaftaler med hvert beløb i øre og i kroner, og sundhedsrådenes lægedækning (områder, ydernumre, vakancer, beslutninger og historik; ejerne aldrig). Fra kommandolinjen: protokol export --format ndjson|csv [--out MAPPE].',
    paths: ['/api/v1/export'],
    download: 'protokol.ndjson.gz',
  },
  {
    name: 'Ændringsfeed (NDJSON)',
    description:
      'Til et spejl af arkivet: hent eksporten én gang, og følg derefter /api/v1/changes. Hver linje er ét oprettet, ændret eller fjernet objekt (udgiver, organ, person, medlemskab, møde, sag, punkt) i den rækkefølge, det blev gemt, med objektet som i eksporten. Fortsæt med ?since=<cursor> fra den sidste linje eller headeren Protokol-Next-Cursor: intet springes over, intet kommer to gange.',
    paths: ['/api/v1/changes?limit=20'],
  },
];

/** Fills the placeholders; a missing sample leaves the placeholder as it is. */
export function fillExample(template: string, samples: OpenDataSamples): string {
  const values: Record<string, string | number | null> = {
    region: samples.regionSlug,
    body: samples.bodySlug,
    person: samples.personSlug,
    membership: samples.membershipId,
    meeting: samples.meetingId,
    item: samples.itemId,
    case: samples.caseNumber === null ? null : encodeURIComponent(samples.caseNumber),
    casePublisher: samples.casePublisherSlug,
    attachment: samples.attachmentId,
    publisher: samples.publisherSlug,
    frame: samples.frameId,
    project: samples.projectId,
    agreement: samples.agreementId,
    plan: samples.planId,
    hearing: samples.hearingId,
    process: samples.processId,
    gpBody: samples.gpBodySlug,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === null || values[name] === undefined ? whole : String(values[name]),
  );
}

export function curl(url: string, download?: string): string {
  return download ? `curl -o ${download} '${url}'` : `curl -s '${url}'`;
}

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: {
    type?: string | string[];
    format?: string;
    enum?: string[];
    minimum?: number;
    maximum?: number;
    description?: string;
  };
}

interface OpenApiDocument {
  tags?: { name: string }[];
  paths: Record<
    string,
    Record<
      string,
      { operationId?: string; summary?: string; description?: string; tags?: string[]; parameters?: OpenApiParameter[] }
    >
  >;
}

function typeOf(schema: OpenApiParameter['schema']): string {
  if (!schema) return 'tekst';
  if (schema.enum) return `en af: ${schema.enum.join(', ')}`;
  if (schema.type === 'integer')
    return schema.minimum !== undefined && schema.maximum !== undefined
      ? `heltal (${schema.minimum}–${schema.maximum})`
      : 'heltal';
  if (schema.format === 'date') return 'dato (åååå-mm-dd)';
  return 'tekst';
}

export function presentApiDocs(document: OpenApiDocument, origin: string, samples: OpenDataSamples): ApiDocsPageProps {
  const groups = new Map<string, ApiOperationView[]>((document.tags ?? []).map((tag) => [tag.name, []]));
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const id = operation.operationId ?? `${method} ${path}`;
      const tag = operation.tags?.[0] ?? 'Andet';
      const parameters: ApiParameterView[] = (operation.parameters ?? []).map((parameter) => ({
        name: parameter.name,
        location: parameter.in === 'path' ? 'sti' : 'forespørgsel',
        isRequired: Boolean(parameter.required),
        type: typeOf(parameter.schema),
        description: parameter.description ?? parameter.schema?.description ?? null,
      }));
      const template = EXAMPLES[id] ?? path;
      const list = groups.get(tag) ?? [];
      list.push({
        id,
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        description: operation.description ?? null,
        parameters,
        example: curl(
          `${origin}${fillExample(template, samples)}`,
          id === 'exportArchive' ? 'protokol.ndjson.gz' : undefined,
        ),
      });
      groups.set(tag, list);
    }
  }
  return {
    origin,
    openApiUrl: `${origin}/api/openapi.json`,
    groups: [...groups.entries()]
      .filter(([, ops]) => ops.length > 0)
      .map(([name, operations]) => ({ name, operations })),
    others: OTHER_EXAMPLES.map((other) => ({
      name: other.name,
      description: other.description,
      examples: other.paths.map((p) => curl(`${origin}${fillExample(p, samples)}`, other.download)),
    })),
  };
}
