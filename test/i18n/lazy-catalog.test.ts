import { expect, fixture, html } from '@open-wc/testing';
import { UsersElement } from '../../src/components/internal/users-element.js';
import { loadCatalog, loadedCatalog } from '../../src/i18n/index.js';
import { defineElement } from '../../src/components/internal/define-element.js';

// Its own file, so its own page: no other test has loaded a catalog yet.

class LazyProbe extends UsersElement {
  protected override render() {
    return html`${this.i18n.t.common.cancel}`;
  }
}
defineElement('lazy-probe', LazyProbe);

describe('lazy catalogs', () => {
  it('renders English until the catalog in use arrives, then re-renders; loads no other language', async () => {
    expect(loadedCatalog('zh')).to.equal(undefined);
    const el = await fixture<LazyProbe>(html`<lazy-probe lang="zh"></lazy-probe>`);
    expect(el.i18n.lang).to.equal('zh');
    expect(el.shadowRoot!.textContent).to.equal('Cancel');
    // The element's own request is the same pending import; once it resolves, the host re-renders.
    await loadCatalog('zh');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('取消');
    expect(loadedCatalog('de')).to.equal(undefined);
    expect(loadedCatalog('ru')).to.equal(undefined);
  });
});
