// Composer: the live recipient count with how many read each text (a fetch with the session cookie and the CSRF
// token) and the preview of both texts.
(() => {
  const form = document.getElementById('broadcast-form');
  const count = document.getElementById('recipient-count');
  const languages = document.getElementById('recipient-languages');
  const text = document.getElementById('text');
  const english = document.getElementById('english-text');
  const preview = document.getElementById('preview');
  const englishPreview = document.getElementById('preview-en');
  const number = n => n.toLocaleString('ja-JP');
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
      const reach = response.ok ? await response.json() : null;
      count.textContent = reach ? number(reach.recipients) : '—';
      languages.textContent = reach ? `（日本語 ${number(reach.japanese)}・English ${number(reach.english)}）` : '';
    } catch (e) {
      if (mine === pending) {
        count.textContent = '—';
        languages.textContent = '';
      }
    }
  }

  function refreshPreview() {
    preview.textContent = text.value.trim() === ''
      ? '本文を入力すると、ここにLINEでの見え方が表示されます。' : text.value;
    englishPreview.textContent = english.value;
    englishPreview.hidden = english.value.trim() === '';
  }

  form.addEventListener('change', event => {
    if (event.target.type === 'checkbox' && event.target.name !== 'urgent') refreshCount();
  });
  text.addEventListener('input', refreshPreview);
  english.addEventListener('input', refreshPreview);
  refreshCount();
  refreshPreview();
})();
