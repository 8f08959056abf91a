import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { GALLERY_STATES, mountGalleryState } from '../../demo/gallery-states.js';

describe('the gallery (demo/gallery.html): axe in every state', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('covers views × themes × languages and every state', () => {
    const kinds = new Set(GALLERY_STATES.map((state) => state.kind));
    for (const kind of ['loading', 'empty', 'error', 'max', 'min', 'single', 'rtl', 'landscape']) {
      expect(kinds.has(kind as never), kind).to.equal(true);
    }
    const combos = new Set(
      GALLERY_STATES.map((state) => `${state.view}-${state.theme}-${state.lang}`),
    );
    expect(combos.size).to.be.at.least(18);
    expect(new Set(GALLERY_STATES.map((state) => state.id)).size).to.equal(GALLERY_STATES.length);
  });

  for (const state of GALLERY_STATES) {
    it(state.title, async () => {
      await setViewport({ width: state.width, height: state.height });
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: ${state.width}px; height: ${state.height}px"></div>`,
      );
      const picker = await mountGalleryState(container, state);
      await expect(picker).to.be.accessible();
      if (state.view !== 'inline') await picker.hide();
    });
  }
});
