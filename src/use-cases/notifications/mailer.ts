/** Where use cases send e-mail: the web layer hands them one (SMTP, or the log in development). */
export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
}
