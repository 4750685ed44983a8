/**
 * The lines of a text diff: each added line in <ins>, each removed one in <del>, both with a word
 * for screen readers ("Tilføjet"/"Fjernet"); the text is Danish whatever the page's language.
 */
import type { DiffLine } from '../../domain/text-diff.js';
import { usePage } from './page-context.js';

export function DiffLines({ lines }: { lines: DiffLine[] }) {
  const { t } = usePage();
  return (
    <div class="diff" lang="da">
      {lines.map((line) => {
        if (line.op === 'same') return <p class="diff-line">{line.text}</p>;
        const marked = (
          <>
            <span class="sr-only">{line.op === 'added' ? t.added : t.removed}: </span>
            {line.text}
          </>
        );
        return <p class="diff-line">{line.op === 'added' ? <ins>{marked}</ins> : <del>{marked}</del>}</p>;
      })}
    </div>
  );
}
