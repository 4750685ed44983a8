/**
 * "Fremhæv en tekst" under an item's text, for a member of the body only (never on a page the
 * public or the page cache sees): a plain form — the passage and the item's id — that works
 * without script; /static/highlight.js fills the passage from a selection in the item's text and
 * opens the form. The member's highlights are shown as <mark> in the text (markdown.tsx).
 */
import { useContext } from 'hono/jsx';
import { MEMBER_READING_MESSAGES } from '../../messages/member-reading.js';
import { SignedInContext } from '../account-bar.js';
import { assetHref } from '../assets.js';
import { TextArea } from '../fields.js';
import { PostForm, SubmitGroup } from '../forms.js';
import { usePage } from '../page-context.js';

export interface HighlightsView {
  itemId: number;
  /** The member's own passages in this item, to mark. */
  quotes: string[];
  /** Where the form posts (/mig/fremhaev) and where it comes back to (the item on this page). */
  action: string;
  back: string;
}

export function HighlightForm({ view }: { view: HighlightsView }) {
  const account = useContext(SignedInContext);
  const { lang } = usePage();
  if (!account) return null;
  const m = MEMBER_READING_MESSAGES[lang];
  return (
    <>
      <details class="highlight-form">
        <summary>{m.highlightSummary}</summary>
        <PostForm
          action={view.action}
          csrfToken={account.csrfToken}
          hidden={{ item: String(view.itemId), tilbage: view.back }}
        >
          <TextArea id={`quote-${view.itemId}`} name="quote" label={m.quoteLabel} hint={m.quoteHint} rows={3} />
          <SubmitGroup>{m.highlight}</SubmitGroup>
        </PostForm>
      </details>
      <script src={assetHref('highlight.js')} defer />
    </>
  );
}
