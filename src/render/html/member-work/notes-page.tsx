/**
 * A member's private notes on a meeting's items (/mig/noter/:meetingId): one field per item, seen
 * by the note's writer only. Danish and English (messages/member-work.ts).
 */
import { Breadcrumbs } from '../components.js';
import { Checkbox, TextArea } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { messages } from './member-work-pages.js';

export interface NotesPageProps {
  meeting: string;
  meetingHref: string;
  action: string;
  /** The agenda as a PDF: with the member's notes when the box is ticked. */
  pdfAction: string;
  items: { number: number; title: string; note: string }[];
  csrfToken: string;
  notice?: string;
  problems?: Problem[];
}

export function NotesPage(props: NotesPageProps) {
  const m = messages();
  const title = `${m.notesTitle}: ${props.meeting}`;
  return (
    <Layout title={title}>
      <Breadcrumbs
        items={[
          { label: 'Min side', href: '/mig' },
          { label: props.meeting, href: props.meetingHref },
          { label: m.notesTitle },
        ]}
      />
      <h1>{title}</h1>
      <p class="font-lead">{m.noteHint}</p>
      <PageAlerts notice={props.notice} problems={props.problems ?? []} />
      <PostForm action={props.action} csrfToken={props.csrfToken}>
        {props.items.map((item) => (
          <section class="approval-item" aria-labelledby={`item-${item.number}`}>
            <h2 id={`item-${item.number}`}>
              {item.number}. {item.title}
            </h2>
            <TextArea
              id={`note-${item.number}`}
              label={m.noteLabel(item.number)}
              value={item.note}
              error={props.problems?.find((problem) => problem.field === `note-${item.number}`)?.text}
              rows={3}
            />
          </section>
        ))}
        <SubmitGroup>{m.saveNote}</SubmitGroup>
      </PostForm>
      <section aria-labelledby="print-title">
        <h2 id="print-title">{m.printTitle}</h2>
        <form method="get" action={props.pdfAction}>
          <Checkbox id="noter" label={m.printWithNotes} hint={m.printHint} checked />
          <button type="submit" class="button button-secondary">
            {m.printButton}
          </button>
        </form>
      </section>
    </Layout>
  );
}
