/**
 * The words of a person's notifications: the list in Protokol (/notifikationer) and the choice of
 * what to be told and how (/indstillinger/notifikationer), in Danish and English. The kinds of
 * notification are named in the labels (labels-da.ts, labels-en.ts: notificationKind).
 */

export interface NotificationMessages {
  title: string;
  unread: (count: number) => string;
  chooseLink: string;
  markAllRead: string;
  none: string;
  unreadBadge: string;
  markRead: string;
  markReadOf: (subject: string) => string;
  email: { pending: string; sent: string; failed: string };
  settingsTitle: string;
  saved: string;
  settingsLead: string;
  tableCaption: string;
  message: string;
  byEmail: string;
  inProtokol: string;
  save: string;
}

export const NOTIFICATION_MESSAGES: Record<'da' | 'en', NotificationMessages> = {
  da: {
    title: 'Notifikationer',
    unread: (count) =>
      count === 0
        ? 'Du har ingen ulæste notifikationer.'
        : count === 1
          ? '1 ulæst notifikation.'
          : `${count} ulæste notifikationer.`,
    chooseLink: 'Vælg, hvad du vil have besked om',
    markAllRead: 'Markér alle som læst',
    none: 'Ingen notifikationer endnu.',
    unreadBadge: 'Ulæst',
    markRead: 'Markér som læst',
    markReadOf: (subject) => `Markér som læst: ${subject}`,
    email: { pending: 'e-mail sendes', sent: 'e-mail sendt', failed: 'e-mail kunne ikke sendes' },
    settingsTitle: 'Indstillinger for notifikationer',
    saved: 'Dine valg er gemt.',
    settingsLead:
      'Vælg for hver slags besked, om du vil have en e-mail og/eller se den under Notifikationer i Protokol. Du får kun besked om det, der vedrører de organer, du er medlem af eller sekretariat for. E-mails indeholder aldrig fortrolige dele af et svar.',
    tableCaption: 'Beskeder og hvordan du vil have dem',
    message: 'Besked',
    byEmail: 'E-mail',
    inProtokol: 'I Protokol',
    save: 'Gem valg',
  },
  en: {
    title: 'Notifications',
    unread: (count) =>
      count === 0
        ? 'You have no unread notifications.'
        : count === 1
          ? '1 unread notification.'
          : `${count} unread notifications.`,
    chooseLink: 'Choose what you want to be told about',
    markAllRead: 'Mark all as read',
    none: 'No notifications yet.',
    unreadBadge: 'Unread',
    markRead: 'Mark as read',
    markReadOf: (subject) => `Mark as read: ${subject}`,
    email: { pending: 'e-mail being sent', sent: 'e-mail sent', failed: 'e-mail could not be sent' },
    settingsTitle: 'Notification settings',
    saved: 'Your choices are saved.',
    settingsLead:
      'Choose for each kind of message whether you want an e-mail and/or to see it under Notifications in Protokol. You are only told about what concerns the bodies you are a member of or secretariat for. E-mails never contain confidential parts of an answer.',
    tableCaption: 'Messages and how you want them',
    message: 'Message',
    byEmail: 'E-mail',
    inProtokol: 'In Protokol',
    save: 'Save choices',
  },
};
