// Composer: the live recipient count (a fetch with the session cookie and the CSRF token) and the preview.
(() => {
  const form = document.getElementById('broadcast-form');
  const count = document.getElementById('recipient-count');
  const text = document.getElementById('text');
  const preview = document.getElementById('preview');
  const csrf = form.querySelector('input[name="_csrf"]');
  const ticked = name => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(box => box.value);
  let pending = 0;

  async function refreshCount() {
    const mine = ++pending;
    try {
      const response = await fetch('/admin/broadcasts/count', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : ''},
        body: JSON.stringify({categories: ticked('categories'), districts: ticked('districts')})
      });
      if (mine !== pending) return;
      count.textContent = response.ok ? (await response.json()).recipients.toLocaleString('ja-JP') : '—';
    } catch (e) {
      if (mine === pending) count.textContent = '—';
    }
  }

  function refreshPreview() {
    preview.textContent = text.value.trim() === ''
      ? '本文を入力すると、ここにLINEでの見え方が表示されます。' : text.value;
  }

  form.addEventListener('change', event => {
    if (event.target.type === 'checkbox' && event.target.name !== 'urgent') refreshCount();
  });
  text.addEventListener('input', refreshPreview);
  refreshCount();
  refreshPreview();
})();
