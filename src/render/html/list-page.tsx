/**
 * A list page of one kind of record (frames, projects, plans, hearings): its heading and lead, the
 * secretariat's button to make a new one when the reader may, the fictitious-data notice when any
 * listed record is demo data, and the table — or the words for none.
 */
import type { Child } from 'hono/jsx';
import { Breadcrumbs, FictitiousNotice } from './components.js';
import { Layout } from './layout.js';

export function ListPage(props: {
  title: string;
  lead: string;
  /** The secretariat's "new" button, shown when the reader may make one. */
  create: { href: string; label: string } | null;
  count: number;
  anyFictitious: boolean;
  none: string;
  children: Child;
}) {
  return (
    <Layout title={props.title}>
      <Breadcrumbs items={[{ label: props.title }]} />
      <h1>{props.title}</h1>
      <p class="font-lead">{props.lead}</p>
      {props.create ? (
        <p>
          <a class="button button-secondary" href={props.create.href}>
            {props.create.label}
          </a>
        </p>
      ) : null}
      {props.anyFictitious ? <FictitiousNotice /> : null}
      {props.count === 0 ? <p>{props.none}</p> : props.children}
    </Layout>
  );
}
