/** The Danish error pages: 404 and 500. Never shows a stack trace or an internal message. */
import { Layout } from './layout.js';

export function NotFoundPage() {
  return (
    <Layout title="Siden findes ikke">
      <h1>Siden findes ikke</h1>
      <p>
        Vi kunne ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.
      </p>
      <p>
        <a href="/">Gå til forsiden</a> eller <a href="/sog">søg i dagsordener og referater</a>.
      </p>
    </Layout>
  );
}

export function ServerErrorPage() {
  return (
    <Layout title="Der opstod en fejl">
      <h1>Der opstod en fejl</h1>
      <p>Noget gik galt hos os, og siden kunne ikke vises. Prøv igen om lidt.</p>
      <p>
        <a href="/">Gå til forsiden</a>
      </p>
    </Layout>
  );
}
