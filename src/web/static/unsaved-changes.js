// Protokol: a warning before leaving a page with changes that are not saved. Progressive
// enhancement for the forms marked class="keep-work": without script the server keeps what was
// typed; with it the browser also asks before a link, reload or close loses it. A form's own
// submit is never warned about.
(() => {
  const forms = [...document.querySelectorAll('form.keep-work')];
  if (forms.length === 0) return;
  const currentValue = (field) =>
    field.type === 'checkbox' || field.type === 'radio' ? String(field.checked) : field.value;
  const fieldsOf = (form) =>
    [...form.elements].filter((field) => field.name && field.type !== 'hidden' && field.type !== 'submit');
  const initial = new Map();
  for (const form of forms) for (const field of fieldsOf(form)) initial.set(field, currentValue(field));
  let submitting = false;
  for (const form of forms) form.addEventListener('submit', () => (submitting = true));
  const isChanged = () => [...initial].some(([field, value]) => currentValue(field) !== value);
  window.addEventListener('beforeunload', (event) => {
    if (submitting || !isChanged()) return;
    event.preventDefault();
    event.returnValue = '';
  });
  // Back from the browser's cache: a new page's worth of changes.
  window.addEventListener('pageshow', () => (submitting = false));
})();
