import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';

// An app that configures @lit/localize (in its own locale) before the picker is even imported.
const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ja'],
  loadLocale: async () => ({ templates: { 'kfp.heading.default': 'アプリの見出し' } }),
});

// Two pickers at a time, both within the viewport.
const small = 'height: 260px; width: 420px';

describe('an app that configures @lit/localize before importing the picker', () => {
  it('imports and renders the picker without errors, in the picker language', async () => {
    await setLocale('ja');
    const { mountPicker } = await import('./i18n-harness.js');
    const { part, sectionHeaders } = await import('../element/harness.js');
    expect(customElements.get('kakao-friend-picker')).to.not.equal(undefined);
    const ko = await mountPicker({ lang: 'ko', style: small });
    expect(part(ko, 'heading')!.textContent.trim()).to.equal('친구 선택');
    expect(sectionHeaders(ko)).to.deep.equal(['내 프로필', '즐겨찾기', '친구']);
    const ja = await mountPicker({ lang: 'ja', style: small });
    expect(part(ja, 'heading')!.textContent.trim()).to.equal('友だちを選択');
    // One picker at a time for axe: each picker's header and footer count as page landmarks.
    ko.remove();
    await expect(ja).to.be.accessible();
  });
});
