/**
 * The words of each notification: subject and text, the same in the app and in the e-mail. Pure.
 * An answer's confidential parts are never an input here — only the open parts and whether there
 * are confidential ones — so no message can carry them, whoever it goes to.
 */
import { formatDate } from './danish-dates.js';
import { CONFIDENTIAL_PARTS_NOTICE } from './notifications.js';

export interface NotificationMessage {
  subject: string;
  text: string;
}

export function questionReceivedMessage(input: {
  bodyName: string;
  title: string;
  dueExplanation: string;
}): NotificationMessage {
  return {
    subject: `Nyt spørgsmål i ${input.bodyName}: ${input.title}`,
    text: [
      `Et medlem af ${input.bodyName} har stillet et spørgsmål i spørgeordningen:`,
      '',
      input.title,
      '',
      `Svaret skal så vidt muligt gives inden for fristen (${input.dueExplanation}).`,
    ].join('\n'),
  };
}

export function questionAnsweredMessage(input: {
  bodyName: string;
  title: string;
  /** The answer's open parts, in order. */
  openParts: readonly string[];
  hasConfidentialParts: boolean;
}): NotificationMessage {
  const lines = [`Spørgsmålet "${input.title}" i ${input.bodyName} er besvaret.`];
  if (input.openParts.length > 0) lines.push('', 'Svar:', '', input.openParts.join('\n\n'));
  if (input.hasConfidentialParts) lines.push('', CONFIDENTIAL_PARTS_NOTICE);
  return { subject: `Besvaret: ${input.title}`, text: lines.join('\n') };
}

/** To the asker: the chair declined the question, or it is handled outside the scheme. The note is not included. */
export function questionClosedMessage(input: {
  bodyName: string;
  title: string;
  state: 'declined' | 'outside_scheme';
}): NotificationMessage {
  const what =
    input.state === 'declined'
      ? 'Formanden har besluttet, at spørgsmålet ikke besvares i spørgeordningen, fordi det kræver omfattende ressourcer. Administrationen kontakter dig for at aftale, hvordan det kan afgrænses.'
      : 'Spørgsmålet vedrører enkeltpersoner og besvares derfor uden for spørgeordningen.';
  return {
    subject: `${input.state === 'declined' ? 'Afvist' : 'Uden for ordningen'}: ${input.title}`,
    text: [`Dit spørgsmål "${input.title}" i ${input.bodyName}:`, '', what].join('\n'),
  };
}

export function questionDeadlineMessage(input: {
  bodyName: string;
  title: string;
  dueOn: string;
  isOverdue: boolean;
}): NotificationMessage {
  return input.isOverdue
    ? {
        subject: `Fristen er overskredet: ${input.title}`,
        text: [
          `Spørgsmålet "${input.title}" i ${input.bodyName} havde frist ${formatDate(input.dueOn)} og er ikke besvaret.`,
          '',
          'Spørgeren skal kontaktes. Registrér kontakten på spørgsmålets side.',
        ].join('\n'),
      }
    : {
        subject: `Fristen nærmer sig: ${input.title}`,
        text: `Spørgsmålet "${input.title}" i ${input.bodyName} har frist ${formatDate(input.dueOn)}.`,
      };
}

export function followUpDueMessage(input: {
  bodyName: string;
  what: string;
  responsible: string;
  dueOn: string;
  isOverdue: boolean;
}): NotificationMessage {
  return {
    subject: `${input.isOverdue ? 'Opfølgning over fristen' : 'Opfølgning forfalder'} ${formatDate(input.dueOn)}: ${input.what.slice(0, 80)}`,
    text: [
      `En opfølgning i ${input.bodyName} ${input.isOverdue ? 'skulle have været udført' : 'skal udføres'} senest ${formatDate(input.dueOn)}:`,
      '',
      input.what,
      '',
      `Ansvarlig: ${input.responsible}`,
    ].join('\n'),
  };
}

export function publicationMessage(input: {
  kind: 'agenda_published' | 'minutes_published';
  bodyName: string;
  meetingTitle: string;
}): NotificationMessage {
  const word = input.kind === 'agenda_published' ? 'Dagsordenen' : 'Referatet';
  return {
    subject: `${word} er offentliggjort: ${input.meetingTitle}`,
    text: `${word} til mødet i ${input.bodyName} er offentliggjort: ${input.meetingTitle}.`,
  };
}
