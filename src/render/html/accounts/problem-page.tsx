import { ACCOUNT_MESSAGES } from '../../messages/accounts.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';

/** 401, 403, a refused form, an expired link, a failed login through the organisation. */
export function AuthProblemPage({ title, text, loginHref }: { title: string; text: string; loginHref?: string }) {
  const m = ACCOUNT_MESSAGES[usePage().lang];
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>{loginHref ? <a href={loginHref}>{m.logIn}</a> : <a href="/">{m.goToFrontPage}</a>}</p>
    </Layout>
  );
}
