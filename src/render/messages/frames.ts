/**
 * The words of frames (rammer) and keys (fordelingsnøgler): the public list /rammer, a frame's page
 * /ramme/:id with its picture and table, and the footer's link, in Danish and English. The
 * secretariat's form is Danish, as the secretariat's other pages. Key kinds' labels are here too.
 */
import type { KeyKind } from '../../domain/allocation-key.js';

export interface FrameMessages {
  footerFrames: string;
  listTitle: string;
  listLead: string;
  none: string;
  newFrame: string;
  frame: string;
  total: string;
  years: string;
  owner: string;
  decidingBody: string;
  decision: string;
  openItem: (number: number, title: string) => string;
  closedItem: (number: number) => string;
  noDecision: string;
  purpose: string;
  conditions: string;
  key: string;
  keyVersion: (version: number) => string;
  keyKind: string;
  keySource: string;
  recipients: string;
  recipient: string;
  weight: string;
  share: string;
  allocated: string;
  committed: string;
  spent: string;
  left: string;
  pictureHeading: string;
  pictureCaption: string;
  tableCaption: string;
  fictitiousShares: string;
  fictitiousWeight: string;
  download: string;
  apiLink: string;
  framesOf: string;
  kinds: Record<KeyKind, string>;
}

export const FRAME_MESSAGES: Record<'da' | 'en', FrameMessages> = {
  da: {
    footerFrames: 'Rammer og fordelingsnøgler',
    listTitle: 'Rammer',
    listLead:
      'Penge, som et organ har afsat og fordelt på modtagere efter en fordelingsnøgle. Beløbene er nøjagtige: delene summer til rammen til øret.',
    none: 'Der er ingen rammer endnu.',
    newFrame: 'Opret en ramme',
    frame: 'Ramme',
    total: 'Ramme i alt',
    years: 'År',
    owner: 'Udgiver (hvis penge)',
    decidingBody: 'Besluttet af',
    decision: 'Beslutning',
    openItem: (number, title) => `Punkt ${number}: ${title}`,
    closedItem: (number) => `Punkt ${number} (lukket punkt)`,
    noDecision: 'Ingen beslutning knyttet til',
    purpose: 'Formål',
    conditions: 'Vilkår',
    key: 'Fordelingsnøgle',
    keyVersion: (version) => `version ${version}`,
    keyKind: 'Art',
    keySource: 'Kilde',
    recipients: 'Modtagere',
    recipient: 'Modtager',
    weight: 'Vægt',
    share: 'Andel',
    allocated: 'Fordelt',
    committed: 'Disponeret',
    spent: 'Forbrugt',
    left: 'Tilbage',
    pictureHeading: 'Fordelingen',
    pictureCaption: 'Fordelt, disponeret og forbrugt pr. modtager (samme tal som i tabellen)',
    tableCaption: 'Fordelingen pr. modtager',
    fictitiousShares: 'Andele markeret »fiktiv« er opdigtede demoværdier, ikke tal fra en kilde.',
    fictitiousWeight: 'fiktiv',
    download: 'Hent fordelingen som CSV (øre og kroner)',
    apiLink: 'Rammen som data (JSON)',
    framesOf: 'Rammer',
    kinds: {
      disease_weighted_citizens: 'Sygdomsvægtede borgere',
      population: 'Befolkning',
      equal_shares: 'Lige andele',
      custom: 'Egen nøgle',
    },
  },
  en: {
    footerFrames: 'Funding frames and keys',
    listTitle: 'Funding frames',
    listLead:
      'Money a body has set aside and shared over recipients by an allocation key. The amounts are exact: the parts sum to the frame to the øre.',
    none: 'There are no funding frames yet.',
    newFrame: 'Create a frame',
    frame: 'Frame',
    total: 'Frame total',
    years: 'Years',
    owner: 'Publisher (whose money)',
    decidingBody: 'Decided by',
    decision: 'Decision',
    openItem: (number, title) => `Item ${number}: ${title}`,
    closedItem: (number) => `Item ${number} (closed item)`,
    noDecision: 'No decision linked',
    purpose: 'Purpose',
    conditions: 'Conditions',
    key: 'Allocation key',
    keyVersion: (version) => `version ${version}`,
    keyKind: 'Kind',
    keySource: 'Source',
    recipients: 'Recipients',
    recipient: 'Recipient',
    weight: 'Weight',
    share: 'Share',
    allocated: 'Allocated',
    committed: 'Committed',
    spent: 'Spent',
    left: 'Left',
    pictureHeading: 'The allocation',
    pictureCaption: 'Allocated, committed and spent per recipient (the same figures as the table)',
    tableCaption: 'The allocation per recipient',
    fictitiousShares: 'Shares marked "fictitious" are invented demo values, not figures from a source.',
    fictitiousWeight: 'fictitious',
    download: 'Download the allocation as CSV (øre and kroner)',
    apiLink: 'The frame as data (JSON)',
    framesOf: 'Funding frames',
    kinds: {
      disease_weighted_citizens: 'Disease-weighted citizens',
      population: 'Population',
      equal_shares: 'Equal shares',
      custom: 'Custom key',
    },
  },
};
