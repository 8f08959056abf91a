// Chromium reports this benign notice when the virtualizer resizes rows inside one frame; mocha
// would otherwise fail whichever test happens to be running.
const benign = 'ResizeObserver loop completed with undelivered notifications.';
window.addEventListener(
  'error',
  (event) => {
    if (event.message === benign || event.message === 'ResizeObserver loop limit exceeded') {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  true,
);
