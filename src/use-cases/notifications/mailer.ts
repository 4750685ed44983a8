/** Where use cases send e-mail: the web layer hands them one (SMTP, or the log in development). */
export interface Mailer {
  send(to: string, subject: string, text: string, extras?: MailExtras): Promise<void>;
}

/** What a message may carry besides its plain text: an HTML part and headers (List-Unsubscribe …). */
export interface MailExtras {
  html?: string;
  headers?: Record<string, string>;
}
