/**
 * The words of the members' daily work, Danish and English: approving draft minutes (godkendelse
 * af referat) in rounds, requesting an item (anmodning om optagelse af punkt), private notes, and
 * a body's rules of procedure (forretningsorden) as the secretariat sets them and members read them.
 */

export interface MemberWorkMessages {
  // Rules of procedure
  rulesTitle: string;
  rulesLead: string;
  rulesFor: (body: string) => string;
  chooseBody: string;
  minutesApproval: string;
  approvalNextMeeting: string;
  approvalWithinDays: string;
  approvalWorkingDays: string;
  approvalWorkingDaysHint: string;
  silenceIsApproval: string;
  itemRequestDaysBefore: string;
  itemRequestDaysBeforeHint: string;
  save: string;
  saved: string;
  ruleTextNextMeeting: string;
  ruleTextWithinDays: (days: number, silence: boolean) => string;
  ruleTextRequests: (days: number) => string;
  problems: {
    minutes_approval_invalid: string;
    approval_days_invalid: string;
    request_days_invalid: string;
    title_missing: string;
    title_too_long: string;
    reason_missing: string;
    reason_too_long: string;
    meeting_missing: string;
    meeting_not_coming: string;
    no_later_meeting: (deadline: string) => string;
    file_invalid: string;
    empty: string;
    comment_too_long: string;
    decline_reason_missing: string;
    decline_reason_too_long: string;
    note_too_long: string;
  };
  // Minutes approval, member
  roundsTitle: string;
  roundsLead: string;
  noRounds: string;
  meeting: string;
  round: (number: number) => string;
  sentOn: string;
  dueOn: string;
  yourAnswer: string;
  approvedAt: (when: string) => string;
  commented: string;
  notAnswered: string;
  roundTitle: (meeting: string) => string;
  roundLead: (round: number, sent: string) => string;
  answerBy: (due: string) => string;
  approvedAtNextMeeting: string;
  closedItem: string;
  commentLabel: (number: number) => string;
  commentHint: string;
  yourComments: string;
  approve: string;
  approveHint: string;
  send: string;
  answerSaved: string;
  superseded: string;
  closedRound: string;
  publishedAs: (version: number) => string;
  // Minutes approval, secretariat
  approvalTitle: (meeting: string) => string;
  approvalLead: string;
  sendRound: string;
  sendAgain: string;
  sendRoundHint: string;
  roundSent: (number: number) => string;
  sendProblems: Record<
    'already_published' | 'no_items' | 'no_members' | 'unchanged' | 'not_editable' | 'forbidden',
    string
  >;
  member: string;
  status: string;
  comments: string;
  itemText: string;
  ruleMet: string;
  ruleNotMet: (names: string) => string;
  ruleNoRound: string;
  publishRefused: {
    round_missing: string;
    round_outdated: string;
    approval_missing: (names: string, due: string | null) => string;
  };
  earlierRounds: string;
  approvalsRecord: string;
  toMeeting: string;
  toApproval: string;
  toRequests: string;
  // Item requests
  requestsTitle: string;
  requestsLead: string;
  newRequest: string;
  noRequests: string;
  requestTitle: string;
  requestReason: string;
  requestReasonHint: string;
  requestFile: string;
  requestFileHint: string;
  requestMeeting: string;
  requestMeetingOption: (body: string, when: string, deadline: string) => string;
  noComingMeetings: string;
  sendRequest: string;
  requestReceived: string;
  requestFor: (when: string) => string;
  requestLate: (asked: string, deadline: string, when: string) => string;
  requestState: Record<'pending' | 'accepted' | 'declined', string>;
  declinedBecause: string;
  proposer: string;
  accept: string;
  decline: string;
  declineReason: string;
  late: string;
  asked: string;
  received: string;
  file: string;
  requestsFor: (meeting: string) => string;
  // Private notes
  notesTitle: string;
  noteLabel: (number: number) => string;
  noteHint: string;
  saveNote: string;
  noteSaved: string;
  /** The agenda printed with the member's notes (a PDF for them alone). */
  printTitle: string;
  printWithNotes: string;
  printHint: string;
  printButton: string;
  // /mig links
  linkRounds: string;
  linkRequests: string;
  linkRules: string;
}

export const MEMBER_WORK_MESSAGES: Record<'da' | 'en', MemberWorkMessages> = {
  da: {
    rulesTitle: 'Forretningsorden: referater og punkter',
    rulesLead:
      'Her står organets regler for, hvordan referater godkendes, og hvornår medlemmer senest kan bede om et punkt på dagsordenen.',
    rulesFor: (body) => `Forretningsorden for ${body}`,
    chooseBody: 'Vælg organ',
    minutesApproval: 'Hvordan godkendes referatet?',
    approvalNextMeeting: 'På næste møde',
    approvalWithinDays: 'Af medlemmerne inden for et antal hverdage efter udsendelsen',
    approvalWorkingDays: 'Antal hverdage til at svare',
    approvalWorkingDaysHint: 'Hverdage er mandag til fredag, undtagen helligdage. Et helt tal fra 1 til 30.',
    silenceIsApproval: 'Medlemmer, der ikke svarer inden fristen, regnes for at have godkendt referatet',
    itemRequestDaysBefore: 'Frist for at anmode om et punkt (dage før mødet)',
    itemRequestDaysBeforeHint:
      'Et helt tal fra 0 til 90. Falder fristen på en weekend eller helligdag, er fristen hverdagen før.',
    save: 'Gem forretningsordenen',
    saved: 'Forretningsordenen er gemt.',
    ruleTextNextMeeting: 'Referatet godkendes på næste møde.',
    ruleTextWithinDays: (days, silence) =>
      `Medlemmerne godkender referatet inden for ${days} ${days === 1 ? 'hverdag' : 'hverdage'} efter udsendelsen.` +
      (silence
        ? ' Svarer man ikke, regnes det som godkendelse.'
        : ' Alle skal godkende, før referatet offentliggøres.'),
    ruleTextRequests: (days) =>
      `Anmodninger om et punkt skal være sekretariatet i hænde senest ${days} dage før mødet. En anmodning efter fristen kommer på det næste møde.`,
    problems: {
      minutes_approval_invalid: 'Vælg, hvordan referatet godkendes.',
      approval_days_invalid: 'Antal hverdage skal være et helt tal fra 1 til 30.',
      request_days_invalid: 'Fristen for punkter skal være et helt tal fra 0 til 90 dage.',
      title_missing: 'Skriv en titel på punktet.',
      title_too_long: 'Titlen må højst være 300 tegn.',
      reason_missing: 'Skriv, hvorfor punktet skal på dagsordenen.',
      reason_too_long: 'Begrundelsen må højst være 8.000 tegn.',
      meeting_missing: 'Vælg det møde, punktet skal på.',
      meeting_not_coming: 'Vælg et kommende møde i dit organ.',
      no_later_meeting: (deadline) =>
        `Fristen for det valgte møde var ${deadline}, og der er endnu ikke planlagt et senere møde. Kontakt sekretariatet.`,
      file_invalid:
        'Filen kan ikke bruges: vælg en PDF-, Word-, Excel-, PowerPoint-, billed- eller tekstfil på højst 25 MB.',
      empty: 'Godkend referatet eller skriv en kommentar til mindst ét punkt.',
      comment_too_long: 'En kommentar må højst være 4.000 tegn.',
      decline_reason_missing: 'Skriv, hvorfor anmodningen ikke imødekommes.',
      decline_reason_too_long: 'Begrundelsen må højst være 4.000 tegn.',
      note_too_long: 'Noten må højst være 8.000 tegn.',
    },
    roundsTitle: 'Referater til godkendelse',
    roundsLead: 'Udkast til referater, som sekretariatet har sendt til dig til godkendelse.',
    noRounds: 'Der er ingen udkast til referater til dig.',
    meeting: 'Møde',
    round: (number) => `Udsendelse ${number}`,
    sentOn: 'Sendt',
    dueOn: 'Svarfrist',
    yourAnswer: 'Dit svar',
    approvedAt: (when) => `Godkendt ${when}`,
    commented: 'Kommenteret',
    notAnswered: 'Ikke svaret',
    roundTitle: (meeting) => `Udkast til referat: ${meeting}`,
    roundLead: (round, sent) => `Udsendelse ${round}, sendt ${sent}. Udkastet er ikke offentligt.`,
    answerBy: (due) => `Svar senest ${due}.`,
    approvedAtNextMeeting: 'Referatet godkendes på næste møde; du kan kommentere udkastet her.',
    closedItem: 'Lukket punkt',
    commentLabel: (number) => `Kommentar til punkt ${number}`,
    commentHint: 'Skriv kun, hvis du vil have noget ændret i punktet.',
    yourComments: 'Dine kommentarer',
    approve: 'Jeg godkender referatet',
    approveHint: 'Du kan godkende og kommentere på samme tid.',
    send: 'Send svar',
    answerSaved: 'Dit svar er modtaget.',
    superseded: 'Sekretariatet har sendt et nyere udkast. Svar på det nyeste.',
    closedRound: 'Referatet er offentliggjort; der kan ikke længere svares.',
    publishedAs: (version) => `Offentliggjort som version ${version}.`,
    approvalTitle: (meeting) => `Godkendelse af referat: ${meeting}`,
    approvalLead:
      'Send udkastet til referat til organets medlemmer. De godkender eller kommenterer hvert punkt i Protokol. Retter I udkastet, sender I det igen som en ny udsendelse.',
    sendRound: 'Send udkastet til godkendelse',
    sendAgain: 'Send det rettede udkast som ny udsendelse',
    sendRoundHint: 'Udkastet sendes, som det står nu, til alle organets medlemmer med en besked og et link.',
    roundSent: (number) => `Udsendelse ${number} er sendt til medlemmerne.`,
    sendProblems: {
      already_published: 'Referatet er allerede offentliggjort.',
      no_items: 'Mødet har ingen punkter.',
      no_members: 'Organet har ingen medlemmer med en konto i Protokol.',
      unchanged: 'Udkastet er ikke ændret siden sidste udsendelse.',
      not_editable: 'Mødet kan ikke ændres: det er aflyst eller indlæst fra et offentliggjort dokument.',
      forbidden: 'Du må ikke sende udkastet.',
    },
    member: 'Medlem',
    status: 'Status',
    comments: 'Kommentarer',
    itemText: 'Punktets tekst',
    ruleMet: 'Reglen er opfyldt: referatet kan offentliggøres.',
    ruleNotMet: (names) => `Reglen er ikke opfyldt endnu. Mangler godkendelse fra: ${names}.`,
    ruleNoRound: 'Udkastet er ikke sendt til godkendelse endnu.',
    publishRefused: {
      round_missing:
        'Referatet kan ikke offentliggøres endnu: udkastet skal først sendes til medlemmerne til godkendelse.',
      round_outdated:
        'Referatet kan ikke offentliggøres endnu: udkastet er rettet siden sidste udsendelse. Send det rettede udkast til godkendelse.',
      approval_missing: (names, due) =>
        `Referatet kan ikke offentliggøres endnu: mangler godkendelse fra ${names}` +
        (due ? ` (svarfrist ${due}).` : '.'),
    },
    earlierRounds: 'Tidligere udsendelser',
    approvalsRecord: 'Godkendt af',
    toMeeting: 'Tilbage til mødet',
    toApproval: 'Godkendelse af referat',
    toRequests: 'Anmodninger om punkter',
    requestsTitle: 'Anmodninger om punkter',
    requestsLead: 'Som medlem kan du bede om at få et punkt på dagsordenen til et kommende møde.',
    newRequest: 'Anmod om et punkt',
    noRequests: 'Der er ingen anmodninger.',
    requestTitle: 'Punktets titel',
    requestReason: 'Begrundelse',
    requestReasonHint: 'Hvad skal organet drøfte eller beslutte, og hvorfor?',
    requestFile: 'Bilag (valgfrit)',
    requestFileHint: 'PDF, Word, Excel, PowerPoint, billede eller tekst, højst 25 MB.',
    requestMeeting: 'Møde',
    requestMeetingOption: (body, when, deadline) => `${body}, ${when} (frist ${deadline})`,
    noComingMeetings: 'Der er ingen kommende møder i dine organer at anmode om punkter til.',
    sendRequest: 'Send anmodningen',
    requestReceived: 'Din anmodning er modtaget.',
    requestFor: (when) => `Punktet er anmodet optaget på mødet ${when}.`,
    requestLate: (asked, deadline, when) =>
      `Fristen for mødet ${asked} var ${deadline}. Din anmodning er derfor til det næste møde: ${when}.`,
    requestState: { pending: 'Afventer sekretariatet', accepted: 'Sat på dagsordenen', declined: 'Ikke imødekommet' },
    declinedBecause: 'Sekretariatets begrundelse',
    proposer: 'Forslagsstiller',
    accept: 'Sæt punktet på dagsordenen',
    decline: 'Imødekom ikke',
    declineReason: 'Begrundelse til medlemmet',
    late: 'Kom efter fristen',
    asked: 'Ønsket møde',
    received: 'Modtaget',
    file: 'Bilag',
    requestsFor: (meeting) => `Anmodninger om punkter: ${meeting}`,
    notesTitle: 'Mine noter',
    noteLabel: (number) => `Min note til punkt ${number}`,
    noteHint: 'Kun du kan se dine noter.',
    saveNote: 'Gem noten',
    noteSaved: 'Noten er gemt.',
    printTitle: 'Udskriv dagsordenen',
    printWithNotes: 'Med mine noter',
    printHint: 'Dine noter står under hvert punkt. PDF-filen er kun til dig.',
    printButton: 'Hent som PDF',
    linkRounds: 'Referater til godkendelse',
    linkRequests: 'Anmod om et punkt på dagsordenen',
    linkRules: 'Sekretariat: forretningsorden',
  },
  en: {
    rulesTitle: 'Rules of procedure: minutes and items',
    rulesLead: "The body's rules for approving minutes and for the deadline to request an item on the agenda.",
    rulesFor: (body) => `Rules of procedure of ${body}`,
    chooseBody: 'Choose a body',
    minutesApproval: 'How are the minutes approved?',
    approvalNextMeeting: 'At the next meeting',
    approvalWithinDays: 'By the members within a number of working days of sending',
    approvalWorkingDays: 'Working days to answer',
    approvalWorkingDaysHint: 'Working days are Monday to Friday, except public holidays. A whole number from 1 to 30.',
    silenceIsApproval: 'Members who do not answer by the deadline are taken to approve the minutes',
    itemRequestDaysBefore: 'Deadline to request an item (days before the meeting)',
    itemRequestDaysBeforeHint:
      'A whole number from 0 to 90. When the deadline falls on a weekend or holiday, it is the working day before.',
    save: 'Save the rules',
    saved: 'The rules are saved.',
    ruleTextNextMeeting: 'The minutes are approved at the next meeting.',
    ruleTextWithinDays: (days, silence) =>
      `The members approve the minutes within ${days} working ${days === 1 ? 'day' : 'days'} of sending.` +
      (silence ? ' No answer counts as approval.' : ' Everyone must approve before the minutes are published.'),
    ruleTextRequests: (days) =>
      `Requests for an item must reach the secretariat at least ${days} days before the meeting. A late request goes to the next meeting.`,
    problems: {
      minutes_approval_invalid: 'Choose how the minutes are approved.',
      approval_days_invalid: 'Working days must be a whole number from 1 to 30.',
      request_days_invalid: 'The deadline for items must be a whole number from 0 to 90 days.',
      title_missing: 'Write a title for the item.',
      title_too_long: 'The title may be at most 300 characters.',
      reason_missing: 'Write why the item should be on the agenda.',
      reason_too_long: 'The reason may be at most 8,000 characters.',
      meeting_missing: 'Choose the meeting for the item.',
      meeting_not_coming: 'Choose a coming meeting of your body.',
      no_later_meeting: (deadline) =>
        `The deadline for the chosen meeting was ${deadline}, and no later meeting is planned yet. Contact the secretariat.`,
      file_invalid:
        'The file cannot be used: choose a PDF, Word, Excel, PowerPoint, image or text file of at most 25 MB.',
      empty: 'Approve the minutes or write a comment on at least one item.',
      comment_too_long: 'A comment may be at most 4,000 characters.',
      decline_reason_missing: 'Write why the request is declined.',
      decline_reason_too_long: 'The reason may be at most 4,000 characters.',
      note_too_long: 'The note may be at most 8,000 characters.',
    },
    roundsTitle: 'Minutes for approval',
    roundsLead: 'Draft minutes the secretariat has sent you for approval.',
    noRounds: 'There are no draft minutes for you.',
    meeting: 'Meeting',
    round: (number) => `Round ${number}`,
    sentOn: 'Sent',
    dueOn: 'Answer by',
    yourAnswer: 'Your answer',
    approvedAt: (when) => `Approved ${when}`,
    commented: 'Commented',
    notAnswered: 'Not answered',
    roundTitle: (meeting) => `Draft minutes: ${meeting}`,
    roundLead: (round, sent) => `Round ${round}, sent ${sent}. The draft is not public.`,
    answerBy: (due) => `Answer by ${due}.`,
    approvedAtNextMeeting: 'The minutes are approved at the next meeting; you can comment on the draft here.',
    closedItem: 'Closed item',
    commentLabel: (number) => `Comment on item ${number}`,
    commentHint: 'Write only if you want something changed in the item.',
    yourComments: 'Your comments',
    approve: 'I approve the minutes',
    approveHint: 'You can approve and comment at the same time.',
    send: 'Send answer',
    answerSaved: 'Your answer has been received.',
    superseded: 'The secretariat has sent a newer draft. Answer the newest.',
    closedRound: 'The minutes are published; answers are closed.',
    publishedAs: (version) => `Published as version ${version}.`,
    approvalTitle: (meeting) => `Approval of the minutes: ${meeting}`,
    approvalLead:
      "Send the draft minutes to the body's members. They approve or comment on each item in Protokol. If you correct the draft, send it again as a new round.",
    sendRound: 'Send the draft for approval',
    sendAgain: 'Send the corrected draft as a new round',
    sendRoundHint: "The draft is sent as it stands now to all the body's members with a message and a link.",
    roundSent: (number) => `Round ${number} has been sent to the members.`,
    sendProblems: {
      already_published: 'The minutes are already published.',
      no_items: 'The meeting has no items.',
      no_members: 'The body has no members with an account in Protokol.',
      unchanged: 'The draft has not changed since the last round.',
      not_editable: 'The meeting cannot be changed: it is cancelled or imported from a published document.',
      forbidden: 'You may not send the draft.',
    },
    member: 'Member',
    status: 'Status',
    comments: 'Comments',
    itemText: "The item's text",
    ruleMet: 'The rule is met: the minutes can be published.',
    ruleNotMet: (names) => `The rule is not met yet. Approval missing from: ${names}.`,
    ruleNoRound: 'The draft has not been sent for approval yet.',
    publishRefused: {
      round_missing: 'The minutes cannot be published yet: send the draft to the members for approval first.',
      round_outdated:
        'The minutes cannot be published yet: the draft was corrected after the last round. Send the corrected draft for approval.',
      approval_missing: (names, due) =>
        `The minutes cannot be published yet: approval missing from ${names}` + (due ? ` (answer by ${due}).` : '.'),
    },
    earlierRounds: 'Earlier rounds',
    approvalsRecord: 'Approved by',
    toMeeting: 'Back to the meeting',
    toApproval: 'Approval of the minutes',
    toRequests: 'Requests for items',
    requestsTitle: 'Requests for items',
    requestsLead: 'As a member you can ask for an item on the agenda of a coming meeting.',
    newRequest: 'Request an item',
    noRequests: 'There are no requests.',
    requestTitle: "The item's title",
    requestReason: 'Reason',
    requestReasonHint: 'What should the body discuss or decide, and why?',
    requestFile: 'Attachment (optional)',
    requestFileHint: 'PDF, Word, Excel, PowerPoint, image or text, at most 25 MB.',
    requestMeeting: 'Meeting',
    requestMeetingOption: (body, when, deadline) => `${body}, ${when} (deadline ${deadline})`,
    noComingMeetings: 'There are no coming meetings in your bodies to request items for.',
    sendRequest: 'Send the request',
    requestReceived: 'Your request has been received.',
    requestFor: (when) => `The item is requested for the meeting ${when}.`,
    requestLate: (asked, deadline, when) =>
      `The deadline for the meeting ${asked} was ${deadline}. Your request is therefore for the next meeting: ${when}.`,
    requestState: { pending: 'Waiting for the secretariat', accepted: 'On the agenda', declined: 'Declined' },
    declinedBecause: "The secretariat's reason",
    proposer: 'Proposed by',
    accept: 'Put the item on the agenda',
    decline: 'Decline',
    declineReason: 'Reason for the member',
    late: 'After the deadline',
    asked: 'Meeting asked for',
    received: 'Received',
    file: 'Attachment',
    requestsFor: (meeting) => `Requests for items: ${meeting}`,
    notesTitle: 'My notes',
    noteLabel: (number) => `My note on item ${number}`,
    noteHint: 'Only you can see your notes.',
    saveNote: 'Save the note',
    noteSaved: 'The note is saved.',
    printTitle: 'Print the agenda',
    printWithNotes: 'With my notes',
    printHint: 'Your notes follow each item. The PDF is for you alone.',
    printButton: 'Download as PDF',
    linkRounds: 'Minutes for approval',
    linkRequests: 'Request an item on the agenda',
    linkRules: 'Secretariat: rules of procedure',
  },
};
