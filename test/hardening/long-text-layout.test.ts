import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import '../../src/components/api-token-list/api-token-list.js';
import '../../src/components/delete-confirm/delete-confirm.js';
import '../../src/components/user-list/user-list.js';
import type { User } from '../../src/core/index.js';

/**
 * A name, email, token name or server message of 10,000 characters without a space wraps inside
 * the widget instead of widening it (found by the hostile-data suite: the delete dialog, the
 * dialogs' error alerts, the list's load error and announcement, the token list's name column and
 * error each grew about 150,000 px wide and scrolled sideways).
 */
const LONG = 'W'.repeat(10_000);

const mounted: HTMLElement[] = [];
function mount(template: unknown): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  mounted.push(div);
  render(template, div);
  return div.firstElementChild as HTMLElement;
}

function inner(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${el.localName}>`);
  return found;
}

/** The element's box and the text in it end within `right`. */
function expectWithin(node: HTMLElement, right: number, what: string): void {
  const drawnTo = node.getBoundingClientRect().left + Math.max(node.scrollWidth, node.clientWidth);
  expect(Math.round(drawnTo), what).to.be.at.most(Math.round(right) + 1);
}

/** A `<user-list>` in a `width` px column of a portal's font, settled on its rows; its sort buttons. */
async function listAtWidth(width: number): Promise<{ list: HTMLElement; headings: HTMLElement[] }> {
  const list = mount(html`<user-list .adapter=${new MemoryAdapter()} storage-key=""></user-list>`);
  list.parentElement!.style.inlineSize = `${width}px`;
  list.parentElement!.style.font = '16px/1.5 system-ui, sans-serif'; // wider than the default serif
  await waitUntil(() => list.shadowRoot?.querySelectorAll('tbody tr[part~="row"]').length, 'no rows');
  const headings = [...list.shadowRoot!.querySelectorAll<HTMLElement>('th .sort-button')].filter(
    (button) => button.getBoundingClientRect().width > 0,
  );
  return { list, headings };
}

describe('Column headings at every width', () => {
  afterEach(() => {
    for (const div of mounted.splice(0)) div.remove();
  });

  it('give way to one sort select above the cards (390 px)', async () => {
    const { list } = await listAtWidth(390);
    expect(getComputedStyle(list.shadowRoot!.querySelector('thead')!).display, 'no headings').to.equal('none');
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('#card-sort')!;
    const box = select.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.right).to.be.at.most(list.getBoundingClientRect().right);
    // Its value is drawn whole: the chosen option is no wider than the select's text area.
    const option = select.selectedOptions[0]!.textContent!.trim();
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(select).font;
    expect(context.measureText(option).width, `"${option}" fits`).to.be.below(box.width - 24);
    await expect(list).to.be.accessible();
  });

  // 720 px of list is about what a portal's content column leaves beside a side panel: the rows go
  // on two lines there; from 960 px the table has its seven columns.
  for (const width of [720, 820, 1000, 1200]) {
    it(`are whole, wrapping rather than cut, and stay inside their columns at ${width} px`, async () => {
      const { list, headings } = await listAtWidth(width);
      for (const button of headings) {
        const cell = button.closest('th')!.getBoundingClientRect();
        const label = button.querySelector<HTMLElement>('.sort-label')!;
        const name = label.textContent!.trim();
        expect(label.scrollWidth, `${name} is not cut`).to.be.at.most(label.clientWidth + 1);
        expect(getComputedStyle(label).textOverflow, `${name}: no ellipsis`).to.not.equal('ellipsis');
        expect(Math.round(button.getBoundingClientRect().right), `${name}: its button`).to.be.at.most(
          Math.round(cell.right),
        );
      }
      expect(list.scrollWidth, 'no sideways scroll').to.be.at.most(list.clientWidth);
      await expect(list).to.be.accessible();
    });
  }
});

describe('10,000 characters without a space', () => {
  before(() => setViewport({ width: 1024, height: 768 }));
  afterEach(() => {
    for (const div of mounted.splice(0)) div.remove();
  });

  it('wrap in the delete dialog and its error alert', async () => {
    const adapter = new MemoryAdapter({ userCount: 5 });
    const user = adapter.backend.addUser({ email: 'long@example.com', name: LONG, role: 2 }) as User;
    const el = mount(html`<delete-confirm .adapter=${adapter}></delete-confirm>`) as HTMLElement & {
      show(user: User): Promise<unknown>;
    };
    void el.show(user);
    await waitUntil(() => el.shadowRoot?.querySelector('users-dialog-shell'), 'never rendered');
    const dialog = () => inner(el, 'users-dialog-shell').shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog().open && el.shadowRoot!.querySelector('[part~="delete-button"]'), 'never opened');
    expect(dialog().scrollWidth, 'the dialog with the name').to.be.at.most(dialog().clientWidth);

    adapter.failNext('forbidden', { method: 'removeUser', message: LONG });
    inner(el, '[part~="delete-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#error-message'), 'no alert');
    expect(dialog().scrollWidth, 'the dialog with the alert').to.be.at.most(dialog().clientWidth);
    const body = inner(el, 'users-dialog-shell').shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    expect(body.scrollWidth, 'its body').to.be.at.most(body.clientWidth);
  });

  it('wrap in the list’s load error and its announcement', async () => {
    const adapter = new MemoryAdapter({ userCount: 5 });
    adapter.failNext('server_error', { method: 'listUsers', message: LONG });
    const el = mount(html`<user-list .adapter=${adapter} storage-key=""></user-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="load-error"]'), 'no load error');
    const right = el.getBoundingClientRect().right;
    expectWithin(inner(el, '[part~="load-error"] p'), right, 'the load error');

    inner(el, '[part~="retry-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector(`tr[data-user-id="${SEED.notActivatedId}"]`), 'no rows');
    adapter.failNext('server_error', { method: 'resendInvite', message: LONG });
    const menu = el.shadowRoot!.querySelector(`tr[data-user-id="${SEED.notActivatedId}"] users-row-menu`)!;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await (menu as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')]
      .find((item) => item.textContent!.trim() === 'Resend invite')!
      .click();
    await waitUntil(() => inner(el, '[part~="notice"]').textContent!.includes(LONG), 'not announced');
    expectWithin(inner(el, '[part~="notice"]'), right, 'the announcement');
  });

  it('wrap in the token list’s name column and its error', async () => {
    const adapter = new MemoryAdapter({ userCount: 5 });
    adapter.backend.addApiToken({ issuerId: SEED.adminId, name: LONG, role: 1 });
    const el = mount(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]'), 'no rows');
    const region = inner(el, '[part~="table-container"]');
    expect(region.scrollWidth, 'the table scrolls sideways').to.be.at.most(region.clientWidth);

    adapter.failNext('forbidden', { method: 'listApiTokens', message: LONG });
    await (el as HTMLElement & { refresh(): Promise<void> }).refresh();
    expectWithin(inner(el, '[part~="error"] p'), el.getBoundingClientRect().right, 'the error');
  });
});
