// What an app's error monitoring would see on this page: CSP violations, `window.onerror`,
// unhandled rejections and console errors. The test in the parent page reads `window.kfpRecord`.
'use strict';
window.kfpRecord = { violations: [], errors: [], rejections: [], consoleErrors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.kfpRecord.violations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim(),
  );
});
window.onerror = (message) => {
  window.kfpRecord.errors.push(String(message));
};
window.addEventListener('unhandledrejection', (event) => {
  window.kfpRecord.rejections.push(String(event.reason));
});
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.kfpRecord.consoleErrors.push(args.map(String).join(' '));
    original(...args);
  };
}
