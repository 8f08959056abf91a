// Defines the custom element names given in `?define=` (as another library on the page would),
// then imports the modules given in `?modules=` in order, like separate <script type="module">s.
// The parent page waits for `window.kfpReady` and reads `window.kfpModules` / `kfpImportErrors`.
const params = new URLSearchParams(location.search);
for (const name of (params.get('define') ?? '').split(',').filter(Boolean)) {
  customElements.define(name, class extends HTMLElement {});
}
window.kfpModules = [];
window.kfpImportErrors = [];
for (const url of (params.get('modules') ?? '').split(',').filter(Boolean)) {
  try {
    window.kfpModules.push(await import(url));
  } catch (error) {
    window.kfpImportErrors.push(`${url}: ${error}`);
  }
}
window.kfpReady = true;
