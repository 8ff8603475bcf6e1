// The activity form: says at once when the start typed is in the past (saving still works; the server says it
// again after saving). The browser's clock is the staff member's, in Miyazaki.
(() => {
  const start = document.querySelector('input[name="start"]');
  const hint = document.getElementById('start-hint');
  if (!start || !hint) return;
  const check = () => {
    hint.hidden = !(start.value && new Date(start.value) < new Date());
  };
  start.addEventListener('input', check);
  start.addEventListener('change', check);
})();
