// The gallery (demo/gallery.html): every state of the picker side by side, each in a frame of its
// own screen size, so a designer reviews the whole product on one page. `?state=<id>` shows one
// state alone (what each frame loads; also the page to screenshot).
import { GALLERY_STATES, mountGalleryState } from './gallery-states.js';
import type { GalleryState } from './gallery-states.js';

const SCALE = 0.5;
const params = new URLSearchParams(location.search);
const only = params.get('state');

function frameOf(state: GalleryState): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'gallery-item';
  const box = document.createElement('div');
  box.className = 'gallery-frame';
  box.style.width = `${state.width * SCALE}px`;
  box.style.height = `${state.height * SCALE}px`;
  const frame = document.createElement('iframe');
  frame.title = state.title;
  frame.loading = 'lazy';
  frame.src = `?state=${encodeURIComponent(state.id)}`;
  frame.width = String(state.width);
  frame.height = String(state.height);
  frame.style.transform = `scale(${SCALE})`;
  box.append(frame);
  const caption = document.createElement('figcaption');
  const link = document.createElement('a');
  link.href = frame.src;
  link.textContent = state.title;
  caption.append(link);
  figure.append(box, caption);
  return figure;
}

const groups: [string, (state: GalleryState) => boolean][] = [
  ['Views × themes × languages', (state) => state.kind === 'list'],
  [
    'States: loading, empty, error, max, min, single, search, RTL, landscape',
    (state) => state.kind !== 'list' && state.kind !== 'full-strip',
  ],
  ['Screen sizes with a full strip', (state) => state.kind === 'full-strip'],
];

if (only !== null) {
  const state = GALLERY_STATES.find((candidate) => candidate.id === only);
  document.body.replaceChildren();
  document.body.className = `gallery-single ${state?.theme ?? ''}`;
  if (state === undefined) {
    document.body.textContent = `No gallery state "${only}".`;
  } else {
    const stage = document.createElement('div');
    stage.className = 'gallery-stage';
    document.body.append(stage);
    await mountGalleryState(stage, state);
    document.body.dataset.ready = 'true';
  }
} else {
  const main = document.querySelector('main')!;
  for (const [title, belongs] of groups) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = title;
    const grid = document.createElement('div');
    grid.className = 'gallery-grid';
    grid.append(...GALLERY_STATES.filter(belongs).map(frameOf));
    section.append(heading, grid);
    main.append(section);
  }
}
