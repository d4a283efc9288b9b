import { expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../../src/components/internal/row-menu.js';
import type { RowMenu, RowMenuItem } from '../../../src/components/internal/row-menu.js';
import '../../support/token-host.js';

const ITEMS: RowMenuItem[] = [
  { value: 'edit', label: 'Edit' },
  { value: 'resendInvite', label: 'Resend invite' },
  { value: 'delete', label: 'Delete', danger: true },
];

const mounted: HTMLElement[] = [];

/**
 * The menu between two ordinary buttons, so Tab has somewhere to go, in a host that resolves the
 * widget tokens as `<user-list>` does for the menus in its rows. Mounted by hand: open-wc's
 * `fixture` waits for an animation frame when the root is not a Lit element, and a page running in
 * the background next to another test file gets none.
 */
async function mountMenu(items: readonly RowMenuItem[] = ITEMS) {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  mounted.push(wrapper);
  render(
    html`<test-token-host>
      <button id="before">Before</button>
      <users-row-menu .items=${items} label="Actions for Ada Lovelace"></users-row-menu>
      <button id="after">After</button>
    </test-token-host>`,
    wrapper,
  );
  const menu = wrapper.querySelector('users-row-menu') as RowMenu;
  await menu.updateComplete;
  return { wrapper, menu };
}

function trigger(menu: RowMenu): HTMLButtonElement {
  return menu.shadowRoot!.querySelector('button[aria-haspopup="menu"]')!;
}

function popup(menu: RowMenu): HTMLElement {
  return menu.shadowRoot!.querySelector('[role="menu"]')!;
}

function items(menu: RowMenu): HTMLElement[] {
  return [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}

function focusedLabel(menu: RowMenu): string | undefined {
  return (menu.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.trim();
}

function isOpen(menu: RowMenu): boolean {
  return trigger(menu).getAttribute('aria-expanded') === 'true' && !popup(menu).hidden;
}

async function press(menu: RowMenu, key: string): Promise<void> {
  await sendKeys({ press: key });
  await menu.updateComplete;
}

describe('<users-row-menu>', () => {
  afterEach(async () => {
    for (const wrapper of mounted.splice(0)) wrapper.remove();
    await resetMouse();
  });

  it('is a named menu button, closed at first, and accessible open and closed', async () => {
    const { wrapper, menu } = await mountMenu();
    const button = trigger(menu);
    expect(button.getAttribute('aria-label')).to.equal('Actions for Ada Lovelace');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(popup(menu).id);
    expect(popup(menu).hidden).to.equal(true);
    expect(popup(menu).getAttribute('aria-labelledby')).to.equal(button.id);
    await expect(wrapper).to.be.accessible();

    button.focus();
    await press(menu, 'Enter');
    expect(isOpen(menu)).to.equal(true);
    expect(items(menu).map((item) => item.textContent!.trim())).to.deep.equal(['Edit', 'Resend invite', 'Delete']);
    expect(items(menu)[2]!.getAttribute('part')).to.contain('danger-item');
    await expect(wrapper).to.be.accessible();
  });

  for (const key of ['Enter', 'Space', 'ArrowDown']) {
    it(`${key} on the button opens the menu on the first item`, async () => {
      const { menu } = await mountMenu();
      trigger(menu).focus();
      await press(menu, key);
      expect(isOpen(menu)).to.equal(true);
      expect(focusedLabel(menu)).to.equal('Edit');
    });
  }

  it('ArrowUp on the button opens the menu on the last item', async () => {
    const { menu } = await mountMenu();
    trigger(menu).focus();
    await press(menu, 'ArrowUp');
    expect(isOpen(menu)).to.equal(true);
    expect(focusedLabel(menu)).to.equal('Delete');
  });

  it('arrows move with wrap-around, Home and End jump, a letter finds its item', async () => {
    const { menu } = await mountMenu();
    trigger(menu).focus();
    await press(menu, 'ArrowDown');
    await press(menu, 'ArrowDown');
    expect(focusedLabel(menu)).to.equal('Resend invite');
    await press(menu, 'ArrowDown');
    await press(menu, 'ArrowDown');
    expect(focusedLabel(menu), 'wraps from last to first').to.equal('Edit');
    await press(menu, 'ArrowUp');
    expect(focusedLabel(menu), 'wraps from first to last').to.equal('Delete');
    await press(menu, 'Home');
    expect(focusedLabel(menu)).to.equal('Edit');
    await press(menu, 'End');
    expect(focusedLabel(menu)).to.equal('Delete');
    await press(menu, 'r');
    expect(focusedLabel(menu)).to.equal('Resend invite');
  });

  it('Escape closes and returns focus to the button, without picking anything', async () => {
    const { menu } = await mountMenu();
    let picked = 0;
    menu.addEventListener('row-menu-select', () => (picked += 1));
    trigger(menu).focus();
    await press(menu, 'Enter');
    await press(menu, 'Escape');
    expect(isOpen(menu)).to.equal(false);
    expect(menu.shadowRoot!.activeElement === trigger(menu), 'focus is on the button').to.equal(true);
    expect(picked).to.equal(0);
  });

  it('Enter on an item picks it: the menu closes, focus is back on the button, the event says which', async () => {
    const { menu } = await mountMenu();
    trigger(menu).focus();
    await press(menu, 'ArrowDown');
    await press(menu, 'ArrowDown');
    const picked = oneEvent(menu, 'row-menu-select');
    await sendKeys({ press: 'Enter' });
    const event = (await picked) as CustomEvent<{ value: string }>;
    expect(event.detail.value).to.equal('resendInvite');
    await menu.updateComplete;
    expect(isOpen(menu)).to.equal(false);
    expect(menu.shadowRoot!.activeElement === trigger(menu), 'focus is on the button').to.equal(true);
  });

  it('Space on an item picks it too', async () => {
    const { menu } = await mountMenu();
    trigger(menu).focus();
    await press(menu, 'ArrowUp');
    const picked = oneEvent(menu, 'row-menu-select');
    await sendKeys({ press: 'Space' });
    expect(((await picked) as CustomEvent<{ value: string }>).detail.value).to.equal('delete');
  });

  it('Tab and Shift+Tab close the menu and move on from the button', async () => {
    const { menu } = await mountMenu();
    trigger(menu).focus();
    await press(menu, 'Enter');
    await press(menu, 'Tab');
    expect(isOpen(menu)).to.equal(false);
    expect(document.activeElement?.id, 'focus moved on').to.equal('after');

    trigger(menu).focus();
    await press(menu, 'ArrowDown');
    await sendKeys({ down: 'Shift' });
    await press(menu, 'Tab');
    await sendKeys({ up: 'Shift' });
    expect(isOpen(menu)).to.equal(false);
    expect(document.activeElement?.id, 'focus moved back').to.equal('before');
  });

  it('opens and picks with the mouse, and closes on a click outside', async () => {
    const { wrapper, menu } = await mountMenu();
    const click = async (element: Element) => {
      const rect = element.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
      });
      await menu.updateComplete;
    };
    await click(trigger(menu));
    expect(isOpen(menu)).to.equal(true);
    await click(wrapper.querySelector('#before')!);
    expect(isOpen(menu), 'a click outside closes it').to.equal(false);

    await click(trigger(menu));
    const picked = oneEvent(menu, 'row-menu-select');
    await click(items(menu)[0]!);
    expect(((await picked) as CustomEvent<{ value: string }>).detail.value).to.equal('edit');
    expect(isOpen(menu)).to.equal(false);
  });

  it('a second click on the button closes it', async () => {
    const { menu } = await mountMenu();
    trigger(menu).click();
    await menu.updateComplete;
    expect(isOpen(menu)).to.equal(true);
    trigger(menu).click();
    await menu.updateComplete;
    expect(isOpen(menu)).to.equal(false);
  });

  it('opens upwards when there is no room below', async () => {
    const { wrapper, menu } = await mountMenu();
    wrapper.style.paddingTop = `${window.innerHeight - 40}px`;
    trigger(menu).click();
    await menu.updateComplete;
    const list = popup(menu).getBoundingClientRect();
    expect(list.bottom).to.be.at.most(trigger(menu).getBoundingClientRect().top);
    expect(list.top).to.be.at.least(0);

    trigger(menu).click();
    await menu.updateComplete;
    wrapper.style.paddingTop = '0';
    trigger(menu).click();
    await menu.updateComplete;
    expect(popup(menu).getBoundingClientRect().top, 'below again').to.be.at.least(
      trigger(menu).getBoundingClientRect().bottom,
    );
  });

  it('does not open without items', async () => {
    const { menu } = await mountMenu([]);
    trigger(menu).focus();
    await press(menu, 'Enter');
    expect(isOpen(menu)).to.equal(false);
  });

  it('focus() moves focus to the button', async () => {
    const { menu } = await mountMenu();
    menu.focus();
    expect(menu.shadowRoot!.activeElement === trigger(menu), 'focus is on the button').to.equal(true);
  });
});
