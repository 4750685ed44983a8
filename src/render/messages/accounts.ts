/**
 * The words of accounts and access: log in (e-mail and password, or the organisation's login
 * through OpenID Connect), a forgotten password and a new one, and the problem pages — not signed
 * in (401), no access (403), a refused form, an expired link, a failed organisation login — in
 * Danish and English.
 */

export interface AccountMessages {
  logIn: string;
  signedInAs: (who: string) => string;
  loginLead: string;
  email: string;
  password: string;
  forgotPasswordLink: string;
  organisationHeading: string;
  organisationLead: string;
  organisationButton: string;
  forgotTitle: string;
  forgotSent: string;
  forgotLead: string;
  sendLink: string;
  backToLogIn: string;
  resetTitle: string;
  account: (email: string) => string;
  newPassword: string;
  newPasswordHint: (min: number) => string;
  repeatPassword: string;
  savePassword: string;
  goToFrontPage: string;
  // What the routes answer
  passwordSaved: string;
  emailAndPasswordMissing: string;
  tooManyAttempts: string;
  wrongEmailOrPassword: string;
  emailInvalid: string;
  passwordsDiffer: string;
  linkInvalidTitle: string;
  linkInvalidText: string;
  oidcUnreachableTitle: string;
  oidcUnreachableText: string;
  oidcFailedTitle: string;
  oidcUnreadable: string;
  oidcExpired: string;
  oidcCancelled: string;
  oidcRejected: string;
  oidcNoAccountTitle: string;
  oidcNoAccountText: (email: string) => string;
  formRefusedTitle: string;
  formRefusedText: string;
  unauthenticatedTitle: string;
  unauthenticatedText: string;
  forbiddenTitle: string;
  forbiddenText: string;
}

export const ACCOUNT_MESSAGES: Record<'da' | 'en', AccountMessages> = {
  da: {
    logIn: 'Log ind',
    signedInAs: (who) => `Du er logget ind som ${who}. Logger du ind igen, bliver du logget ud af den konto.`,
    loginLead: 'For sekretariater, medlemmer og administratorer. Alt det offentliggjorte kan læses uden at logge ind.',
    email: 'E-mail',
    password: 'Kodeord',
    forgotPasswordLink: 'Glemt kodeord?',
    organisationHeading: 'Log ind med din organisation',
    organisationLead: 'Har din organisation sit eget login, kan du bruge det i stedet.',
    organisationButton: 'Log ind med din organisations login',
    forgotTitle: 'Glemt kodeord',
    forgotSent:
      'Hvis adressen findes, har vi sendt en e-mail med et link til at vælge et nyt kodeord. Linket virker i én time.',
    forgotLead: 'Skriv den e-mailadresse, din konto er oprettet med. Vi sender et link til at vælge et nyt kodeord.',
    sendLink: 'Send link',
    backToLogIn: 'Tilbage til log ind',
    resetTitle: 'Vælg nyt kodeord',
    account: (email) => `Kontoen: ${email}`,
    newPassword: 'Nyt kodeord',
    newPasswordHint: (min) => `Mindst ${min} tegn. En sætning, du kan huske, er et godt kodeord.`,
    repeatPassword: 'Gentag det nye kodeord',
    savePassword: 'Gem kodeord',
    goToFrontPage: 'Gå til forsiden',
    passwordSaved: 'Dit nye kodeord er gemt. Log ind med det.',
    emailAndPasswordMissing: 'Skriv din e-mail og dit kodeord.',
    tooManyAttempts: 'For mange forsøg på at logge ind. Vent et kvarter, og prøv så igen – eller nulstil dit kodeord.',
    wrongEmailOrPassword: 'Forkert e-mail eller kodeord.',
    emailInvalid: 'Skriv en e-mailadresse, fx navn@example.dk.',
    passwordsDiffer: 'De to kodeord er ikke ens.',
    linkInvalidTitle: 'Linket virker ikke',
    linkInvalidText:
      'Linket til at vælge et nyt kodeord er udløbet, allerede brugt eller ikke helt kopieret. Bed om et nyt på siden Glemt kodeord.',
    oidcUnreachableTitle: 'Din organisations login svarer ikke',
    oidcUnreachableText:
      'Protokol kan ikke nå din organisations login lige nu. Prøv igen om lidt, eller log ind med e-mail og kodeord.',
    oidcFailedTitle: 'Log ind blev ikke gennemført',
    oidcUnreadable: 'Svaret fra din organisations login kunne ikke læses. Prøv igen.',
    oidcExpired: 'Log ind tog for lang tid, eller det blev startet et andet sted. Prøv igen.',
    oidcCancelled: 'Log ind blev afbrudt hos din organisations login. Prøv igen.',
    oidcRejected: 'Svaret fra din organisations login kunne ikke godkendes. Prøv igen, eller kontakt support.',
    oidcNoAccountTitle: 'Ingen konto i Protokol',
    oidcNoAccountText: (email) =>
      `Der er ingen aktiv konto i Protokol med e-mailadressen ${email}. Kontakt en administrator, hvis du skal have en.`,
    formRefusedTitle: 'Formularen kunne ikke sendes',
    formRefusedText: 'Formularen var udløbet eller kom ikke fra Protokol. Gå tilbage, genindlæs siden, og prøv igen.',
    unauthenticatedTitle: 'Log ind for at se siden',
    unauthenticatedText: 'Siden er kun for brugere med en konto i Protokol. Log ind, så kommer du tilbage hertil.',
    forbiddenTitle: 'Du har ikke adgang',
    forbiddenText: 'Din konto giver ikke adgang til denne side. Mener du, at den burde, så kontakt en administrator.',
  },
  en: {
    logIn: 'Log in',
    signedInAs: (who) => `You are logged in as ${who}. If you log in again, you will be logged out of that account.`,
    loginLead: 'For secretariats, members and administrators. Everything published can be read without logging in.',
    email: 'E-mail',
    password: 'Password',
    forgotPasswordLink: 'Forgotten password?',
    organisationHeading: 'Log in with your organisation',
    organisationLead: 'If your organisation has its own login, you can use it instead.',
    organisationButton: "Log in with your organisation's login",
    forgotTitle: 'Forgotten password',
    forgotSent:
      'If the address exists, we have sent an e-mail with a link to choose a new password. The link works for one hour.',
    forgotLead: 'Enter the e-mail address your account was created with. We will send a link to choose a new password.',
    sendLink: 'Send link',
    backToLogIn: 'Back to log in',
    resetTitle: 'Choose a new password',
    account: (email) => `The account: ${email}`,
    newPassword: 'New password',
    newPasswordHint: (min) => `At least ${min} characters. A sentence you can remember makes a good password.`,
    repeatPassword: 'Repeat the new password',
    savePassword: 'Save password',
    goToFrontPage: 'Go to the front page',
    passwordSaved: 'Your new password is saved. Log in with it.',
    emailAndPasswordMissing: 'Enter your e-mail and your password.',
    tooManyAttempts: 'Too many attempts to log in. Wait a quarter of an hour and try again – or reset your password.',
    wrongEmailOrPassword: 'Wrong e-mail or password.',
    emailInvalid: 'Enter an e-mail address, e.g. name@example.dk.',
    passwordsDiffer: 'The two passwords are not the same.',
    linkInvalidTitle: 'The link does not work',
    linkInvalidText:
      'The link to choose a new password has expired, has already been used or was not copied in full. Ask for a new one on the page Forgotten password.',
    oidcUnreachableTitle: "Your organisation's login does not answer",
    oidcUnreachableText:
      "Protokol cannot reach your organisation's login right now. Try again shortly, or log in with e-mail and password.",
    oidcFailedTitle: 'Logging in was not completed',
    oidcUnreadable: "The answer from your organisation's login could not be read. Try again.",
    oidcExpired: 'Logging in took too long, or it was started somewhere else. Try again.',
    oidcCancelled: "Logging in was cancelled at your organisation's login. Try again.",
    oidcRejected: "The answer from your organisation's login could not be accepted. Try again, or contact support.",
    oidcNoAccountTitle: 'No account in Protokol',
    oidcNoAccountText: (email) =>
      `There is no active account in Protokol with the e-mail address ${email}. Contact an administrator if you need one.`,
    formRefusedTitle: 'The form could not be sent',
    formRefusedText: 'The form had expired or did not come from Protokol. Go back, reload the page and try again.',
    unauthenticatedTitle: 'Log in to see the page',
    unauthenticatedText: 'The page is only for users with an account in Protokol. Log in, and you will come back here.',
    forbiddenTitle: 'You do not have access',
    forbiddenText: 'Your account does not give access to this page. If you think it should, contact an administrator.',
  },
};
