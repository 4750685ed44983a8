/**
 * Following by e-mail, for anyone (mounted at /foelg):
 *   POST /foelg                     the "Følg" form of a page: a confirmation e-mail is queued ("check
 *                                   your e-mail"), or the form again with what was typed and what is wrong
 *   GET|POST /foelg/bekraeft/:token the confirmation link's page: choose how often, confirm
 *   GET|POST /foelg/afmeld/:token   unsubscribe: the link in each e-mail (GET: a button) and the
 *                                   List-Unsubscribe one-click POST (RFC 8058) that mail clients send
 *   GET|POST /foelg/mine/:token     the subscriber's own page: what they follow, how often, unsubscribe
 * POST /foelg and POST /foelg/afmeld/:token are exempt from the CSRF check (web/auth): the form stands on
 * pages the page cache serves to everyone, and mail clients post the one-click unsubscribe without a
 * session; the unsubscribe is protected by its unguessable token, the form by the rate limits.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findSubscriberByManageToken, findSubscriptionByToken } from '../../db/stores/subscriptions.js';
import {
  ConfirmedPage,
  ConfirmPage,
  FollowRequestPage,
  ManagePage,
  TokenGonePage,
  UnsubscribedPage,
  UnsubscribePage,
} from '../../render/html/subscription-pages.js';
import { SUBSCRIPTION_MESSAGES } from '../../render/messages/subscriptions.js';
import { cancelSubscription } from '../../use-cases/subscriptions/cancel-subscription.js';
import { changeSubscriptionFrequency } from '../../use-cases/subscriptions/change-subscription-frequency.js';
import { confirmSubscription } from '../../use-cases/subscriptions/confirm-subscription.js';
import { describeTarget, requestSubscription } from '../../use-cases/subscriptions/request-subscription.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { safeBackPath } from '../accounts/deps.js';
import { field } from '../kit/forms.js';
import type { PageEnv } from '../kit/page.js';
import { FrequencySchema, formTargetOf, TOKEN, targetOf } from './validation.js';

type Deps = { db: Db; now: () => Date; accounts: AccountsDeps };

const langOf = (c: Context<PageEnv>) => c.get('lang') ?? 'da';
const tokenOf = (c: Context) => {
  const token = c.req.param('token') ?? '';
  return TOKEN.test(token) ? token : null;
};
const gone = (c: Context) => {
  c.status(404);
  return c.render(<TokenGonePage />);
};

export function subscriptionRoutes(deps: Deps) {
  const app = new Hono<PageEnv>();
  const { db, now } = deps;

  app.post('/', (c) => subscribe(c, deps));

  app.get('/bekraeft/:token', async (c) => {
    const token = tokenOf(c);
    const subscription = token ? await findSubscriptionByToken(db, { confirm: token }) : null;
    if (!token || !subscription) return gone(c);
    return c.render(
      <ConfirmPage token={token} label={subscription.label} csrfToken={deps.accounts.csrf.tokenFor(c)} />,
    );
  });

  app.post('/bekraeft/:token', async (c) => {
    const token = tokenOf(c);
    if (!token) return gone(c);
    const { hyppighed } = FrequencySchema.parse(await c.req.parseBody());
    const result = await confirmSubscription({ db, token, frequency: hyppighed, now: now() });
    if (!result.ok) return gone(c);
    return c.render(<ConfirmedPage label={result.label} manageHref={`/foelg/mine/${result.manageToken}`} />);
  });

  app.get('/afmeld/:token', async (c) => {
    const token = tokenOf(c);
    if (!token) return gone(c);
    const subscription = await findSubscriptionByToken(db, { unsubscribe: token });
    if (subscription) return c.render(<UnsubscribePage token={token} label={subscription.label} />);
    const subscriber = await findSubscriberByManageToken(db, token);
    if (!subscriber) return gone(c);
    const m = SUBSCRIPTION_MESSAGES[langOf(c)];
    return c.render(<UnsubscribePage token={token} label={m.dailyDigests} />);
  });

  // The one-click unsubscribe: a subscription's token, or (a digest of several) the subscriber's.
  app.post('/afmeld/:token', async (c) => {
    const token = tokenOf(c);
    if (!token) return gone(c);
    let result = await cancelSubscription({ db, unsubscribeToken: token });
    if (!result.ok) result = await cancelSubscription({ db, manageToken: token, frequency: 'daily' });
    if (!result.ok) return gone(c);
    return c.render(
      <UnsubscribedPage
        label={result.label}
        isAddressDeleted={result.isSubscriberGone}
        manageHref={`/foelg/mine/${result.manageToken}`}
      />,
    );
  });

  app.get('/mine/:token', (c) => managePage(c, deps));

  app.post('/mine/:token', (c) => manageAction(c, deps));

  return app;
}

async function managePage(c: Context<PageEnv>, deps: Deps, notice?: string) {
  const token = tokenOf(c);
  const subscriber = token ? await findSubscriberByManageToken(deps.db, token) : null;
  if (!token || !subscriber) return gone(c);
  return c.render(
    <ManagePage
      token={token}
      csrfToken={deps.accounts.csrf.tokenFor(c)}
      notice={notice}
      subscriptions={subscriber.subscriptions.map((s) => ({
        id: s.id,
        label: s.label,
        href: s.link,
        frequency: s.frequency,
        isConfirmed: s.isConfirmed,
      }))}
    />,
  );
}

/** POST /foelg: the form's address and target → a confirmation queued, or the form again. */
async function subscribe(c: Context<PageEnv>, deps: Deps) {
  const { db, now } = deps;
  const form = await c.req.parseBody();
  const m = SUBSCRIPTION_MESSAGES[langOf(c)];
  const email = field(form, 'email', 254).trim();
  const target = targetOf(form);
  const named = target ? await describeTarget(db, target) : null;
  const back = safeBackPath(field(form, 'tilbage', 2000) || named?.link);
  const show = (error: string | undefined, status: 200 | 400 | 404 | 429) => {
    c.status(status);
    return c.render(
      <FollowRequestPage
        target={target && named ? formTargetOf(target) : null}
        label={named?.label ?? ''}
        back={back}
        email={email}
        error={error}
        isRequested={error === undefined}
      />,
    );
  };
  if (!target || !named) return show(m.unknownTarget, 404);
  const result = await requestSubscription({
    db,
    email,
    lang: langOf(c),
    target,
    ip: deps.accounts.facts.clientIp(c),
    labelOf: m.targetLabel,
    now: now(),
  });
  if (result.ok) return show(undefined, 200);
  if (result.reason === 'invalid_email') return show(m.invalidEmail, 400);
  if (result.reason === 'rate_limited') return show(m.rateLimited, 429);
  return show(m.unknownTarget, 404);
}

/** POST /foelg/mine/:token: how often one subscription is told, or unsubscribe one or all. */
async function manageAction(c: Context<PageEnv>, deps: Deps) {
  const { db } = deps;
  const token = tokenOf(c);
  if (!token) return gone(c);
  const form = await c.req.parseBody();
  const subscriptionId = Number(field(form, 'abonnement', 12)) || undefined;
  const action = field(form, 'handling', 20);
  const m = SUBSCRIPTION_MESSAGES[langOf(c)];
  if (action === 'hyppighed' && subscriptionId) {
    const { hyppighed } = FrequencySchema.parse(form);
    const changed = await changeSubscriptionFrequency({
      db,
      manageToken: token,
      subscriptionId,
      frequency: hyppighed,
    });
    if (!changed) return gone(c);
    return managePage(c, deps, m.frequencySaved);
  }
  if (action !== 'afmeld' && action !== 'afmeld-alt') return managePage(c, deps);
  const result = await cancelSubscription({
    db,
    manageToken: token,
    subscriptionId: action === 'afmeld' ? subscriptionId : undefined,
  });
  if (!result.ok) return gone(c);
  if (result.isSubscriberGone) {
    return c.render(<UnsubscribedPage label={result.label} isAddressDeleted manageHref={null} />);
  }
  return managePage(c, deps, m.unsubscribedText(result.label));
}
