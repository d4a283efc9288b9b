import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { OFFERED_LANGUAGES } from '../../src/core/index.js';
import { en, loadCatalog, type Catalog } from '../../src/i18n/index.js';
import { UsersElement } from '../../src/components/internal/users-element.js';
import '../../src/i18n/catalogs/en/later.js';
import { defineElement } from '../../src/components/internal/define-element.js';

/** Renders one catalog string, so tests read what a user would see. */
class I18nProbe extends UsersElement {
  protected override render() {
    return html`<span>${this.i18n.t.common.cancel}</span><span>${this.i18n.t.common.save}</span>`;
  }
}
defineElement('i18n-probe', I18nProbe);

/**
 * Mounts a tree whose root is not a Lit element. open-wc's `fixture` would wait for an animation
 * frame for such a root, and frames don't come while the test page is in the background.
 */
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as HTMLElement;
}

/**
 * Lets a `lang` change land: the MutationObserver callback is already queued as a microtask, and
 * the re-render it requests finishes with `updateComplete`. No timers: pages of a parallel test
 * run sit in the background, where timers and frames are throttled.
 */
async function settled(el: I18nProbe): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

function shownText(el: Element): string {
  return el.shadowRoot!.textContent ?? '';
}

/** Parameters for each function message; anything not listed gets a number, which most accept. */
const SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'errors.rate_limited': { limit: 5 },
  'errors.bad_response': { field: 'items.3.email' },
  'errors.withServerMessage': { message: 'Something went wrong.', serverMessage: 'Group does not exist.' },
  'errors.fields.email_too_long': { max: 254 },
  'errors.fields.name_too_long': { max: 255 },
};
const fallbackParams = new Proxy({}, { get: () => 2 });

type Leaf = { path: string; value: unknown };
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (typeof node !== 'object' || node === null) return [{ path: prefix, value: node }];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}
function renderMessage(leaf: Leaf): string {
  return typeof leaf.value === 'function'
    ? (leaf.value as (params: unknown) => string)(SAMPLE_PARAMS[leaf.path] ?? fallbackParams)
    : (leaf.value as string);
}

describe('catalogs', () => {
  const catalogs = new Map<string, Catalog>();
  before(async () => {
    for (const lang of OFFERED_LANGUAGES) catalogs.set(lang, await loadCatalog(lang));
  });

  it('loads a distinct catalog for each offered language', () => {
    // English arrives in two parts (first paint, then the dialogs' and token list's words).
    expect(catalogs.get('en')).to.deep.equal(en);
    expect(catalogs.get('de')!.common.cancel).to.equal('Abbrechen');
    expect(catalogs.get('zh')!.common.cancel).to.equal('取消');
    expect(catalogs.get('ru')!.common.cancel).to.equal('Отмена');
  });

  for (const lang of ['de', 'zh', 'ru']) {
    it(`${lang} has exactly the English keys, with the same kind of value`, () => {
      const shape = (catalog: Catalog) => leaves(catalog).map((leaf) => `${leaf.path}:${typeof leaf.value}`);
      expect(shape(catalogs.get(lang)!)).to.deep.equal(shape(en));
    });
  }

  for (const lang of OFFERED_LANGUAGES) {
    it(`every ${lang} message renders non-empty plain text`, () => {
      for (const leaf of leaves(catalogs.get(lang)!)) {
        expect(typeof leaf.value, leaf.path).to.be.oneOf(['string', 'function']);
        const text = renderMessage(leaf);
        expect(text, leaf.path).to.be.a('string');
        expect(text.trim(), leaf.path).not.to.equal('');
        expect(text, leaf.path).not.to.match(/undefined|NaN|\[object |<[a-z/]/i);
      }
    });
  }

  it('function messages put their parameters into the sentence', () => {
    for (const lang of OFFERED_LANGUAGES) {
      const t = catalogs.get(lang)!;
      expect(t.errors.rate_limited({ limit: 5 }), lang).to.contain('5');
      expect(t.errors.bad_response({ field: 'items.3.email' }), lang).to.contain('items.3.email');
      expect(t.errors.fields.name_too_long({ max: 255 }), lang).to.contain('255');
    }
  });

  it('Russian picks the plural form for the number', () => {
    const t = catalogs.get('ru')!;
    expect(t.errors.rate_limited({ limit: 1 })).to.contain('1 нового пользователя');
    expect(t.errors.rate_limited({ limit: 5 })).to.contain('5 новых пользователей');
  });
});

describe('I18nController', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    for (const container of mounted.splice(0)) container.remove();
  });

  it('uses the element’s own lang attribute', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="de"></i18n-probe>`);
    await settled(el);
    expect(shownText(el)).to.equal('AbbrechenSpeichern');
    expect(el.i18n.lang).to.equal('de');
  });

  it('uses the nearest ancestor’s lang, and reduces de-DE to de', async () => {
    const wrapper = mount(
      html`<div lang="ru">
        <section lang="de-DE"><i18n-probe></i18n-probe></section>
      </div>`,
    );
    const el = wrapper.querySelector('i18n-probe') as I18nProbe;
    await settled(el);
    expect(shownText(el)).to.equal('AbbrechenSpeichern');
  });

  it('crosses shadow roots to find an ancestor’s lang', async () => {
    const outer = mount(html`<div lang="ru"></div>`);
    const inner = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    const el = document.createElement('i18n-probe') as I18nProbe;
    inner.append(el);
    await settled(el);
    expect(shownText(el)).to.equal('ОтменаСохранить');
  });

  it('falls back to <html lang>, then to English for unknown or uncatalogued languages', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    await settled(el);
    expect(shownText(el)).to.equal('AbbrechenSpeichern');
    el.setAttribute('lang', 'fr');
    await settled(el);
    expect(shownText(el)).to.equal('CancelSave');
    el.setAttribute('lang', 'az');
    await el.updateComplete;
    expect(el.i18n.lang).to.equal('en');
  });

  it('switches language when lang changes at runtime on the element, an ancestor or <html>', async () => {
    const wrapper = mount(html`<div><i18n-probe></i18n-probe></div>`);
    const el = wrapper.querySelector('i18n-probe') as I18nProbe;
    await settled(el);
    expect(shownText(el)).to.equal('CancelSave');

    document.documentElement.lang = 'ru';
    await settled(el);
    expect(shownText(el), '<html lang> change not seen').to.equal('ОтменаСохранить');

    wrapper.setAttribute('lang', 'de');
    await settled(el);
    expect(shownText(el), 'ancestor lang change not seen').to.equal('AbbrechenSpeichern');

    el.lang = 'zh';
    await settled(el);
    expect(shownText(el), 'own lang change not seen').to.equal('取消保存');

    el.removeAttribute('lang');
    await settled(el);
    expect(shownText(el), 'removing own lang not seen').to.equal('AbbrechenSpeichern');
  });

  it('lays host overrides over the language’s catalog', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="de"></i18n-probe>`);
    el.i18nOverrides = { common: { cancel: 'Zurück' } };
    await settled(el);
    expect(shownText(el)).to.equal('ZurückSpeichern');
    el.lang = 'en';
    await settled(el);
    expect(shownText(el), 'override lost when the language changed').to.equal('ZurückSave');
    el.i18nOverrides = undefined;
    await settled(el);
    expect(shownText(el)).to.equal('CancelSave');
  });

  it('ignores override values of the wrong kind instead of breaking', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    el.i18nOverrides = {
      common: { cancel: 42 as unknown as string, languages: 'x' as unknown as Catalog['common']['languages'] },
    };
    await el.updateComplete;
    expect(shownText(el)).to.equal('CancelSave');
    expect(el.i18n.t.common.languages.de).to.equal('German');
  });
});

describe('English in two parts', () => {
  it('the first paint has the list’s words; the dialogs’ and tokens’ sections come with their elements', async () => {
    const { firstPaint } = await import('../../src/i18n/catalogs/en/first-paint.js');
    expect(Object.keys(firstPaint).sort()).to.deep.equal(['common', 'errors', 'roles', 'userList']);
    const english = await loadCatalog('en');
    expect(english.dialogs, 'registered by catalogs/en/later.ts').to.equal(en.dialogs);
    expect(english.tokens).to.equal(en.tokens);
  });
});
