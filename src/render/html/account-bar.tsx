/**
 * The header's account bar, shown at every width: "Log ind" for the public (back to this page
 * afterwards), and for the signed-in who they are, "Min side", "Log ud" and a menu of the pages
 * their roles open — a <details> disclosure, so it works by keyboard and without script.
 */
import { createContext, useContext } from 'hono/jsx';
import type { Lang, Messages } from '../i18n.js';
import { AGREEMENT_MESSAGES } from '../messages/agreements.js';
import { FRAME_MESSAGES } from '../messages/frames.js';
import { GP_MESSAGES } from '../messages/gp-capacity.js';
import { HEARING_MESSAGES } from '../messages/hearings.js';
import { MEMBER_READING_MESSAGES } from '../messages/member-reading.js';
import { MEMBER_WORK_MESSAGES } from '../messages/member-work.js';
import { PLAN_MESSAGES } from '../messages/plans.js';
import { PROCESS_MESSAGES } from '../messages/processes.js';
import { PROJECT_MESSAGES } from '../messages/projects.js';
import { usePage } from './page-context.js';

// Accounts (src/web/auth): who is signed in and what their roles open. The app provides it
// (web/kit/page.tsx); null for the public, whose pages stay the same for all and cacheable.
export interface SignedInHeader {
  name: string;
  csrfToken: string;
  isAdmin: boolean;
  /** A member of at least one body: has meetings of their own and asks questions. */
  isMember: boolean;
  /** The secretariat of at least one body. */
  isSecretariat: boolean;
}
export const SignedInContext = createContext<SignedInHeader | null>(null);

interface MenuGroup {
  label: string;
  links: { href: string; label: string }[];
}

/** The menu's groups for the signed-in user's roles; an admin may do what members and secretariats do. */
function menuGroups(account: SignedInHeader, t: Messages, lang: Lang): MenuGroup[] {
  const mine: MenuGroup = {
    label: t.navMine,
    links: [
      ...(account.isMember || account.isAdmin
        ? [
            { href: '/mig', label: t.navMyMeetings },
            { href: '/mig/naeste-moede', label: MEMBER_READING_MESSAGES[lang].navNextMeeting }, // Reading on the go
            { href: '/mig/referater', label: MEMBER_WORK_MESSAGES[lang].roundsTitle }, // Approving the minutes
            { href: '/mig/anmodninger', label: MEMBER_WORK_MESSAGES[lang].requestsTitle }, // Requesting an item
            { href: '/mine-sporgsmaal', label: t.navMyQuestions },
            { href: '/sporgsmaal/ny', label: t.navAskQuestion },
          ]
        : []),
      { href: '/notifikationer', label: t.navNotifications },
      { href: '/indstillinger/notifikationer', label: t.navSettings },
    ],
  };
  const secretariat: MenuGroup = {
    label: t.navSecretariat,
    links: [
      // The overview lists each body's meetings; a meeting's page there is its agenda builder.
      { href: '/sekretariat', label: t.navSecretariatMeetings },
      { href: '/sekretariat/sporgsmaal', label: t.navSecretariatQuestions },
      { href: '/sekretariat/sporgsmaal/regler', label: t.navQuestionSchemeRules },
      { href: '/sekretariat/opfoelgning', label: t.navFollowUps },
      { href: '/sekretariat/moedeplan', label: t.navMeetingPlan },
      { href: '/sekretariat/forretningsorden', label: MEMBER_WORK_MESSAGES[lang].rulesTitle }, // Rules of procedure
      { href: '/sekretariat/rammer/ny', label: FRAME_MESSAGES[lang].newFrame }, // Frames and keys
      { href: '/sekretariat/projekter/ny', label: PROJECT_MESSAGES[lang].newProject }, // Grants and projects
      { href: '/sekretariat/aftaler/ny', label: AGREEMENT_MESSAGES[lang].newAgreement }, // Investment agreements
      { href: '/sekretariat/forloeb', label: PROCESS_MESSAGES[lang].secretariatMenu }, // Processes (forløb)
      { href: '/sekretariat/planer', label: PLAN_MESSAGES[lang].listTitle }, // Plans
      { href: '/sekretariat/hoeringer', label: HEARING_MESSAGES[lang].listTitle }, // Hearings
      { href: '/sekretariat/laegedaekning', label: GP_MESSAGES[lang].secretariatMenu }, // GP capacity (lægedækning)
    ],
  };
  const admin: MenuGroup = {
    label: t.navAdmin,
    links: [
      { href: '/admin/organer', label: t.navAdminBodies },
      { href: '/admin/udgivere', label: t.navAdminPublishers },
      { href: '/admin/personer', label: t.navAdminPersons },
      { href: '/admin/brugere', label: t.navAdminUsers },
      { href: '/admin/log', label: t.navAdminAuditLog },
      { href: '/admin/kilder', label: t.navAdminSites },
      { href: '/admin/personnumre', label: t.navAdminPersonalNumbers },
    ],
  };
  return [
    mine,
    ...(account.isSecretariat || account.isAdmin ? [secretariat] : []),
    ...(account.isAdmin ? [admin] : []),
  ];
}

/** The accounts' own pages, where "Log ind" needs no way back (or keeps the one it has). */
const ACCOUNT_PAGES = /^\/(?:glemt-kodeord|nulstil-kodeord|log-ud)(?:[/?]|$)/;

/** "/log-ind?tilbage=/moede/4": logging in from a page comes back to it. */
function logInHref(path: string): string {
  if (path.startsWith('/log-ind')) return path;
  if (path === '/' || ACCOUNT_PAGES.test(path)) return '/log-ind';
  return `/log-ind?tilbage=${encodeURIComponent(path)}`;
}

function SiteMenu({ account, t }: { account: SignedInHeader; t: Messages }) {
  return (
    <details class="site-menu">
      <summary class="site-menu-toggle">{t.navMenu}</summary>
      <nav class="site-menu-panel" aria-label={t.navMenuLabel}>
        {menuGroups(account, t, usePage().lang).map((group, index) => (
          <div class="site-menu-group">
            <p class="site-menu-heading" id={`site-menu-${index}`}>
              {group.label}
            </p>
            <ul class="nobullet-list" aria-labelledby={`site-menu-${index}`}>
              {group.links.map((link) => (
                <li>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </details>
  );
}

export function AccountBar() {
  const account = useContext(SignedInContext);
  const { path, t } = usePage();
  return (
    <div class="account-bar">
      <div class="container account-bar-inner">
        {account ? (
          <>
            <form class="account-links" method="post" action="/log-ud">
              <input type="hidden" name="_csrf" value={account.csrfToken} />
              <span class="account-name">
                {t.navSignedInAs} <span>{account.name}</span>
              </span>{' '}
              <a href="/mig">{t.navMyPage}</a>{' '}
              <button class="button button-tertiary" type="submit">
                {t.navLogOut}
              </button>
            </form>
            <SiteMenu account={account} t={t} />
          </>
        ) : (
          <p class="account-links">
            <a href={logInHref(path)}>{t.navLogIn}</a>
          </p>
        )}
      </div>
    </div>
  );
}
