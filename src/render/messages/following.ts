/**
 * The words of following along: the subscribe box on a body's and a publisher's page (calendar,
 * feed, downloads) and the page /foelg-med, in Danish and English. Kept beside da.ts and en.ts so
 * that the catalogue's main files stay short.
 */

const da = {
  // the subscribe box
  subscribeCalendar: 'Abonnér i din kalender',
  calendarAddressLabel: 'Kalenderens adresse – kopiér den ind i din kalender',
  copyAddress: 'Kopiér adressen',
  copied: 'Adressen er kopieret.',
  downloadCalendar: 'Hent kalenderen som fil (.ics) – den opdateres ikke',
  calendarHowTo: 'Sådan abonnerer du i Outlook, Google Kalender og på iPhone',
  followMinutes: 'Følg nye referater (nyhedsfeed)',
  whatIsFeed: 'Hvad er et nyhedsfeed?',
  moreAboutFollowing: 'Mere om at følge med',
  downloadsHeading: 'Hent møderne',
  downloadMeetingsCsv: 'Hent møderne som regneark (CSV)',
  downloadMeetingsJson: 'Hent møderne som data (JSON)',
  // how to subscribe, one step per calendar
  howToOutlook:
    'Outlook: Vælg Tilføj kalender, derefter Abonnér fra internettet (eller Fra internettet), og sæt adressen ind.',
  howToGoogle: 'Google Kalender: Klik på + ved Andre kalendere, vælg Fra webadresse, og sæt adressen ind.',
  howToIphone:
    'iPhone og iPad: Tryk på linket Abonnér i din kalender, eller gå til Indstillinger → Kalender → Konti → Tilføj konto → Andet → Tilføj abonneret kalender, og sæt adressen ind.',
  howToUpdates: 'Kalenderen opdaterer sig selv, når der kommer nye møder, eller når et møde flyttes eller aflyses.',
  // the page /foelg-med
  followTitle: 'Følg med',
  followLead:
    'Du behøver ikke at komme tilbage hver dag for at se, om der er nyt. Her kan du få møderne i din egen kalender, få besked om nye referater og hente data.',
  calendarsHeading: 'Møderne i din kalender',
  calendarsIntro:
    'Hvert sundhedsråd og hver udgiver har en kalender med alle sine møder. Abonnerer du på den, kommer nye møder automatisk ind i din kalender, og flyttede eller aflyste møder bliver rettet.',
  allCouncilsCalendar: 'Alle sundhedsråds møder',
  feedsHeading: 'Nyhedsfeeds: besked om nye referater',
  feedsIntro:
    'Et nyhedsfeed (Atom) er en adresse, som et læseprogram – en såkaldt feedlæser – holder øje med. Når et råd offentliggør et nyt referat, viser din feedlæser det. Kopiér adressen på et feed ind i din feedlæser, fx Feedly, Inoreader, NetNewsWire eller Thunderbird.',
  feedsSearch:
    'Du kan også følge en søgning: Søg efter det, der interesserer dig, og brug linket til søgningens feed under resultaterne.',
  emailHeading: 'Besked på e-mail',
  emailIntro:
    'Du kan også få en e-mail, når et råd, en udgiver eller en sag har nyt, når en søgning finder noget nyt, eller når et råd offentliggør et svar i spørgeordningen – uden at oprette en konto. Skriv din e-mailadresse under "Få besked på e-mail" på siden, og bekræft med linket, vi sender. Hver e-mail har et link til at afmelde med ét klik.',
  apiHeading: 'Åbne data og API',
  apiIntro:
    'Alt, hvad portalen viser, kan hentes som data til egne analyser, apps og hjemmesider. Lukkede punkter indgår kun med nummer og titel.',
  apiLink: 'Læs om API’et, OParl og den samlede eksport',
  downloadHeading: 'Hent som regneark',
  downloadIntro:
    'Et søgeresultat og et råds møder kan hentes som regneark (CSV), der åbner i Excel, eller som data (JSON). Brug linkene på søgesiden og på rådets side.',
  downloadNote: 'Regnearket bruger semikolon mellem felterne og UTF-8, så æ, ø og å vises rigtigt i dansk Excel.',
  councilsHeading: 'Sundhedsrådene',
  publishersHeading: 'Regioner, kommuner og andre udgivere',
  calendarLink: 'Kalender',
  feedLink: 'Nye referater',
  noBodies: 'Der er endnu ingen råd i Protokol.',
  followAllLink: 'Følg med: alle kalendere og nyhedsfeeds',
};

export type FollowingMessages = typeof da;

const en: FollowingMessages = {
  subscribeCalendar: 'Subscribe in your calendar',
  calendarAddressLabel: 'The calendar’s address – copy it into your calendar',
  copyAddress: 'Copy the address',
  copied: 'The address has been copied.',
  downloadCalendar: 'Download the calendar as a file (.ics) – it does not update',
  calendarHowTo: 'How to subscribe in Outlook, Google Calendar and on iPhone',
  followMinutes: 'Follow new minutes (news feed)',
  whatIsFeed: 'What is a news feed?',
  moreAboutFollowing: 'More about following along',
  downloadsHeading: 'Download the meetings',
  downloadMeetingsCsv: 'Download the meetings as a spreadsheet (CSV)',
  downloadMeetingsJson: 'Download the meetings as data (JSON)',
  howToOutlook: 'Outlook: choose Add calendar, then Subscribe from web (or From internet), and paste the address.',
  howToGoogle: 'Google Calendar: click + next to Other calendars, choose From URL, and paste the address.',
  howToIphone:
    'iPhone and iPad: tap the link Subscribe in your calendar, or go to Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar, and paste the address.',
  howToUpdates: 'The calendar updates itself when meetings are added, moved or cancelled.',
  followTitle: 'Follow along',
  followLead:
    'You need not come back every day to see what is new. Here you can get the meetings in your own calendar, be told about new minutes and download data.',
  calendarsHeading: 'The meetings in your calendar',
  calendarsIntro:
    'Every health council and every publisher has a calendar with all its meetings. Subscribe to it and new meetings appear in your calendar by themselves; moved or cancelled meetings are corrected.',
  allCouncilsCalendar: 'Every health council’s meetings',
  feedsHeading: 'News feeds: hear about new minutes',
  feedsIntro:
    'A news feed (Atom) is an address that a reading program – a feed reader – keeps an eye on. When a council publishes new minutes, your feed reader shows them. Copy a feed’s address into your feed reader, such as Feedly, Inoreader, NetNewsWire or Thunderbird.',
  feedsSearch:
    'You can also follow a search: search for what interests you and use the link to the search’s feed below the results.',
  emailHeading: 'Updates by e-mail',
  emailIntro:
    'You can also get an e-mail when a council, a publisher or a case has news, when a search finds something new, or when a council publishes an answer in its question scheme – without an account. Enter your e-mail address under "Get updates by e-mail" on the page and confirm with the link we send. Every e-mail has a link to unsubscribe with one click.',
  apiHeading: 'Open data and API',
  apiIntro:
    'Everything the portal shows can be fetched as data for your own analyses, apps and websites. Closed items are included with their number and title only.',
  apiLink: 'Read about the API, OParl and the complete export',
  downloadHeading: 'Download as a spreadsheet',
  downloadIntro:
    'A search result and a council’s meetings can be downloaded as a spreadsheet (CSV) that opens in Excel, or as data (JSON). Use the links on the search page and on the council’s page.',
  downloadNote: 'The spreadsheet separates fields with semicolons and uses UTF-8, as Danish Excel expects.',
  councilsHeading: 'The health councils',
  publishersHeading: 'Regions, municipalities and other publishers',
  calendarLink: 'Calendar',
  feedLink: 'New minutes',
  noBodies: 'There are no councils in Protokol yet.',
  followAllLink: 'Follow along: every calendar and news feed',
};

export const FOLLOWING_MESSAGES = { da, en } as const;
