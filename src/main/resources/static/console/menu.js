// The navigation folds into a メニュー button below the laptop width (console.css). The page starts with the
// menu open and the button hidden, so without this script every link is still there.
(() => {
  const toggle = document.getElementById('menu-toggle');
  const header = toggle && toggle.closest('header');
  if (!header) return;
  header.classList.add('collapsible');
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    header.classList.toggle('open', open);
  });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && header.classList.contains('open')) {
      toggle.click();
      toggle.focus();
    }
  });
})();
