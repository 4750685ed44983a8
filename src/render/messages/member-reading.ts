/**
 * The words of members' reading on the go, Danish and English: the next-meeting page (what changed
 * since the member last marked the meeting as read), the whole meeting as one zip for offline
 * reading (the names of its files), and highlighted passages of an item's text.
 */

export interface MemberReadingMessages {
  navNextMeeting: string;
  linkChanges: string;
  nextTitle: string;
  nextLead: string;
  noComing: string;
  readAt: (when: string) => string;
  neverRead: string;
  nothingNew: string;
  changesHeading: string;
  itemLabel: (number: number, title: string) => string;
  newItem: string;
  changedItem: string;
  newAttachments: (titles: string) => string;
  removedItems: (numbers: string) => string;
  showChanges: string;
  changedSinceVersion: (number: number) => string;
  markRead: string;
  markReadHint: string;
  markedRead: string;
  changedWhileReading: string;
  readMeeting: string;
  download: string;
  downloadHint: string;
  // Highlights
  highlightSummary: string;
  quoteLabel: string;
  quoteHint: string;
  highlight: string;
  highlightSaved: string;
  highlightRemoved: string;
  highlightsHeading: string;
  noHighlights: string;
  notesLink: string;
  noLongerFound: string;
  removeHighlight: string;
  removeHighlightLabel: (quote: string) => string;
  problems: { too_short: string; too_long: string; not_in_text: string; too_many: string };
  // The zip and the notes' text file
  zipAttachmentsFolder: string;
  zipItemFolder: (number: number) => string;
  zipNotesFile: string;
  zipName: (base: string) => string;
  notesTextTitle: (meeting: string) => string;
  notesTextPrivate: string;
  notesTextNone: string;
  notesTextNote: string;
}

export const MEMBER_READING_MESSAGES: Record<'da' | 'en', MemberReadingMessages> = {
  da: {
    navNextMeeting: 'Næste møde: nyt siden sidst',
    linkChanges: 'Nyt og ændret, siden du sidst læste mødet',
    nextTitle: 'Næste møde',
    nextLead:
      'Hvad der er nyt og ændret, siden du sidst markerede mødet som læst. Hent hele mødet, hvis du vil læse uden net.',
    noComing: 'Du har ingen kommende møder med en offentliggjort dagsorden.',
    readAt: (when) => `Du markerede sidst mødet som læst ${when}.`,
    neverRead: 'Du har ikke markeret mødet som læst endnu, så alle punkter er nye for dig.',
    nothingNew: 'Intet nyt, siden du sidst markerede mødet som læst.',
    changesHeading: 'Nyt og ændret',
    itemLabel: (number, title) => `Punkt ${number}: ${title}`,
    newItem: 'Nyt punkt',
    changedItem: 'Ændret',
    newAttachments: (titles) => `Nye bilag: ${titles}`,
    removedItems: (numbers) => `Fjernet fra mødet: punkt ${numbers}.`,
    showChanges: 'Vis ændringerne',
    changedSinceVersion: (number) => `Ændringer siden version ${number}, som du læste`,
    markRead: 'Markér som læst',
    markReadHint: 'Næste gang viser siden kun det, der er nyt eller ændret efter dette.',
    markedRead: 'Mødet er markeret som læst.',
    changedWhileReading: 'Mødet er ændret, mens du læste. Se ændringerne herunder, og markér igen.',
    readMeeting: 'Læs mødet',
    download: 'Hent hele mødet (zip)',
    downloadHint: 'Dagsorden eller referat som PDF, alle bilag, du må se, og dine egne noter, til læsning uden net.',
    highlightSummary: 'Fremhæv en tekst',
    quoteLabel: 'Tekst, der skal fremhæves',
    quoteHint: 'Markér teksten i punktet, eller skriv eller indsæt den her. Kun du kan se dine fremhævninger.',
    highlight: 'Fremhæv',
    highlightSaved: 'Teksten er fremhævet.',
    highlightRemoved: 'Fremhævningen er fjernet.',
    highlightsHeading: 'Mine fremhævninger',
    noHighlights:
      'Du har ikke fremhævet noget i mødets punkter. Brug «Fremhæv en tekst» under et punkt på mødets side.',
    notesLink: 'Mine noter',
    noLongerFound: 'ikke længere fundet',
    removeHighlight: 'Fjern',
    removeHighlightLabel: (quote) => `Fjern fremhævningen: ${quote}`,
    problems: {
      too_short: 'Teksten, der skal fremhæves, er for kort. Skriv mindst 3 tegn.',
      too_long: 'Teksten, der skal fremhæves, er for lang. Den må højst være 1.000 tegn.',
      not_in_text: 'Teksten, der skal fremhæves, findes ikke i punktets tekst. Kopiér den præcist fra punktet.',
      too_many: 'Du har fremhævet 50 tekster i punktet. Fjern en, før du fremhæver en ny.',
    },
    zipAttachmentsFolder: 'bilag',
    zipItemFolder: (number) => `punkt-${number}`,
    zipNotesFile: 'mine-noter.txt',
    zipName: (base) => `moede-${base}.zip`,
    notesTextTitle: (meeting) => `Mine noter: ${meeting}`,
    notesTextPrivate: 'Kun til dig: dine egne noter og fremhævninger.',
    notesTextNone: 'Ingen noter eller fremhævninger.',
    notesTextNote: 'Note',
  },
  en: {
    navNextMeeting: 'Next meeting: what is new',
    linkChanges: 'New and changed since you last read the meeting',
    nextTitle: 'Next meeting',
    nextLead:
      'What is new and changed since you last marked the meeting as read. Download the whole meeting to read it offline.',
    noComing: 'You have no coming meetings with a published agenda.',
    readAt: (when) => `You last marked the meeting as read ${when}.`,
    neverRead: 'You have not marked the meeting as read yet, so every item is new to you.',
    nothingNew: 'Nothing new since you last marked the meeting as read.',
    changesHeading: 'New and changed',
    itemLabel: (number, title) => `Item ${number}: ${title}`,
    newItem: 'New item',
    changedItem: 'Changed',
    newAttachments: (titles) => `New attachments: ${titles}`,
    removedItems: (numbers) => `Removed from the meeting: item ${numbers}.`,
    showChanges: 'Show the changes',
    changedSinceVersion: (number) => `Changes since version ${number}, which you read`,
    markRead: 'Mark as read',
    markReadHint: 'Next time the page shows only what is new or changed after this.',
    markedRead: 'The meeting is marked as read.',
    changedWhileReading: 'The meeting changed while you were reading. See the changes below and mark it again.',
    readMeeting: 'Read the meeting',
    download: 'Download the whole meeting (zip)',
    downloadHint: 'The agenda or minutes as PDF, every attachment you may see and your own notes, for reading offline.',
    highlightSummary: 'Highlight a passage',
    quoteLabel: 'Passage to highlight',
    quoteHint: 'Select the passage in the item, or type or paste it here. Only you can see your highlights.',
    highlight: 'Highlight',
    highlightSaved: 'The passage is highlighted.',
    highlightRemoved: 'The highlight is removed.',
    highlightsHeading: 'My highlights',
    noHighlights:
      "You have not highlighted anything in the meeting's items. Use “Highlight a passage” under an item on the meeting's page.",
    notesLink: 'My notes',
    noLongerFound: 'no longer found',
    removeHighlight: 'Remove',
    removeHighlightLabel: (quote) => `Remove the highlight: ${quote}`,
    problems: {
      too_short: 'The passage to highlight is too short. Enter at least 3 characters.',
      too_long: 'The passage to highlight is too long. It may be at most 1,000 characters.',
      not_in_text: "The passage to highlight is not in the item's text. Copy it exactly from the item.",
      too_many: 'You have highlighted 50 passages in the item. Remove one before you highlight another.',
    },
    zipAttachmentsFolder: 'attachments',
    zipItemFolder: (number) => `item-${number}`,
    zipNotesFile: 'my-notes.txt',
    zipName: (base) => `meeting-${base}.zip`,
    notesTextTitle: (meeting) => `My notes: ${meeting}`,
    notesTextPrivate: 'For you only: your own notes and highlights.',
    notesTextNone: 'No notes or highlights.',
    notesTextNote: 'Note',
  },
};
