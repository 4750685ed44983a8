/** DKFDS data tables: a caption for screen readers, column headings, and a wrapper that scrolls sideways. */
import type { Child } from 'hono/jsx';

export function DataTable({
  caption,
  head,
  class: className,
  isRegion = false,
  children,
}: {
  caption: string;
  head: string[];
  /** A class of the table's own, after DKFDS's. */
  class?: string;
  /**
   * The scrolling wrapper is a named region that takes keyboard focus, so that what does not fit on
   * a narrow screen can be reached without a mouse (WCAG 2.1.1); the admins' tables are.
   */
  isRegion?: boolean;
  children?: Child;
}) {
  const region = isRegion ? { tabindex: 0, role: 'region', 'aria-label': caption } : {};
  return (
    <div class="table--responsive-scroll" {...region}>
      <table class={`table table--compact${className ? ` ${className}` : ''}`}>
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
