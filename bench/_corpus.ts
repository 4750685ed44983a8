/**
 * The synthetic corpus: N fictitious meetings in every text layout, written to a folder. Seeded, so
 * the same N gives the same files. Default 2,000 meetings ≈ 50 MB. Used by the parse and import
 * benchmarks (and handy for trying the importer at scale).
 */
import fs from 'node:fs';
import path from 'node:path';
import { addDays } from '../src/domain/danish-dates.js';
import { makeDecision } from '../src/domain/decision.js';
import type { AgendaItem, MeetingDocument, Participant } from '../src/domain/meeting-document.js';
import { renderMinutesText, TEXT_LAYOUTS } from '../src/render/text/minutes-text.js';
import { FakeSite } from '../test/helpers/firstagenda-site.js';

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES = [
  'Sundhedsråd Fjordby',
  'Sundhedsråd Bakkeland',
  'Sundhedsklynge Fjordby',
  'Sundhedssamarbejdsudvalget Åby',
  'Sundhedsdirektørkredsen Vesterland',
  'Fællesmøde for klyngerne i Sundhedsråd Bakkeland',
];
const FIRST = [
  'Anne',
  'Bo',
  'Camilla',
  'Dennis',
  'Ea',
  'Frederik',
  'Gitte',
  'Henrik',
  'Ida',
  'Jens',
  'Karin',
  'Lars',
  'Mette',
  'Niels',
  'Ole',
  'Pia',
  'Rasmus',
  'Signe',
  'Tove',
  'Ulrik',
];
const LAST = [
  'Ahlgren',
  'Bech',
  'Dalsgaard',
  'Ebbesen',
  'Frost',
  'Gram',
  'Holm',
  'Juul',
  'Krogh',
  'Lund',
  'Møller',
  'Nørgaard',
  'Overby',
  'Post',
  'Riis',
  'Skov',
  'Thygesen',
  'Vang',
  'Winther',
  'Østergaard',
];
const PARTIES = ['V', 'A', 'C', 'F', 'O', 'B', 'Ø', 'I'];
const TOPICS = [
  'nærsundhedsplan',
  'lægedækningen i yderområderne',
  'akutsygeplejen',
  'sundheds- og omsorgspladser',
  'forløbsprogram for KOL',
  'genoptræning på specialiseret niveau',
  'den patientrettede forebyggelse',
  'psykiatriplanen',
  'samarbejdsaftale om udskrivelser',
  'rekruttering af praktiserende læger',
  'digitale konsultationer',
  'kulturprojekter på sundhedsområdet',
];
const VERBS = ['Godkendelse af', 'Drøftelse af', 'Orientering om', 'Status på', 'Beslutning om', 'Høring om'];
const WORDS = (
  'sundhedsrådet kommunerne regionen samarbejdet borgerne sygehuset indsatsen udvalget arbejdsgruppen ' +
  'praksis almen læger sygeplejersker planen økonomien rammen midlerne projektet evalueringen status ' +
  'forslaget processen opgaverne fordelingen reformen implementeringen dialogen aftalen kvaliteten ' +
  'tilbuddene pladserne forløbene patienterne pårørende data viden erfaringer opfølgning tidsplanen'
).split(' ');
const DECISIONS = [
  'Godkendt.',
  'Tiltrådt.',
  'Taget til efterretning.',
  'Drøftet. Sekretariatet arbejder videre med de input, der kom på mødet.',
  'Udsat til næste møde.',
  'Indstillingen blev ikke godkendt.',
  'Ad 1 – Tiltrådt.\nAd 2 – Drøftet.',
];

export interface CorpusOptions {
  meetings: number;
  dir: string;
  seed?: number;
}

export function corpusDocument(index: number, seed = 1): MeetingDocument {
  const random = prng(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 10))).join(' ');
  const body = BODIES[index % BODIES.length];
  const date = addDays('2022-01-03', Math.floor(index / BODIES.length) * 7 + (index % 5));
  const participants: Participant[] = Array.from({ length: 8 + Math.floor(random() * 6) }, (_, i) => ({
    name: `${FIRST[(index + i * 3) % FIRST.length]} ${LAST[(index * 7 + i) % LAST.length]}`,
    party: pick(PARTIES),
    organization: null,
    role: null,
    absent: random() < 0.08,
  }));
  const itemCount = 8 + Math.floor(random() * 6);
  const items: AgendaItem[] = Array.from({ length: itemCount }, (_, i) => {
    const closed = i === 2 && random() < 0.4;
    const title = closed ? 'Lukket' : `${pick(VERBS)} ${pick(TOPICS)}`;
    const caseNumber = closed ? null : `${22 + (index % 4)}/${1000 + ((index * 31 + i * 7) % 90000)}`;
    const sections = closed
      ? []
      : [
          { heading: 'Resumé', text: paragraph() },
          { heading: 'Sagsfremstilling', text: [paragraph(), paragraph(), paragraph()].join('\n\n') },
          {
            heading: 'Indstilling',
            text: `Det indstilles, at ${body.toLowerCase().startsWith('sundhedsråd') ? 'sundhedsrådet' : 'udvalget'} godkender forslaget.`,
          },
          ...(random() < 0.5 ? [{ heading: 'Økonomi', text: paragraph() }] : []),
        ];
    return {
      number: i + 1,
      title,
      timeSlot: null,
      caseNumber,
      documentId: null,
      closed,
      sections,
      decision: closed ? null : makeDecision(pick(DECISIONS), date),
      attachments: [],
      absent: [],
    };
  });
  return {
    body,
    documentType: 'referat',
    date,
    startTime: `${10 + (index % 8)}:${index % 2 ? '30' : '00'}`,
    location: pick(['Mødelokale 1, Rådhuset', 'Regionshuset, lokale 21', 'Teams', 'Sygehuset, bygning F']),
    participants,
    items,
    warnings: [],
  };
}

/** Writes the corpus (once; reused when the folder already holds it); returns the file paths. */
export function writeCorpus({ meetings, dir, seed = 1 }: CorpusOptions): string[] {
  const marker = path.join(dir, `.complete-${meetings}-${seed}`);
  const files = Array.from({ length: meetings }, (_, i) => path.join(dir, `meeting-${String(i).padStart(6, '0')}.txt`));
  if (fs.existsSync(marker)) return files;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [i, file] of files.entries()) {
    fs.writeFileSync(file, renderMinutesText(corpusDocument(i, seed), TEXT_LAYOUTS[i % TEXT_LAYOUTS.length]));
  }
  fs.writeFileSync(marker, '');
  return files;
}

export function argNumber(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** N real-shaped First Agenda documents under bench/out (written once per N). */
export function writeFirstAgendaCorpus(count: number): string {
  const dir = path.resolve('bench/out/firstagenda-json', String(count));
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === count) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const site = new FakeSite({ seed: 13, committees: 10, meetingsPerCommittee: Math.ceil(count / 10) });
  for (const meeting of site.meetings().slice(0, count)) {
    fs.writeFileSync(
      path.join(dir, `${meeting.guid}.json`),
      site.documentJson(meeting.guid, 'https://dagsordener.example.dk')!,
    );
  }
  return dir;
}
