/** GET /ordliste : the glossary for citizens (mounted at /ordliste); public, the same for everyone. */
import { Hono } from 'hono';
import { GlossaryPage } from '../../render/html/glossary-page.js';

export function glossaryRoutes() {
  const app = new Hono();
  app.get('/', (c) => c.render(<GlossaryPage />));
  return app;
}
