/**
 * What a subscriber's e-mail is made from, and the composer that makes it: implemented in the
 * render layer (render/mail/subscription-mail.ts, from the message catalogue in the subscriber's
 * language) and handed to deliverSubscriptionMessages by the web layer, since use cases do not
 * render. Every address in it is absolute.
 */
import type { ComposedMail as Composed, NoticeEntry } from '../../domain/subscriptions.js';

export type { Composed, NoticeEntry };

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
