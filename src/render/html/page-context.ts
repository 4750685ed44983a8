/**
 * What every view may know about the request without being handed it: the interface language
 * and the current path (for the language switch). The web layer provides it; views read it.
 */
import { createContext, useContext } from 'hono/jsx';
import { LABELS, type Labels, type Lang, MESSAGES, type Messages } from '../i18n.js';

export interface PageInfo {
  lang: Lang;
  /** Path and query of the current page ("/sog?q=…"). */
  path: string;
}

export const PageContext = createContext<PageInfo>({ lang: 'da', path: '/' });

export function usePage(): PageInfo & { t: Messages; labels: Labels } {
  const page = useContext(PageContext);
  return { ...page, t: MESSAGES[page.lang], labels: LABELS[page.lang] };
}
