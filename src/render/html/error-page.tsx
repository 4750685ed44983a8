/** The Danish error pages: 400, 404 and 500. Never shows a stack trace or an internal message. */
import type { Child } from 'hono/jsx';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

/** An error page: its title, what happened, anything more, and the way on (home, and search where it may help). */
function ErrorPage({
  title,
  text,
  offersSearch,
  children,
}: {
  title: string;
  text: string;
  offersSearch: boolean;
  children?: Child;
}) {
  const { t } = usePage();
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
      <p>
        <a href="/">{t.goHome}</a>
        {offersSearch ? (
          <>
            {' '}
            {t.or} <a href="/sog">{t.orSearch}</a>.
          </>
        ) : null}
      </p>
    </Layout>
  );
}

export function NotFoundPage() {
  const { t } = usePage();
  return <ErrorPage title={t.notFoundTitle} text={t.notFoundText} offersSearch />;
}

/** A request the portal cannot use (a malformed date, an unknown filter); `problems` are the portal's own words. */
export function BadRequestPage({ problems }: { problems: string[] }) {
  const { t } = usePage();
  return (
    <ErrorPage title={t.badRequestTitle} text={t.badRequestText} offersSearch>
      <ul>
        {problems.map((problem) => (
          <li>{problem}</li>
        ))}
      </ul>
    </ErrorPage>
  );
}

export function ServerErrorPage() {
  const { t } = usePage();
  return <ErrorPage title={t.serverErrorTitle} text={t.serverErrorText} offersSearch={false} />;
}

/** The database cannot be reached right now (503): nothing is wrong with the request; try again shortly. */
export function UnavailablePage() {
  const { t } = usePage();
  return <ErrorPage title={t.unavailableTitle} text={t.unavailableText} offersSearch={false} />;
}
