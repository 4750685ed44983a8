/**
 * The words of following by e-mail: the "Følg" form on a page, the pages of confirming, managing
 * and unsubscribing, and the e-mails (confirmation, a notice, the daily digest), in Danish and
 * English. Kept beside da.ts and en.ts so that the catalogue's main files stay short.
 */

const da = {
  // the form on a body's, publisher's, case's, search's and the answers' page
  formHeading: 'Få besked på e-mail',
  formLead: (label: string) => `Få en e-mail, når der er nyt om ${label}. Du skal ikke oprette en konto.`,
  emailLabel: 'Din e-mailadresse',
  emailHint: 'Vi sender først et link, som du skal klikke på for at bekræfte. Adressen vises ikke for andre.',
  followButton: 'Følg',
  /** What is followed, as the form, the pages and the e-mails name it. */
  targetLabel: (kind: string, name: string) =>
    kind === 'case'
      ? `sag ${name}`
      : kind === 'search'
        ? `søgningen ${name}`
        : kind === 'answers'
          ? `svarene i ${name}s spørgeordning`
          : name,
  // the form's problems
  errorSummary: 'Der er en fejl i formularen',
  invalidEmail: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk',
  rateLimited: 'Der er sendt for mange bekræftelser til denne adresse eller fra din forbindelse. Prøv igen om en time.',
  unknownTarget: 'Det, du vil følge, findes ikke længere.',
  // after the form
  requestedTitle: 'Tjek din e-mail',
  requestedText: (email: string) =>
    `Hvis adressen ${email} ikke allerede følger dette, har vi sendt en e-mail med et link. Klik på linket for at bekræfte. Indtil da sender vi ikke andet.`,
  backTo: (label: string) => `Tilbage til ${label}`,
  back: 'Tilbage',
  followTitle: 'Følg på e-mail',
  // confirming
  confirmTitle: 'Bekræft, at du vil følge',
  confirmLead: (label: string) => `Du er ved at følge ${label}.`,
  frequencyLegend: 'Hvor ofte vil du have besked?',
  immediate: 'Med det samme',
  daily: 'Samlet én gang om dagen (kl. 7)',
  dailyDigests: 'dine daglige sammendrag',
  confirmButton: 'Bekræft',
  confirmedTitle: 'Du følger nu',
  confirmedText: (label: string) => `Du får besked på e-mail, når der er nyt om ${label}.`,
  tokenGone: 'Linket er ikke gyldigt længere. Måske er det allerede brugt, eller abonnementet er afmeldt.',
  tokenGoneTitle: 'Linket virker ikke',
  // managing
  manageTitle: 'Dine abonnementer',
  manageLead: 'Her kan du se, hvad du følger på e-mail, vælge hvor ofte du vil have besked, og afmelde.',
  noSubscriptions: 'Du følger ikke noget.',
  pendingNote: 'venter på bekræftelse',
  saveFrequency: 'Gem',
  unsubscribeButton: 'Afmeld',
  unsubscribeAll: 'Afmeld alt og slet min adresse',
  frequencySaved: 'Dit valg er gemt.',
  // unsubscribing
  unsubscribeTitle: 'Afmeld',
  unsubscribeLead: (label: string) => `Vil du holde op med at følge ${label}?`,
  unsubscribedTitle: 'Du er afmeldt',
  unsubscribedText: (label: string | null) =>
    label ? `Du får ikke længere e-mails om ${label}.` : 'Du får ikke længere disse e-mails.',
  addressDeleted: 'Du følger ikke andet, så din e-mailadresse er slettet.',
  manageLink: 'Se og ret dine abonnementer',
  // the e-mails
  mailConfirmSubject: (label: string) => `Bekræft: Følg ${label}`,
  mailConfirmText: (label: string) =>
    `Nogen – forhåbentlig dig – har bedt om at få e-mails fra Protokol, når der er nyt om ${label}. Klik på linket for at bekræfte:`,
  mailConfirmIgnore:
    'Har du ikke bedt om det, så gør ingenting: Du får ikke flere e-mails, og adressen slettes om en uge.',
  mailAgendaSubject: (body: string, date: string) => `Dagsorden: ${body} ${date}`,
  mailMinutesSubject: (body: string, date: string) => `Referat: ${body} ${date}`,
  mailAnswerSubject: (body: string) => `Nyt svar i spørgeordningen: ${body}`,
  mailDigestSubject: (n: number) => `Protokol: ${n} ${n === 1 ? 'nyhed' : 'nyheder'} i dag`,
  mailAgendaPublished: (body: string, date: string) => `Dagsordenen til mødet i ${body} ${date} er offentliggjort.`,
  mailMinutesPublished: (body: string, date: string) => `Referatet af mødet i ${body} ${date} er offentliggjort.`,
  mailAnswerPublished: (body: string) => `Et svar i ${body}s spørgeordning er offentliggjort:`,
  mailItems: 'Punkter:',
  mailRead: 'Læs det i Protokol:',
  mailBecause: (label: string) => `Du får denne e-mail, fordi du følger ${label}:`,
  mailManage: 'Se og ret dine abonnementer:',
  mailUnsubscribe: 'Afmeld med ét klik:',
};

export type SubscriptionMessages = typeof da;

const en: SubscriptionMessages = {
  formHeading: 'Get updates by e-mail',
  formLead: (label) => `Get an e-mail when there is news about ${label}. You do not need an account.`,
  emailLabel: 'Your e-mail address',
  emailHint: 'We first send a link that you click to confirm. Your address is shown to no one.',
  followButton: 'Follow',
  targetLabel: (kind, name) =>
    kind === 'case'
      ? `case ${name}`
      : kind === 'search'
        ? `the search ${name}`
        : kind === 'answers'
          ? `the answers in the question scheme of ${name}`
          : name,
  errorSummary: 'There is a problem with the form',
  invalidEmail: 'Enter a valid e-mail address, such as name@example.com',
  rateLimited: 'Too many confirmations were sent to this address or from your connection. Try again in an hour.',
  unknownTarget: 'What you want to follow no longer exists.',
  requestedTitle: 'Check your e-mail',
  requestedText: (email) =>
    `Unless ${email} follows this already, we have sent an e-mail with a link. Click it to confirm. Until then we send nothing else.`,
  backTo: (label) => `Back to ${label}`,
  back: 'Back',
  followTitle: 'Follow by e-mail',
  confirmTitle: 'Confirm that you want to follow',
  confirmLead: (label) => `You are about to follow ${label}.`,
  frequencyLegend: 'How often do you want to hear?',
  immediate: 'Straight away',
  daily: 'Once a day, together (at 7 am)',
  dailyDigests: 'your daily digests',
  confirmButton: 'Confirm',
  confirmedTitle: 'You are now following',
  confirmedText: (label) => `You will get an e-mail when there is news about ${label}.`,
  tokenGone: 'The link is no longer valid. It may have been used already, or the subscription was cancelled.',
  tokenGoneTitle: 'The link does not work',
  manageTitle: 'Your subscriptions',
  manageLead: 'What you follow by e-mail: choose how often you hear, or unsubscribe.',
  noSubscriptions: 'You follow nothing.',
  pendingNote: 'waiting for confirmation',
  saveFrequency: 'Save',
  unsubscribeButton: 'Unsubscribe',
  unsubscribeAll: 'Unsubscribe from everything and delete my address',
  frequencySaved: 'Your choice is saved.',
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeLead: (label) => `Do you want to stop following ${label}?`,
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribedText: (label) =>
    label ? `You will get no more e-mails about ${label}.` : 'You will get no more of these e-mails.',
  addressDeleted: 'You follow nothing else, so your e-mail address has been deleted.',
  manageLink: 'See and change your subscriptions',
  mailConfirmSubject: (label) => `Confirm: follow ${label}`,
  mailConfirmText: (label) =>
    `Someone – hopefully you – asked for e-mails from Protokol when there is news about ${label}. Click the link to confirm:`,
  mailConfirmIgnore:
    'If you did not ask for this, do nothing: you will get no more e-mails, and the address is deleted in a week.',
  mailAgendaSubject: (body, date) => `Agenda: ${body} ${date}`,
  mailMinutesSubject: (body, date) => `Minutes: ${body} ${date}`,
  mailAnswerSubject: (body) => `New answer in the question scheme: ${body}`,
  mailDigestSubject: (n) => `Protokol: ${n} ${n === 1 ? 'update' : 'updates'} today`,
  mailAgendaPublished: (body, date) => `The agenda of the meeting of ${body} on ${date} has been published.`,
  mailMinutesPublished: (body, date) => `The minutes of the meeting of ${body} on ${date} have been published.`,
  mailAnswerPublished: (body) => `An answer in the question scheme of ${body} has been published:`,
  mailItems: 'Items:',
  mailRead: 'Read it in Protokol:',
  mailBecause: (label) => `You get this e-mail because you follow ${label}:`,
  mailManage: 'See and change your subscriptions:',
  mailUnsubscribe: 'Unsubscribe with one click:',
};

export const SUBSCRIPTION_MESSAGES = { da, en } as const;
