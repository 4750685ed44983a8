/** The domain's codes in Danish: the interface's default language (see labels.ts). */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/account.js';
import { SECTION_HEADINGS } from '../../domain/sections.js';
import type { Labels } from './labels.js';

export const DA_LABELS: Labels = {
  outcome: {
    approved: 'Godkendt',
    noted: 'Taget til efterretning',
    discussed: 'Drøftet',
    postponed: 'Udsat',
    rejected: 'Ikke godkendt',
    other: 'Andet',
  },
  // In Danish a kind is called by the heading it is printed under.
  sectionKind: { ...SECTION_HEADINGS, other: 'Andet' },
  bodyKind: {
    health_council: 'Sundhedsråd',
    health_cluster: 'Sundhedsklynge',
    cooperation_committee: 'Sundhedssamarbejdsudvalg',
    directors_forum: 'Sundhedsdirektørkreds',
    joint_meeting: 'Fællesmøde',
    regional_council: 'Regionsråd',
    committee: 'Udvalg',
    other: 'Andet forum',
  },
  bodyLevel: {
    political: 'Politisk niveau',
    strategic: 'Fagligt strategisk niveau',
    operational: 'Operationelt niveau',
  },
  membershipRole: {
    chair: 'Formand',
    vice_chair: 'Næstformand',
    member: 'Medlem',
    observer: 'Observatør',
    secretariat: 'Sekretariat',
  },
  meetingStatus: {
    planned: 'Planlagt',
    agenda_published: 'Dagsorden offentliggjort',
    held: 'Afholdt',
    minutes_published: 'Referat offentliggjort',
    cancelled: 'Aflyst',
  },
  meetingKind: {
    ordinary: 'Ordinært møde',
    extraordinary: 'Ekstraordinært møde',
    seminar: 'Seminar',
    conference: 'Konference',
    visit: 'Besøg',
  },
  meetingEvent: {
    ordinary: 'Møde',
    extraordinary: 'Ekstraordinært møde',
    seminar: 'Seminar',
    conference: 'Konference',
    visit: 'Besøg',
  },
  documentType: { referat: 'Referat', dagsorden: 'Dagsorden' },
  organisationKind: {
    region: 'Region',
    municipality: 'Kommune',
    plo: 'Praktiserende lægers organisation',
    kl: 'Kommunernes landsforening',
    kkr: 'Kommunekontaktråd',
    hospital: 'Sygehus',
    other: 'Anden organisation',
  },
  versionKind: { agenda: 'Dagsorden', minutes: 'Referat' },
  agendaTemplate: {
    case: 'Sagspunkt (Resumé, Sagsfremstilling, Økonomi, Indstilling)',
    approve_agenda: 'Godkendelse af dagsorden',
    announcements: 'Meddelelser',
    meeting_calendar: 'Mødekalender',
    any_other_business: 'Eventuelt',
    closed: 'Lukket punkt',
  },
  attachmentType: {
    pdf: 'PDF',
    docx: 'Word (DOCX)',
    xlsx: 'Excel (XLSX)',
    pptx: 'PowerPoint (PPTX)',
    png: 'PNG',
    jpg: 'JPEG',
    txt: 'tekst (TXT)',
  },
  attachmentProblem: {
    empty: 'Filen er tom.',
    too_large: 'Filen er for stor: bilag må højst være 25 MB.',
    type_not_allowed: 'Filtypen kan ikke bruges. Bilag skal være PDF, DOCX, XLSX, PPTX, PNG, JPEG eller TXT.',
    type_mismatch: 'Filens indhold passer ikke til filnavnet. Gem filen i det rigtige format, og prøv igen.',
  },
  storageProblem: {
    disk_full:
      'Bilaget kunne ikke gemmes, fordi serverens disk er fuld. Prøv igen senere, og kontakt driften, hvis det bliver ved.',
    not_writable: 'Bilaget kunne ikke gemmes, fordi serverens mappe til bilag ikke kan skrives. Kontakt driften.',
  },
  bodyRole: { secretariat: 'Sekretariat', member: 'Medlem' },
  passwordProblem: {
    too_short: `Kodeordet skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`,
    too_long: `Kodeordet må højst være ${PASSWORD_MAX_LENGTH} tegn.`,
  },
  questionAddressee: {
    secretariat: 'Sekretariatet for organet',
    hospital_management: 'Sygehusdirektionen',
    executive_board: 'Koncerndirektionen',
  },
  questionState: {
    received: 'Modtaget',
    assigned: 'Under behandling',
    answered: 'Besvaret',
    declined: 'Afvist',
    outside_scheme: 'Uden for ordningen',
  },
  questionRefusal: {
    'already-answered': 'Spørgsmålet er allerede besvaret.',
    'already-declined': 'Spørgsmålet er afvist.',
    'already-outside-scheme': 'Spørgsmålet behandles uden for ordningen.',
  },
  askerContact: {
    overdue: 'Skal kontaktes: fristen er overskredet uden svar',
    declined: 'Skal kontaktes: spørgsmålet er afvist, aftal en afgrænsning',
  },
  deadlineStatus: {
    on_time: 'Inden for fristen',
    due_soon: 'Fristen nærmer sig',
    overdue: 'Fristen er overskredet',
    answered_on_time: 'Besvaret inden for fristen',
    answered_late: 'Besvaret efter fristen',
  },
  followUpState: { open: 'Åben', done: 'Udført', cancelled: 'Annulleret' },
  followUpTiming: { on_time: 'Åben', due_soon: 'Forfalder snart', overdue: 'Over fristen' },
  followUpRefusal: {
    'already-done': 'Opfølgningen er allerede udført.',
    'already-cancelled': 'Opfølgningen er annulleret.',
  },
  notificationKind: {
    agenda_published: 'Dagsorden offentliggjort',
    minutes_published: 'Referat offentliggjort',
    question_received: 'Nyt spørgsmål i spørgeordningen (sekretariatet)',
    question_answered: 'Spørgsmål besvaret',
    question_closed: 'Dit spørgsmål er afvist eller behandles uden for ordningen',
    question_deadline: 'Frist for et spørgsmål nærmer sig eller er overskredet (sekretariatet)',
    follow_up_due: 'Opfølgning forfalder (sekretariatet)',
  },
};
