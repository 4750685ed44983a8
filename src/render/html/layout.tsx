/** The page frame shared by every public page: DKFDS header, skip link, language switch, search, footer. */
import type { Child } from 'hono/jsx';
import { AGREEMENT_MESSAGES } from '../messages/agreements.js';
import { FRAME_MESSAGES } from '../messages/frames.js';
import { GP_MESSAGES } from '../messages/gp-capacity.js';
import { HEARING_MESSAGES } from '../messages/hearings.js';
import { PLAN_MESSAGES } from '../messages/plans.js';
import { PROCESS_MESSAGES } from '../messages/processes.js';
import { PROJECT_MESSAGES } from '../messages/projects.js';
import { SOURCES_MESSAGES } from '../messages/sources.js';
import { AccountBar } from './account-bar.js';
import { assetHref } from './assets.js';
import { usePage } from './page-context.js';

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
        <link rel="stylesheet" href={assetHref('navigation.css')} />
        <link rel="stylesheet" href={assetHref('glance.css')} />
        <link rel="stylesheet" href={assetHref('frames.css')} />
        <link rel="stylesheet" href={assetHref('gp-capacity.css')} />
        <link rel="stylesheet" href={assetHref('processes.css')} />
        <link rel="stylesheet" href={assetHref('follow.css')} />
        <link rel="stylesheet" href={assetHref('member-work.css')} />
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
        <Footer />
      </body>
    </html>
  );
}

/** The language switch's choices, each named in its own language. */
const LANGUAGES = [
  { lang: 'da', name: 'Dansk' },
  { lang: 'en', name: 'English' },
] as const;

/** The DKFDS header: the language switch, the site's name, the account bar (every width) and the search. */
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
          </div>
        </div>
      </div>
      <AccountBar />
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

/** The footer: where to read about the data, follow along, look up a word, every publisher and their sources. */
function Footer() {
  const { t, lang } = usePage();
  const links = [
    { href: '/api/docs', label: t.footerApi },
    { href: '/foelg-med', label: t.footerFollow },
    { href: '/ordliste', label: t.footerGlossary },
    { href: '/udgiver', label: t.footerPublishers },
    { href: '/kilder', label: SOURCES_MESSAGES[lang].footerSources },
    { href: '/rammer', label: FRAME_MESSAGES[lang].footerFrames }, // Frames and keys
    { href: '/projekter', label: PROJECT_MESSAGES[lang].listTitle }, // Grants and projects
    { href: '/aftaler', label: AGREEMENT_MESSAGES[lang].listTitle }, // Investment agreements
    { href: '/forloeb', label: PROCESS_MESSAGES[lang].listTitle }, // Processes (forløb)
    { href: '/planer', label: PLAN_MESSAGES[lang].listTitle }, // Plans
    { href: '/hoeringer', label: HEARING_MESSAGES[lang].listTitle }, // Hearings
    { href: '/laegedaekning', label: GP_MESSAGES[lang].footerLink }, // GP capacity (lægedækning)
  ];
  return (
    <footer class="footer">
      <div class="container">
        <nav aria-label={t.footerLinksLabel}>
          <ul class="footer-links">
            {links.map((link) => (
              <li>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t.footer}</p>
      </div>
    </footer>
  );
}
