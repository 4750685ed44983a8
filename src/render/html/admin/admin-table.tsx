/**
 * The admins' tables: a caption for screen readers, column headings, and a wrapper that scrolls
 * sideways on a narrow screen — a named region that takes keyboard focus, so that what does not
 * fit can be reached without a mouse (WCAG 2.1.1).
 */
import type { Child } from 'hono/jsx';

export function AdminTable({ caption, head, children }: { caption: string; head: string[]; children?: Child }) {
  return (
    <div class="table--responsive-scroll" tabindex={0} role="region" aria-label={caption}>
      <table class="table table--compact">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((label) => (
              <th scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
