/**
 * What a subscriber's e-mail is made from, and the composer that makes it: implemented in the
 * render layer (render/mail/subscription-mail.ts, from the message catalogue in the subscriber's
 * language) and handed to deliverSubscriptionMessages by the web layer, since use cases do not
 * render. Every address in it is absolute.
 */
export interface Composed {
  subject: string;
  text: string;
  html: string;
}

/** One thing told: what was followed and what happened to it. */
export interface NoticeEntry {
  followed: { label: string; url: string };
  event: 'agenda_published' | 'minutes_published' | 'answer_published';
  meeting?: {
    bodyName: string;
    heldOn: string;
    startTime: string | null;
    url: string;
    /** Open items only. */
    items: { number: number; title: string; url: string }[];
  };
  answer?: { title: string; bodyName: string; url: string };
}

export interface SubscriptionComposer {
  confirmation(input: {
    lang: 'da' | 'en';
    label: string;
    targetUrl: string;
    confirmUrl: string;
    unsubscribeUrl: string;
  }): Composed;
  notice(input: {
    lang: 'da' | 'en';
    isDigest: boolean;
    entries: NoticeEntry[];
    manageUrl: string;
    unsubscribeUrl: string;
  }): Composed;
}
