/** The Danish error pages: 400, 404 and 500. Never shows a stack trace or an internal message. */
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export function NotFoundPage() {
  const { t } = usePage();
  return (
    <Layout title={t.notFoundTitle}>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/">{t.goHome}</a> {t.or} <a href="/sog">{t.orSearch}</a>.
      </p>
    </Layout>
  );
}

/** A request the portal cannot use (a malformed date, an unknown filter); `problems` are the portal's own words. */
export function BadRequestPage({ problems }: { problems: string[] }) {
  const { t } = usePage();
  return (
    <Layout title={t.badRequestTitle}>
      <h1>{t.badRequestTitle}</h1>
      <p>{t.badRequestText}</p>
      <ul>
        {problems.map((problem) => (
          <li>{problem}</li>
        ))}
      </ul>
      <p>
        <a href="/">{t.goHome}</a> {t.or} <a href="/sog">{t.orSearch}</a>.
      </p>
    </Layout>
  );
}

export function ServerErrorPage() {
  const { t } = usePage();
  return (
    <Layout title={t.serverErrorTitle}>
      <h1>{t.serverErrorTitle}</h1>
      <p>{t.serverErrorText}</p>
      <p>
        <a href="/">{t.goHome}</a>
      </p>
    </Layout>
  );
}

/** The database cannot be reached right now (503): nothing is wrong with the request; try again shortly. */
export function UnavailablePage() {
  const { t } = usePage();
  return (
    <Layout title={t.unavailableTitle}>
      <h1>{t.unavailableTitle}</h1>
      <p>{t.unavailableText}</p>
      <p>
        <a href="/">{t.goHome}</a>
      </p>
    </Layout>
  );
}
