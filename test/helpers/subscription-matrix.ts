/**
 * Following by e-mail's rows of the authorization matrix (test/web/authorization-matrix.test.ts)
 * and the role crawls: every route of src/web/subscriptions is the same for everyone, signed in or
 * not — what guards a subscription is its token, not a role. The form with a bad address answers
 * 400 (nothing is queued, so no role's request spends another's rate limit); a token that does not
 * exist answers 404.
 */
import { everyone, type MatrixEntry } from './accounts.js';

/** A well-formed token that no subscription has. */
const UNKNOWN = 'A'.repeat(43);

export function subscriptionMatrixEntries(): MatrixEntry[] {
  return [
    {
      method: 'POST',
      route: '/foelg',
      path: () => '/foelg',
      body: (w) => ({ hvad: 'body', id: String(w.thisBody.id), email: 'ikke en adresse', tilbage: '/' }),
      expected: everyone(400),
    },
    ...(['bekraeft', 'afmeld', 'mine'] as const).flatMap((page): MatrixEntry[] =>
      (['GET', 'POST'] as const).map((method) => ({
        method,
        route: `/foelg/${page}/:token`,
        path: () => `/foelg/${page}/${UNKNOWN}`,
        body: () => ({}),
        expected: everyone(404),
      })),
    ),
  ];
}
