// The playground: wires the static controls of index.html to one <kakao-friend-picker>.
import '../src/index.js';
import type {
  KakaoFriendPicker,
  KfpConfirmDetail,
  KfpErrorDetail,
  KfpLoadDetail,
  Orientation,
  SelectionMode,
  Theme,
  ViewType,
} from '../src/index.js';
import { dataSets, findDataSet } from './data-sets.js';
import { EventLog } from './event-log.js';
import type { LogKind } from './event-log.js';
import { buildMessageSendRequests, formatHttpRequest } from './send-preview.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

const picker = byId<KakaoFriendPicker>('picker');
const stage = byId<HTMLDivElement>('stage');
const log = new EventLog(byId<HTMLOListElement>('event-log'), byId('log-empty'));
const dataStatus = byId<HTMLParagraphElement>('data-status');
const currentSelection = byId<HTMLOutputElement>('current-selection');

// --- Data sets -----------------------------------------------------------------------------------

const dataSetSelect = byId<HTMLSelectElement>('data-set');
const dataSetDescription = byId<HTMLParagraphElement>('data-set-description');
let loadStartedAt = 0;

for (const dataSet of dataSets()) dataSetSelect.add(new Option(dataSet.label, dataSet.id));

async function useDataSet(id: string): Promise<void> {
  const dataSet = findDataSet(id) ?? dataSets()[0];
  if (dataSet === undefined) return;
  dataSetSelect.value = dataSet.id;
  dataSetDescription.textContent = dataSet.description ?? '';
  const url = new URL(location.href);
  url.searchParams.set('data', dataSet.id);
  history.replaceState(null, '', url);
  dataStatus.textContent = `Loading ${dataSet.label}…`;
  // Let that message paint: generating 100,000 friends holds the main thread for a moment.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    const source = await dataSet.createSource();
    // A newer choice may have been made while this source was being created.
    if (dataSetSelect.value !== dataSet.id) return;
    loadStartedAt = performance.now();
    picker.dataSource = source;
  } catch (error) {
    dataStatus.textContent = `Could not create the data source: ${String(error)}`;
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
byId('apply-selected').addEventListener('click', async () => {
  picker.selectedUuids = parseUuids(selectedField.value);
  log.add('method', 'selectedUuids =', JSON.stringify(picker.selectedUuids));
  await picker.updateComplete;
  showCurrentSelection();
});
byId('copy-selected').addEventListener('click', () => {
  selectedField.value = picker.selectedUuids.join(', ');
});

// --- Methods -------------------------------------------------------------------------------------

function callMethod(id: string, name: string, call: () => Promise<void> | void): void {
  byId(id).addEventListener('click', async () => {
    try {
      await call();
      log.add('method', name, 'resolved');
    } catch (error) {
      log.add('method', name, `rejected: ${String(error)}`);
    }
    showCurrentSelection();
  });
}

callMethod('call-show', 'show()', () => picker.show());
callMethod('call-hide', 'hide()', () => picker.hide());
callMethod('call-reload', 'reload()', () => {
  loadStartedAt = performance.now();
  return picker.reload();
});
callMethod('call-clear', 'clearSelection()', () => picker.clearSelection());

// --- Events --------------------------------------------------------------------------------------

const eventNames = ['kfp-change', 'kfp-confirm', 'kfp-cancel', 'kfp-load', 'kfp-error'] as const;
for (const name of eventNames) {
  picker.addEventListener(name, (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    log.add(name satisfies LogKind, name, detail);
    if (name === 'kfp-change' || name === 'kfp-confirm') showCurrentSelection();
  });
}

picker.addEventListener('kfp-load', (event) => {
  const { totalCount } = (event as CustomEvent<KfpLoadDetail>).detail;
  const elapsed = Math.round(performance.now() - loadStartedAt);
  dataStatus.textContent = `Loaded ${totalCount.toLocaleString('en')} friends in ${elapsed} ms.`;
});
picker.addEventListener('kfp-error', (event) => {
  const { code, message } = (event as CustomEvent<KfpErrorDetail>).detail;
  if (code !== 'invalid-options') dataStatus.textContent = `Loading failed (${code}): ${message}`;
});

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
  renderSendPreview((event as CustomEvent<KfpConfirmDetail>).detail);
});

byId('clear-log').addEventListener('click', () => log.clear());

// --- Start ---------------------------------------------------------------------------------------

updateStage();
void useDataSet(new URLSearchParams(location.search).get('data') ?? 'sample');
