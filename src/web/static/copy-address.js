/*
 * Progressive enhancement of a calendar's address (render/html/subscribe-links.tsx): shows the
 * "Kopiér adressen" button beside each read-only address field and copies the address when it is
 * pressed, saying so to screen readers. Without script the field is still there to select and copy.
 */
(() => {
  if (window.protokolCopyAddress) return;
  window.protokolCopyAddress = true;
  const enhance = () => {
    for (const button of document.querySelectorAll('button[data-copy]')) {
      const field = document.getElementById(button.dataset.copy);
      if (!field) continue;
      const status = button.parentElement.querySelector('.copy-status');
      button.hidden = false;
      button.addEventListener('click', async () => {
        field.select();
        let copied = false;
        try {
          await navigator.clipboard.writeText(field.value);
          copied = true;
        } catch {
          copied = document.execCommand('copy');
        }
        if (status && copied) status.textContent = button.dataset.copied;
      });
    }
    for (const field of document.querySelectorAll('input.copy-address')) {
      field.addEventListener('focus', () => field.select());
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
  else enhance();
})();
