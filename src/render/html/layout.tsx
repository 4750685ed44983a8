/** The page frame shared by every public page: DKFDS header, skip link, search, footer. */
import type { Child } from 'hono/jsx';

export interface LayoutProps {
  /** The page's own title; " – Protokol" is added. */
  title: string;
  /** Search text to keep in the header's search box. */
  query?: string;
  /** Hides the header search (on the search page itself). */
  hideSearch?: boolean;
  children?: Child;
}

export function Layout({ title, query, hideSearch, children }: LayoutProps) {
  return (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Protokol`}</title>
        <link rel="stylesheet" href="/dkfds/css/dkfds.min.css" />
        <link rel="stylesheet" href="/static/protokol.css" />
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <header class="header">
          <div class="solution-info">
            <div class="solution-info-inner container">
              <div class="solution-heading">
                <a href="/" aria-label="Protokol – forsiden">
                  Protokol
                </a>
              </div>
              <div class="additional-info">
                <p>Møder, dagsordener og referater fra sundhedsrådene</p>
              </div>
            </div>
          </div>
          {hideSearch ? null : (
            <div class="container header-search">
              <form action="/sog" method="get" role="search" class="search-form">
                <div class="form-group search">
                  <label for="header-search" class="sr-only">
                    Søg i dagsordener og referater
                  </label>
                  <input class="form-input" id="header-search" name="q" type="search" value={query ?? ''} />
                  <button class="button button-search" type="submit">
                    Søg
                  </button>
                </div>
              </form>
            </div>
          )}
        </header>
        <main id="main-content" class="container page-container" tabindex={-1}>
          {children}
        </main>
        <footer class="footer">
          <div class="container">
            <p>
              Protokol er en åben platform for sundhedsrådenes møder og beslutninger. Indholdet er offentliggjort af de
              enkelte råd og udvalg; lukkede punkter vises ikke.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
