import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import { $, $$, mountList, row, seededAdapter } from './helpers.js';

const display = (node: Element) => getComputedStyle(node).display;

async function listAtWidth(width: string): Promise<ApiTokenList> {
  const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="all"></api-token-list>`);
  el.style.width = width; // CSSOM, not an inline style string: fine under the CSP
  return el;
}

describe('<api-token-list>: layout by container width', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  // The element's own padding (16 px each side) is not the list's room: widths below are the element's.
  it('is the portal’s table at 1100px of room and wider', async () => {
    const el = await listAtWidth('1132px');
    expect(display(row(el, 'Terraform'))).to.equal('table-row');
    expect(display($(el, '.cell-label')!)).to.equal('none');
    expect(display($(el, 'thead')!)).to.equal('table-header-group');
  });

  it('puts each row on two lines from 640px to 1099px, every column inside the element', async () => {
    for (const width of ['672px', '800px', '1131px']) {
      const el = await listAtWidth(width);
      expect(display(row(el, 'Terraform')), width).to.equal('grid');
      const right = el.getBoundingClientRect().right;
      for (const cell of $$(el, 'thead th, [part~="row"] > *')) {
        expect(cell.getBoundingClientRect().right, `${width}: ${cell.dataset['column']}`).to.be.at.most(right + 0.5);
      }
      for (const button of $$(el, '[part~="delete-button"]')) {
        expect(button.scrollWidth, `${width}: Delete is whole`).to.be.at.most(button.clientWidth);
      }
    }
  });

  it('turns into one card per token below 640px, labels shown, semantics kept', async () => {
    const el = await listAtWidth('671px');
    const terraform = row(el, 'Terraform');
    expect(display(terraform)).to.equal('flex');
    const labels = $$(el, '[part~="row"]')[0]!.querySelectorAll('.cell-label');
    // The name needs no label on its own card; every other value has one.
    expect([...labels].map((label) => display(label))).to.deep.equal(['block', 'none', ...Array(6).fill('block')]);
    expect(labels[0]!.getAttribute('aria-hidden')).to.equal('true');
    // The column headers stay for screen readers, off screen.
    expect(getComputedStyle($(el, 'thead')!).clipPath).to.equal('inset(50%)');
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    expect(terraform.getAttribute('role')).to.equal('row');
    // Each status badge is as wide as its word, not stretched across its card.
    for (const badge of $$(el, '[part~="status-badge"]')) {
      const value = badge.getBoundingClientRect().width;
      expect(value, badge.textContent!).to.be.below(badge.closest('tr')!.getBoundingClientRect().width / 3);
    }
    // Nothing to scroll sideways in a card layout.
    const region = $(el, '[part~="table-container"]')!;
    expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('wraps an issuer email after its "@", not wherever the squeezed column ends', async () => {
    const el = await listAtWidth('700px');
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    const emails = $$(el, '.issuer-email');
    const wrapped = emails.filter((email) => lines(email) > 1);
    expect(wrapped.length, 'some email needs two lines at this width').to.be.greaterThan(0);
    for (const email of wrapped) {
      const [local, domain] = [...email.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent,
      );
      expect(local!.textContent!.endsWith('@'), email.textContent!).to.equal(true);
      expect([lines(local!), lines(domain!)], `${email.textContent}: each half on one line`).to.deep.equal([1, 1]);
    }
    expect(emails.map((email) => email.textContent!.trim())).to.include('linus.engineer@example.com');
    await expect(el).to.be.accessible();
  });

  it('fits a 360px container: nothing sticks out, the long issuer select included', async () => {
    const el = await listAtWidth('360px');
    const limit = el.getBoundingClientRect().right + 0.5;
    const offenders = [...el.shadowRoot!.querySelectorAll('*')]
      .filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().right > limit)
      .map((node) => node.getAttribute('part') ?? node.localName);
    expect(offenders).to.deep.equal([]);
  });

  it('follows its container, not the viewport', async () => {
    const el = await listAtWidth('100%');
    await setViewport({ width: 500, height: 800 });
    try {
      expect(display(row(el, 'Terraform'))).to.equal('flex');
      el.style.width = '1200px'; // wider than the viewport: the container decides
      expect(display(row(el, 'Terraform'))).to.equal('table-row');
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
