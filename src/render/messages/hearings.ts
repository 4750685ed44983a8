/**
 * The words of hearings (høringer): the list /hoeringer, a hearing's page /hoering/:id with its
 * document, deadline, published responses, the memo and the response form, and the hearing's
 * e-mails (Danish: invitation, reminder, receipt), in Danish and English. The secretariat's pages
 * are Danish, as the secretariat's other pages.
 */
import type { HearingMailKind, HearingPhase } from '../../domain/hearing.js';

export interface HearingMessages {
  listTitle: string;
  listLead: string;
  none: string;
  newHearing: string;
  hearing: string;
  body: string;
  period: string;
  deadline: string;
  phase: string;
  phases: Record<HearingPhase, string>;
  document: string;
  noDocument: string;
  planVersion: (title: string, number: number) => string;
  consultees: string;
  responses: string;
  responsesCount: (published: number) => string;
  noResponses: string;
  responseFrom: (name: string, organisation: string | null) => string;
  receivedOn: (date: string) => string;
  attachedPdf: (size: string) => string;
  withheld: string;
  withheldReason: (reason: string) => string;
  memo: string;
  memoNotYet: string;
  memoPublishedWith: string;
  memoAnswer: string;
  memoChange: string;
  memoNoChange: string;
  formTitle: string;
  formLead: string;
  formPublicNote: string;
  name: string;
  organisation: string;
  organisationHint: string;
  text: string;
  file: string;
  fileHint: string;
  email: string;
  emailHint: string;
  send: string;
  closedForm: (deadline: string) => string;
  upcomingForm: (start: string) => string;
  memoClosedForm: string;
  thanksTitle: string;
  thanksText: string;
  thanksReceipt: string;
  backToHearing: string;
  processStep: string;
  apiLink: string;
  hearingsOf: string;
  mail: {
    subject: Record<HearingMailKind, (title: string) => string>;
    greeting: (name: string) => string;
    lead: Record<HearingMailKind, (body: string, title: string, deadline: string) => string>;
    readMore: (url: string) => string;
    signature: (body: string) => string;
  };
}

const danishMail: HearingMessages['mail'] = {
  subject: {
    invitation: (title) => `Høring: ${title}`,
    reminder: (title) => `Påmindelse om høringsfrist: ${title}`,
    receipt: (title) => `Kvittering for dit høringssvar: ${title}`,
  },
  greeting: (name) => `Til ${name}`,
  lead: {
    invitation: (body, title, deadline) =>
      `${body} sender "${title}" i høring og beder om jeres høringssvar senest ${deadline}.`,
    reminder: (body, title, deadline) =>
      `Husk, at fristen for høringssvar til ${body} om "${title}" er ${deadline}. Har I allerede svaret, kan I se bort fra denne påmindelse.`,
    receipt: (body, title) =>
      `Tak for dit høringssvar til ${body} om "${title}". Vi har modtaget det. Sekretariatet gennemgår svaret, før det bliver offentliggjort på høringens side.`,
  },
  readMore: (url) => `Læs om høringen og svar her: ${url}`,
  signature: (body) => `Venlig hilsen\nSekretariatet for ${body}`,
};

export const HEARING_MESSAGES: Record<'da' | 'en', HearingMessages> = {
  da: {
    listTitle: 'Høringer',
    listLead:
      'Et organ sender et udkast i høring hos borgere, organisationer og andre myndigheder. Her kan du læse, hvad der er i høring, svare inden fristen og læse de offentliggjorte svar og høringsnotatet.',
    none: 'Der er ingen høringer endnu.',
    newHearing: 'Opret en høring',
    hearing: 'Høring',
    body: 'Organ',
    period: 'Høringsperiode',
    deadline: 'Høringsfrist',
    phase: 'Status',
    phases: { upcoming: 'Ikke startet', open: 'Åben for svar', closed: 'Høringsfristen er overskredet' },
    document: 'I høring',
    noDocument: 'Dokumentet er beskrevet ovenfor.',
    planVersion: (title, number) => `${title}, version ${number}`,
    consultees: 'Høringsparter',
    responses: 'Høringssvar',
    responsesCount: (n) => (n === 1 ? '1 offentliggjort svar' : `${n} offentliggjorte svar`),
    noResponses:
      'Der er ingen offentliggjorte høringssvar endnu. Svar bliver vist, når sekretariatet har gennemgået dem.',
    responseFrom: (name, organisation) => (organisation ? `${name}, ${organisation}` : name),
    receivedOn: (date) => `Modtaget ${date}`,
    attachedPdf: (size) => `Høringssvaret som PDF (${size})`,
    withheld: 'Svaret offentliggøres ikke.',
    withheldReason: (reason) => `Begrundelse: ${reason}`,
    memo: 'Høringsnotat',
    memoNotYet: 'Høringsnotatet er ikke offentliggjort endnu.',
    memoPublishedWith: 'Offentliggjort med beslutningen',
    memoAnswer: 'Organets bemærkning',
    memoChange: 'Ændring i udkastet',
    memoNoChange: 'Ingen ændring',
    formTitle: 'Afgiv høringssvar',
    formLead: 'Alle kan svare. Felter med * skal udfyldes.',
    formPublicNote:
      'Dit svar bliver offentliggjort her med dit navn og din organisation, når sekretariatet har gennemgået det. Skriv ikke personoplysninger om andre.',
    name: 'Dit navn *',
    organisation: 'Organisation',
    organisationHint: 'Hvis du svarer på vegne af en organisation',
    text: 'Dit høringssvar *',
    file: 'Vedhæft en PDF (frivilligt)',
    fileHint: 'Kun PDF, højst 10 MB. Skriver du dit svar i en PDF, kan tekstfeltet være kort.',
    email: 'Din e-mail til kvittering (frivilligt)',
    emailHint: 'Vi sender en kvittering og sletter derefter adressen. Den bliver ikke vist.',
    send: 'Send høringssvar',
    closedForm: (deadline) => `Høringsfristen var ${deadline}. Det er ikke længere muligt at afgive høringssvar.`,
    upcomingForm: (start) => `Høringen starter ${start}. Du kan svare fra den dag.`,
    memoClosedForm: 'Høringen er afsluttet, og høringsnotatet er offentliggjort.',
    thanksTitle: 'Tak for dit høringssvar',
    thanksText:
      'Vi har modtaget dit svar. Sekretariatet gennemgår det, før det bliver offentliggjort på høringens side.',
    thanksReceipt: 'Du får en kvittering på e-mail.',
    backToHearing: 'Tilbage til høringen',
    processStep: 'Del af forløbet',
    apiLink: 'Høringen som data (JSON)',
    hearingsOf: 'Høringer',
    mail: danishMail,
  },
  en: {
    listTitle: 'Hearings',
    listLead:
      'A body sends a draft for consultation to citizens, organisations and other authorities. Here you can read what is under consultation, respond before the deadline, and read the published responses and the hearing memo.',
    none: 'There are no hearings yet.',
    newHearing: 'Create a hearing',
    hearing: 'Hearing',
    body: 'Body',
    period: 'Consultation period',
    deadline: 'Deadline',
    phase: 'Status',
    phases: { upcoming: 'Not started', open: 'Open for responses', closed: 'The deadline has passed' },
    document: 'Under consultation',
    noDocument: 'The document is described above.',
    planVersion: (title, number) => `${title}, version ${number}`,
    consultees: 'Consultees',
    responses: 'Responses',
    responsesCount: (n) => (n === 1 ? '1 published response' : `${n} published responses`),
    noResponses: 'There are no published responses yet. Responses are shown once the secretariat has checked them.',
    responseFrom: (name, organisation) => (organisation ? `${name}, ${organisation}` : name),
    receivedOn: (date) => `Received ${date}`,
    attachedPdf: (size) => `The response as PDF (${size})`,
    withheld: 'The response is not published.',
    withheldReason: (reason) => `Reason: ${reason}`,
    memo: 'Hearing memo',
    memoNotYet: 'The hearing memo has not been published yet.',
    memoPublishedWith: 'Published with the decision',
    memoAnswer: 'The body’s comment',
    memoChange: 'Change to the draft',
    memoNoChange: 'No change',
    formTitle: 'Respond to the hearing',
    formLead: 'Anyone can respond. Fields marked * are required.',
    formPublicNote:
      'Your response will be published here with your name and organisation once the secretariat has checked it. Do not include personal data about others.',
    name: 'Your name *',
    organisation: 'Organisation',
    organisationHint: 'If you respond on behalf of an organisation',
    text: 'Your response *',
    file: 'Attach a PDF (optional)',
    fileHint: 'PDF only, at most 10 MB. If your response is in a PDF, the text can be short.',
    email: 'Your e-mail for a receipt (optional)',
    emailHint: 'We send a receipt and then delete the address. It is never shown.',
    send: 'Send response',
    closedForm: (deadline) => `The deadline was ${deadline}. Responses can no longer be submitted.`,
    upcomingForm: (start) => `The hearing starts ${start}. You can respond from that day.`,
    memoClosedForm: 'The hearing is closed and the hearing memo has been published.',
    thanksTitle: 'Thank you for your response',
    thanksText:
      'We have received your response. The secretariat checks it before it is published on the hearing’s page.',
    thanksReceipt: 'You will receive a receipt by e-mail.',
    backToHearing: 'Back to the hearing',
    processStep: 'Part of the process',
    apiLink: 'The hearing as data (JSON)',
    hearingsOf: 'Hearings',
    mail: danishMail,
  },
};
