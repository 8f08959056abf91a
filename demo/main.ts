// The playground: wires the static controls of index.html to one <kakao-friend-picker>.
import '../src/index.js';
import type {
  KakaoFriendPicker,
  KfpConfirmDetail,
  Orientation,
  SelectionMode,
  Theme,
  ViewType,
} from '../src/index.js';
import { byId } from './context.js';
import type { PlaygroundContext } from './context.js';
import { dataSets, findDataSet } from './data-sets.js';
import type { DemoDataSet } from './data-sets.js';
import { setupEmulatorDataSet } from './emulator-data-set.js';
import { EventLog } from './event-log.js';
import type { LogKind } from './event-log.js';
import { setupCustomisation } from './customisation.js';
import { setupKakaoAppDataSet } from './kakao-app-data-set.js';
import { redact } from './secrets.js';
import { buildMessageSendRequests, formatHttpRequest } from './send-preview.js';

const picker = byId<KakaoFriendPicker>('picker');
const stage = byId<HTMLDivElement>('stage');
const log = new EventLog(byId<HTMLOListElement>('event-log'), byId('log-empty'));
const dataStatus = byId<HTMLParagraphElement>('data-status');
const currentSelection = byId<HTMLOutputElement>('current-selection');

// --- Data sets -----------------------------------------------------------------------------------

const dataSetSelect = byId<HTMLSelectElement>('data-set');
const dataSetDescription = byId<HTMLParagraphElement>('data-set-description');
let loadStartedAt = 0;
let activeDataSet: DemoDataSet | undefined;

function setStatus(text: string): void {
  dataStatus.textContent = redact(text);
}

/** Every load (a new source or `reload()`) starts here, so its time and request log line up. */
function markLoadStart(): void {
  loadStartedAt = performance.now();
  activeDataSet?.onLoadStart?.();
}

async function reload(why?: string): Promise<void> {
  if (why !== undefined) log.add('method', 'reload()', why);
  setStatus(`Reloading ${activeDataSet?.label ?? ''}…`);
  markLoadStart();
  await picker.reload();
}

const context: PlaygroundContext = {
  picker,
  log,
  activeDataSet: () => activeDataSet?.id ?? '',
  reload,
  recreateSource: () => useDataSet(activeDataSet?.id ?? dataSetSelect.value),
  setStatus,
};

// Data sets with their own controls (registered after the built-in ones, so listed after them).
setupEmulatorDataSet(context);
setupKakaoAppDataSet(context);

for (const dataSet of dataSets()) dataSetSelect.add(new Option(dataSet.label, dataSet.id));

/** Shows the chosen data set's own controls (if any) and hides the others'. */
function activate(dataSet: DemoDataSet): void {
  if (activeDataSet === dataSet) return;
  activeDataSet?.deactivate?.();
  activeDataSet = dataSet;
  for (const other of dataSets()) {
    if (other.panel !== undefined) byId(other.panel).hidden = other !== dataSet;
  }
  hideConsent();
  dataSet.activate?.();
}

async function useDataSet(id: string): Promise<void> {
  const dataSet = findDataSet(id) ?? dataSets()[0];
  if (dataSet === undefined) return;
  dataSetSelect.value = dataSet.id;
  dataSetDescription.textContent = dataSet.description ?? '';
  activate(dataSet);
  const url = new URL(location.href);
  url.searchParams.set('data', dataSet.id);
  history.replaceState(null, '', url);
  setStatus(`Loading ${dataSet.label}…`);
  // Let that message paint: generating 100,000 friends holds the main thread for a moment.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    const source = await dataSet.createSource();
    // A newer choice may have been made while this source was being created.
    if (dataSetSelect.value !== dataSet.id) return;
    markLoadStart();
    picker.dataSource = source;
  } catch (error) {
    if (dataSetSelect.value !== dataSet.id) return;
    // Not the previous data set's friends under this one's name.
    picker.dataSource = undefined;
    setStatus(
      `Could not create the data source: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

dataSetSelect.addEventListener('change', () => void useDataSet(dataSetSelect.value));

// --- Options -------------------------------------------------------------------------------------

// Every control applies itself live; Enter in a field must not submit (and reload) the page.
byId<HTMLFormElement>('controls').addEventListener('submit', (event) => event.preventDefault());

function onValue(id: string, event: 'input' | 'change', apply: (value: string) => void): void {
  const control = byId<HTMLInputElement | HTMLSelectElement>(id);
  control.addEventListener(event, () => apply(control.value));
}

function onToggle(id: string, apply: (checked: boolean) => void): void {
  const control = byId<HTMLInputElement>(id);
  control.addEventListener('change', () => apply(control.checked));
}

function updateStage(): void {
  const dialog = picker.viewType !== 'inline';
  stage.dataset.view = dialog ? 'dialog' : 'inline';
  byId('stage-hint').hidden = !dialog;
  byId('stage-view-name').textContent = picker.viewType;
}

onValue('view-type', 'change', (value) => {
  picker.viewType = value as ViewType;
  updateStage();
});
onValue('selection-mode', 'change', (value) => {
  picker.selectionMode = value as SelectionMode;
});
// Committed values only ('change'): typing "15" must not apply "1" on the way.
onValue('min-pickable-count', 'change', (value) => {
  picker.minPickableCount = Number(value);
});
onValue('max-pickable-count', 'change', (value) => {
  picker.maxPickableCount = Number(value);
});
// Through the attribute, so clearing the field brings the localized default back.
onValue('heading', 'input', (value) => {
  if (value === '') picker.removeAttribute('heading');
  else picker.setAttribute('heading', value);
});
onValue('theme', 'change', (value) => {
  picker.theme = value as Theme;
  if (value === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = value;
});
onValue('orientation', 'change', (value) => {
  picker.orientation = value as Orientation;
});
onValue('lang', 'change', (value) => {
  if (value === '') picker.removeAttribute('lang');
  else picker.lang = value;
});
onValue('stage-size', 'change', (value) => {
  stage.dataset.size = value;
});
onToggle('enable-search', (checked) => (picker.enableSearch = checked));
onToggle('enable-index', (checked) => (picker.enableIndex = checked));
onToggle('show-my-profile', (checked) => (picker.showMyProfile = checked));
onToggle('show-favorite', (checked) => (picker.showFavorite = checked));
onToggle('show-picked-friend', (checked) => (picker.showPickedFriend = checked));
onToggle('rtl', (checked) => {
  if (checked) picker.dir = 'rtl';
  else picker.removeAttribute('dir');
});

// --- Selection -----------------------------------------------------------------------------------

function showCurrentSelection(): void {
  const uuids = picker.selectedUuids;
  currentSelection.value = uuids.length === 0 ? 'none' : `${uuids.length}: ${uuids.join(', ')}`;
}

/** Accepts `a, b c`, one per line, or a pasted JSON array. */
function parseUuids(text: string): string[] {
  return text
    .split(/[\s,[\]"']+/)
    .map((uuid) => uuid.trim())
    .filter((uuid) => uuid !== '');
}

const selectedField = byId<HTMLTextAreaElement>('selected-uuids');
async function applySelected(): Promise<void> {
  picker.selectedUuids = parseUuids(selectedField.value);
  log.add('method', 'selectedUuids =', JSON.stringify(picker.selectedUuids));
  await picker.updateComplete;
  showCurrentSelection();
}
byId('apply-selected').addEventListener('click', () => void applySelected());
byId('copy-selected').addEventListener('click', () => {
  selectedField.value = picker.selectedUuids.join(', ');
});

// --- Methods -------------------------------------------------------------------------------------

function callMethod(id: string, name: string, call: () => Promise<void> | void): void {
  const run = async (): Promise<void> => {
    try {
      await call();
      log.add('method', name, 'resolved');
    } catch (error) {
      log.add('method', name, `rejected: ${String(error)}`);
    }
    showCurrentSelection();
  };
  byId(id).addEventListener('click', () => void run());
}

callMethod('call-show', 'show()', () => picker.show());
callMethod('call-hide', 'hide()', () => picker.hide());
callMethod('call-reload', 'reload()', () => reload());
callMethod('call-clear', 'clearSelection()', () => picker.clearSelection());

// --- Events --------------------------------------------------------------------------------------

const eventNames = [
  'kfp-change',
  'kfp-confirm',
  'kfp-request-close',
  'kfp-cancel',
  'kfp-load',
  'kfp-error',
] as const;
for (const name of eventNames) {
  picker.addEventListener(name, (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    log.add(name satisfies LogKind, name, detail);
    if (name === 'kfp-change' || name === 'kfp-confirm') showCurrentSelection();
  });
}

picker.addEventListener('kfp-load', (event) => {
  const { totalCount } = event.detail;
  const elapsed = Math.round(performance.now() - loadStartedAt);
  setStatus(`Loaded ${totalCount.toLocaleString('en')} friends in ${elapsed} ms.`);
  hideConsent();
});
picker.addEventListener('kfp-error', (event) => {
  const { code, message, requiredScopes } = event.detail;
  if (code === 'invalid-options') return;
  setStatus(`Loading failed (${code}): ${message}`);
  if (code === 'consent-required') showConsent(requiredScopes ?? ['friends']);
});

// --- Consent (Kakao -402) ------------------------------------------------------------------------

const consentPanel = byId<HTMLElement>('consent-panel');
const consentScopes = byId<HTMLElement>('consent-scopes');
const consentCode = byId<HTMLElement>('consent-code');
const consentAction = byId<HTMLButtonElement>('consent-action');
const consentHint = byId<HTMLParagraphElement>('consent-hint');
let runConsent: (() => void | Promise<void>) | undefined;

/** How an app asks for the missing scope, and (when the data set can) a button that does it. */
function showConsent(scopes: string[]): void {
  const scope = scopes.join(',');
  consentScopes.textContent = scopes.join(', ');
  consentCode.textContent = [
    "picker.addEventListener('kfp-error', (event) => {",
    "  if (event.detail.code === 'consent-required') {",
    '    Kakao.Auth.authorize({',
    "      redirectUri: 'https://your.app/oauth/kakao', // registered in your Kakao app",
    `      scope: event.detail.requiredScopes.join(','), // '${scope}'`,
    '    });',
    '  }',
    '});',
  ].join('\n');
  const action = activeDataSet?.consentAction?.(scopes);
  runConsent = action === undefined ? undefined : () => action.run(scopes);
  consentAction.hidden = action === undefined;
  consentAction.textContent = action?.label ?? '';
  consentHint.textContent =
    action?.hint ??
    'Try it with the Kakao SDK (“Your Kakao app”, Load Kakao SDK), or with the emulator, whose consent can be granted in one click.';
  consentPanel.hidden = false;
}

function hideConsent(): void {
  consentPanel.hidden = true;
  runConsent = undefined;
}

async function askForConsent(): Promise<void> {
  const run = runConsent;
  if (run === undefined) return;
  hideConsent();
  try {
    await run();
  } catch (error) {
    setStatus(`Asking for consent failed: ${String(error)}`);
  }
}
consentAction.addEventListener('click', () => void askForConsent());

// --- "Send to" preview ---------------------------------------------------------------------------

const sendPreview = byId<HTMLDivElement>('send-preview');

function renderSendPreview(detail: KfpConfirmDetail): void {
  const requests = buildMessageSendRequests(detail.uuids);
  const parts: HTMLElement[] = [];
  if (requests.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'The last confirm had no friends.';
    parts.push(empty);
  }
  if (requests.length > 1) {
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = `${detail.uuids.length} receivers: ${requests.length} requests of at most 5.`;
    parts.push(note);
  }
  requests.forEach((request, index) => {
    if (requests.length > 1) {
      const title = document.createElement('h3');
      title.textContent = `Request ${index + 1} of ${requests.length}`;
      parts.push(title);
    }
    const pre = document.createElement('pre');
    pre.textContent = formatHttpRequest(request);
    const fields = document.createElement('dl');
    for (const [name, value] of Object.entries(request.fields)) {
      const term = document.createElement('dt');
      term.textContent = name;
      const description = document.createElement('dd');
      description.textContent = value;
      fields.append(term, description);
    }
    parts.push(pre, fields);
  });
  sendPreview.replaceChildren(...parts);
}

picker.addEventListener('kfp-confirm', (event) => {
  renderSendPreview(event.detail);
});

byId('clear-log').addEventListener('click', () => log.clear());

// --- Start ---------------------------------------------------------------------------------------

setupCustomisation(picker);
updateStage();
void useDataSet(new URLSearchParams(location.search).get('data') ?? 'sample');
