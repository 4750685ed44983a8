/** The page frame shared by every public page: DKFDS header, skip link, language switch, search, footer. */
import { type Child, createContext, useContext } from 'hono/jsx';
import { assetHref } from './assets.js';
import { usePage } from './page-context.js';

// Accounts (src/web/auth): who is signed in, for the header's log-in link or log-out button.
// The app provides it (app.tsx, jsxRenderer); null for the public, whose pages stay cacheable.
export interface SignedInHeader {
  name: string;
  csrfToken: string;
}
export const SignedInContext = createContext<SignedInHeader | null>(null);

function AccountLinks({ lang }: { lang: string }) {
  const account = useContext(SignedInContext);
  if (!account) {
    return (
      <p class="account-links">
        <a href="/log-ind">{lang === 'en' ? 'Log in' : 'Log ind'}</a>
      </p>
    );
  }
  return (
    <form class="account-links" method="post" action="/log-ud">
      <input type="hidden" name="_csrf" value={account.csrfToken} />
      <span>{account.name}</span> <a href="/mig">{lang === 'en' ? 'My page' : 'Min side'}</a>{' '}
      <button class="button button-tertiary" type="submit">
        {lang === 'en' ? 'Log out' : 'Log ud'}
      </button>
    </form>
  );
}

export interface LayoutProps {
  /** The page's own title; " – Protokol" is added. */
  title: string;
  /** Search text to keep in the header's search box. */
  query?: string;
  /** Hides the header search (on the front page and the search page, which have their own). */
  hideSearch?: boolean;
  /** Open data: feeds and calendars of the page, as <link rel="alternate">. */
  alternates?: { href: string; type: 'application/atom+xml' | 'text/calendar'; title: string }[];
  children?: Child;
}

/** "/sprog?til=en&tilbage=/moede/4": the link that switches the interface language. */
export function languageHref(lang: string, back: string): string {
  return `/sprog?til=${lang}&tilbage=${encodeURIComponent(back)}`;
}

export function Layout({ title, query, hideSearch, alternates, children }: LayoutProps) {
  const { lang, t } = usePage();
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Protokol`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={assetHref('dkfds.css')} />
        <link rel="stylesheet" href={assetHref('protokol.css')} />
        {(alternates ?? []).map((alternate) => (
          <link rel="alternate" type={alternate.type} href={alternate.href} title={alternate.title} />
        ))}
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          {t.skipToContent}
        </a>
        <Header query={query} hideSearch={hideSearch} />
        <main id="main-content" class="container page-container" tabindex={-1}>
          {children}
        </main>
        <footer class="footer">
          <div class="container">
            <p>{t.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The language switch's choices, each named in its own language. */
const LANGUAGES = [
  { lang: 'da', name: 'Dansk' },
  { lang: 'en', name: 'English' },
] as const;

/** The DKFDS header: the language switch, the site's name with the account links, and the search. */
function Header({ query, hideSearch }: Pick<LayoutProps, 'query' | 'hideSearch'>) {
  const { lang, path, t } = usePage();
  return (
    <header class="header">
      <div class="lang-switch">
        <div class="container">
          <ul aria-label={t.chooseLanguage}>
            {LANGUAGES.map((language) => (
              <li>
                <a
                  href={languageHref(language.lang, path)}
                  lang={language.lang}
                  hreflang={language.lang}
                  aria-current={lang === language.lang ? 'true' : undefined}
                >
                  {language.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div class="solution-info">
        <div class="solution-info-inner container">
          <div class="solution-heading">
            <a href="/" aria-label={t.homeLabel}>
              Protokol
            </a>
          </div>
          <div class="additional-info">
            <p>{t.siteTagline}</p>
            <AccountLinks lang={lang} />
          </div>
        </div>
      </div>
      {hideSearch ? null : (
        <div class="container header-search">
          <form action="/sog" method="get" role="search" class="search-form">
            <div class="form-group search">
              <label for="header-search" class="sr-only">
                {t.searchLabel}
              </label>
              <input class="form-input" id="header-search" name="q" type="search" value={query ?? ''} />
              <button class="button button-search" type="submit">
                {t.searchButton}
              </button>
            </div>
          </form>
        </div>
      )}
    </header>
  );
}
