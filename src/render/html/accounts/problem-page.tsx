import { Layout } from '../layout.js';

/** 401, 403, a refused form, an expired link, a failed login through the organisation. */
export function AuthProblemPage({ title, text, loginHref }: { title: string; text: string; loginHref?: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>{loginHref ? <a href={loginHref}>Log ind</a> : <a href="/">Gå til forsiden</a>}</p>
    </Layout>
  );
}
