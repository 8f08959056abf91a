import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureLocalization, localized, msg, type LocaleModule } from '@lit/localize';
import { part, sectionHeaders } from '../element/harness.js';
import { mountPicker } from './i18n-harness.js';

// An app that uses @lit/localize itself, configured after the picker is loaded (the harness has
// imported and registered it). Its own locale must not leak into the pickers, and the pickers
// must not break its configuration.
const { setLocale, getLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr', 'ko'],
  loadLocale: async (locale): Promise<LocaleModule> =>
    locale === 'fr'
      ? { templates: { 'app.greeting': 'Bonjour', 'kfp.heading.default': 'Choisir des amis' } }
      : { templates: { 'app.greeting': '안녕하세요' } },
});

@localized()
class AppGreeting extends LitElement {
  override render() {
    return msg('Hello', { id: 'app.greeting' });
  }
}
customElements.define('app-greeting', AppGreeting);

// Two pickers at a time, both within the viewport.
const small = 'height: 260px; width: 420px';

describe('an app that configures @lit/localize after the picker', () => {
  afterEach(() => setLocale('en'));

  it('keeps its own locale, and each picker keeps its language', async () => {
    const greeting = await fixture<AppGreeting>(html`<app-greeting></app-greeting>`);
    await setLocale('fr');
    await greeting.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect(greeting.shadowRoot!.textContent).to.equal('Bonjour');

    const ja = await mountPicker({ lang: 'ja', style: small });
    expect(part(ja, 'heading')!.textContent.trim()).to.equal('友だちを選択');
    expect(sectionHeaders(ja)).to.deep.equal(['マイプロフィール', 'お気に入り', '友だち']);
    // English is the picker's own source text, not the app's global locale (even where the app's
    // catalogue happens to hold one of the picker's ids).
    const en = await mountPicker({ lang: 'en', style: small });
    expect(part(en, 'heading')!.textContent.trim()).to.equal('Select friends');

    await setLocale('ko');
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.equal('안녕하세요');
    await en.updateComplete;
    expect(part(en, 'heading')!.textContent.trim()).to.equal('Select friends');
    expect(part(ja, 'heading')!.textContent.trim()).to.equal('友だちを選択');
  });

  it('a second configureLocalization still throws for the app, as @lit/localize documents', () => {
    expect(() =>
      configureLocalization({
        sourceLocale: 'en',
        targetLocales: [],
        loadLocale: async () => ({ templates: {} }),
      }),
    ).to.throw();
  });
});
