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
      {lines.map((line) =>
        line.op === 'added' ? (
          <p class="diff-line">
            <ins>
              <span class="sr-only">{t.added}: </span>
              {line.text}
            </ins>
          </p>
        ) : line.op === 'removed' ? (
          <p class="diff-line">
            <del>
              <span class="sr-only">{t.removed}: </span>
              {line.text}
            </del>
          </p>
        ) : (
          <p class="diff-line">{line.text}</p>
        ),
      )}
    </div>
  );
}
