/*
 * Progressive enhancement of "Fremhæv en tekst" (render/html/member-work/highlight-form.tsx): when
 * a member selects a passage in an item's text, the item's form gets the passage and opens, so
 * one press of "Fremhæv" keeps it. Without script the form is there to paste the passage into.
 */
(() => {
  if (window.protokolHighlight) return;
  window.protokolHighlight = true;
  const enhance = () => {
    for (const form of document.querySelectorAll('details.highlight-form')) {
      const content = form.previousElementSibling;
      const field = form.querySelector('textarea');
      if (!content || !field) continue;
      const take = () => {
        const selection = window.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
        if (!content.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
        const text = selection.toString().trim();
        if (!text) return;
        field.value = text;
        form.open = true;
      };
      content.addEventListener('mouseup', take);
      content.addEventListener('keyup', take);
      content.addEventListener('touchend', take);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
  else enhance();
})();
