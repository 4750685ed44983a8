/**
 * The public portal, one app per prefix (app.tsx mounts them): the front page (/), search (/sog),
 * the language switch (/sprog), meetings (/moede: the page, .pdf, .txt, published versions), item
 * permalinks (/punkt), source documents (/kilde), bodies (/organ), cases (/sag), persons (/person),
 * publishers (/udgiver), stored attachments (/bilag), the glossary (/ordliste) and every
 * publisher's sources with their status (/kilder). A member of the body reads closed items on the same pages
 * (never cached). Calendars and feeds at the same prefixes are web/feeds'.
 */
import { attachmentRoutes } from './attachment-routes.js';
import type { PortalDeps } from './deps.js';
import { bodyRoutes, caseRoutes, personRoutes } from './directory-routes.js';
import { frontRoutes } from './front-routes.js';
import { glossaryRoutes } from './glossary-routes.js';
import { languageRoutes } from './language-routes.js';
import { itemRoutes, meetingRoutes, sourceRoutes } from './meeting-routes.js';
import { publisherRoutes } from './publisher-routes.js';
import { searchRoutes } from './search-routes.js';
import { sourcesRoutes } from './sources-routes.js';

export type { PortalDeps } from './deps.js';

export function portalApps(deps: PortalDeps & { dataDir?: string }) {
  return {
    front: frontRoutes(deps),
    search: searchRoutes(deps),
    language: languageRoutes(),
    glossary: glossaryRoutes(),
    meetings: meetingRoutes(deps),
    items: itemRoutes(deps),
    sources: sourceRoutes(deps),
    bodies: bodyRoutes(deps),
    cases: caseRoutes(deps),
    persons: personRoutes(deps),
    publishers: publisherRoutes(deps),
    attachments: attachmentRoutes(deps),
    sourcesList: sourcesRoutes(deps),
  };
}
