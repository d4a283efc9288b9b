import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import { cell, deepActiveElement, mountList, row, seededAdapter } from './helpers.js';

/** The hint is on screen when it has a real box (hidden, it is clipped to 1px like .visually-hidden). */
function hintShown(hint: HTMLElement): boolean {
  const box = hint.getBoundingClientRect();
  return box.width > 20 && getComputedStyle(hint).clipPath === 'none';
}

function issuerOf(el: ApiTokenList, name: string) {
  const issuer = cell(row(el, name), 'issuer').querySelector<HTMLElement>('[part~="issuer-deleted"]')!;
  const hint = el.shadowRoot!.getElementById(issuer.getAttribute('aria-describedby')!)!;
  return { issuer, hint };
}

describe('<api-token-list>: the "user has been deleted" hint', () => {
  afterEach(() => resetMouse());

  it('appears on hover and goes away when the pointer leaves', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="deleted"></api-token-list>`);
    const { issuer, hint } = issuerOf(el, 'Monitoring');
    expect(hintShown(hint)).to.equal(false);

    const box = issuer.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)] });
    expect(hintShown(hint)).to.equal(true);
    await expect(el).to.be.accessible();

    await sendMouse({ type: 'move', position: [0, 0] });
    expect(hintShown(hint)).to.equal(false);
  });

  it('appears on keyboard focus, and Escape dismisses it without moving focus', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="deleted"></api-token-list>`);
    const { issuer, hint } = issuerOf(el, 'Monitoring');

    // Tab from the last control before the table region, as a keyboard user would.
    el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="issuer-filter"]')!.focus();
    await sendKeys({ press: 'Tab' }); // the scrollable table region
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(issuer);
    expect(hintShown(hint)).to.equal(true);

    await sendKeys({ press: 'Escape' });
    expect(hintShown(hint)).to.equal(false);
    expect(deepActiveElement()).to.equal(issuer);

    // Leaving and coming back shows it again.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).not.to.equal(issuer);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(issuer);
    expect(hintShown(hint)).to.equal(true);
  });
});
