// The status page reloads itself every two seconds until the job has finished.
if (document.body.dataset.refresh === 'true') {
  setTimeout(() => location.reload(), 2000);
}
