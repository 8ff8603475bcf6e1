// A form marked data-confirm asks its question before it is sent. A file, not onsubmit="…": the console's
// Content-Security-Policy allows no inline script.
document.addEventListener('submit', event => {
  const question = event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
