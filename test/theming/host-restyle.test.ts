import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/user-list/user-list.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import { $, menuButton, menuItems, rowMenu, rows, settled } from '../components/user-list/helpers.js';

/**
 * A host restyles the widget as the README says it may: with a stylesheet of its own page, through
 * `::part()` and the `--users-*` / `--user-list-*` custom properties, never reaching into a shadow
 * root to style it (the test only reads shadow roots to measure what the browser computed). The
 * colour scheme follows `prefers-color-scheme` until the `theme` attribute pins it, and a host's
 * `--users-color-*` wins over either theme's default.
 */

// The widget's own defaults (src/styles/tokens.ts), as getComputedStyle reports them.
const LIGHT = {
  surface: 'rgb(244, 245, 247)',
  background: 'rgb(255, 255, 255)',
  text: 'rgb(29, 36, 51)',
  accent: 'rgb(196, 60, 0)',
};
const DARK = {
  surface: 'rgb(34, 38, 46)',
  background: 'rgb(22, 25, 31)',
  text: 'rgb(232, 235, 240)',
  accent: 'rgb(255, 138, 76)',
};

/** The host page's stylesheet: plain CSS in the document, the only way a host styles the widget. */
const HOST_CSS = `
  .host-page {
    font-family: Georgia, serif;
  }

  /* Brand: the invite button and the rows through ::part, the spacing through custom properties. */
  .brand user-list::part(invite-button) {
    background: rgb(0, 84, 54);
    border-radius: 999px;
    text-transform: uppercase;
  }
  .brand user-list::part(row) {
    background: rgb(255, 248, 225);
  }
  /* The dialogs inside the list, through the parts it re-exports with the dialog's tag as prefix. */
  .brand user-list::part(invite-dialog-submit-button),
  .brand user-list::part(edit-user-save-button),
  .brand user-list::part(delete-confirm-delete-button) {
    background: rgb(0, 84, 54);
  }
  .brand user-list::part(invite-dialog-input) {
    border-color: rgb(0, 84, 54);
  }
  .brand user-list::part(invite-dialog-heading) {
    text-transform: uppercase;
  }
  .brand user-list {
    --user-list-cell-padding: 18px 14px;
    --user-list-background: rgb(250, 250, 250);
  }

  /* Tokens only: every element (and every dialog inside one) picks them up. */
  .tokens {
    --users-color-accent: rgb(0, 70, 140);
    --users-font: 'Courier New', monospace;
  }

  /* A dark brand colour for the section, kept in either scheme. */
  .dark-brand {
    --users-color-surface: rgb(10, 30, 60);
    --users-color-accent: rgb(120, 200, 255);
  }
`;

let hostStyle: HTMLStyleElement | undefined;
const pages: HTMLElement[] = [];

/** `<div class="host-page {classes}"><user-list …></div>`, settled on its first page of users. */
async function mountInHostPage(classes = '', theme?: 'light' | 'dark'): Promise<UserList> {
  const page = document.createElement('div');
  page.className = `host-page ${classes}`.trim();
  page.lang = 'en';
  const list = document.createElement('user-list');
  list.adapter = new MemoryAdapter();
  list.storageKey = '';
  if (theme) list.setAttribute('theme', theme);
  page.append(list);
  document.body.append(page);
  pages.push(page);
  await settled(list);
  return list;
}

const style = (element: Element) => getComputedStyle(element);
const inviteButton = (list: UserList) => $(list, '[part~="invite-button"]')!;
const firstRow = (list: UserList) => rows(list)[0]!;
const firstCell = (list: UserList) => firstRow(list).querySelector<HTMLTableCellElement>('.col-id')!;

/** The colours the theme decides, measured on the section, its text and its accent button. */
function colours(list: UserList) {
  return {
    surface: style(list).backgroundColor,
    background: style($(list, '[part~="panel"]')!).backgroundColor,
    text: style(list).color,
    accent: style(inviteButton(list)).backgroundColor,
  };
}

describe('Theming from the host page', () => {
  before(() => {
    hostStyle = document.createElement('style');
    hostStyle.textContent = HOST_CSS;
    document.head.append(hostStyle);
  });

  beforeEach(async () => {
    await setViewport({ width: 1100, height: 800 }); // the table layout, not the cards
    await emulateMedia({ colorScheme: 'light' });
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) page.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  after(async () => {
    hostStyle?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  describe('::part and custom properties', () => {
    it("by default uses the host page's font and its own light tokens", async () => {
      const list = await mountInHostPage();
      for (const element of [list, inviteButton(list), firstCell(list), $(list, '[part~="heading"]')!]) {
        expect(style(element).fontFamily, element.localName).to.equal('Georgia, serif');
      }
      expect(colours(list)).to.deep.equal(LIGHT);
      expect(style(firstRow(list)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style(firstCell(list)).paddingTop).to.equal('12px');
      expect(style(firstCell(list)).paddingLeft).to.equal('8px');
      await expect(list).to.be.accessible();
    });

    it('restyles the invite button and the table rows through ::part and --user-list-* properties', async () => {
      const list = await mountInHostPage('brand');
      const button = style(inviteButton(list));
      expect(button.backgroundColor).to.equal('rgb(0, 84, 54)');
      expect(button.borderTopLeftRadius).to.equal('999px');
      expect(button.textTransform).to.equal('uppercase');
      expect(button.color, 'the text colour is still the widget’s').to.equal('rgb(255, 255, 255)');
      for (const row of rows(list)) expect(style(row).backgroundColor).to.equal('rgb(255, 248, 225)');
      expect(style(firstCell(list)).paddingTop).to.equal('18px');
      expect(style(firstCell(list)).paddingLeft).to.equal('14px');
      expect(style(list).backgroundColor).to.equal('rgb(250, 250, 250)');
      // An outer ::part rule beats the widget's own :hover background: the host has the last word.
      const box = firstRow(list).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 40), Math.round(box.top + box.height / 2)] });
      expect(firstRow(list).matches(':hover')).to.equal(true);
      expect(style(firstRow(list)).backgroundColor).to.equal('rgb(255, 248, 225)');
      await resetMouse();
      await expect(list).to.be.accessible();
    });

    it('restyles the dialogs inside the list through its prefixed parts, and only the part named', async () => {
      const list = await mountInHostPage('brand');
      inviteButton(list).click();
      const invite = list.shadowRoot!.querySelector('invite-dialog')!;
      const submit = await waitUntilFound(() => invite.shadowRoot?.querySelector('[part~="submit-button"]'));
      expect(style(submit).backgroundColor).to.equal('rgb(0, 84, 54)');
      for (const input of invite.shadowRoot!.querySelectorAll('input[part~="input"]')) {
        expect(style(input).borderTopColor, input.id).to.equal('rgb(0, 84, 54)');
      }
      // The heading is one shadow root deeper, in the dialog's shell: exported through both.
      const shell = invite.shadowRoot!.querySelector('users-dialog-shell')!;
      expect(style(shell.shadowRoot!.querySelector('[part~="heading"]')!).textTransform).to.equal('uppercase');
      const cancel = invite.shadowRoot!.querySelector('[part~="cancel-button"]')!;
      expect(style(cancel).backgroundColor, 'an unnamed part keeps the widget’s style').not.to.equal('rgb(0, 84, 54)');
      await expect(list).to.be.accessible();
      (invite as HTMLElement & { close(): void }).close();

      for (const [item, tag, part] of [
        ['Edit', 'edit-user', 'save-button'],
        ['Delete', 'delete-confirm', 'delete-button'],
      ] as const) {
        const menu = rowMenu(list, 5)!;
        menuButton(menu).click();
        await menu.updateComplete;
        menuItems(menu)
          .find((button) => button.textContent!.trim() === item)!
          .click();
        const dialog = list.shadowRoot!.querySelector(tag)!;
        const button = await waitUntilFound(() => dialog.shadowRoot?.querySelector(`[part~="${part}"]`));
        expect(style(button).backgroundColor, `${tag} ${part}`).to.equal('rgb(0, 84, 54)');
        await expect(list).to.be.accessible();
        (dialog as HTMLElement & { close(): void }).close();
        await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog[open]'), `${tag} closed`);
      }
    });

    it('--users-* tokens reach every element, the dialogs inside the list included', async () => {
      const list = await mountInHostPage('tokens');
      expect(style(inviteButton(list)).backgroundColor).to.equal('rgb(0, 70, 140)');
      expect(style(firstCell(list)).fontFamily, '--users-font wins over the page font').to.equal(
        '"Courier New", monospace',
      );
      // The invite dialog lives in the list's shadow root, its button one shadow root deeper:
      // custom properties inherit through both, where ::part would need exportparts.
      inviteButton(list).click();
      const dialog = list.shadowRoot!.querySelector('invite-dialog')!;
      const submit = await waitUntilFound(() => dialog.shadowRoot?.querySelector('[part~="submit-button"]'));
      expect(style(submit).backgroundColor).to.equal('rgb(0, 70, 140)');
      expect(style(submit).fontFamily).to.equal('"Courier New", monospace');
      await expect(list).to.be.accessible();
      (dialog as HTMLElement & { close(): void }).close();
    });
  });

  describe('light and dark', () => {
    it('prefers-color-scheme: dark switches the tokens, live, and back', async () => {
      const list = await mountInHostPage();
      expect(colours(list)).to.deep.equal(LIGHT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(colours(list)).to.deep.equal(DARK);
      expect(style(list).colorScheme).to.equal('dark');
      await expect(list).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      expect(colours(list)).to.deep.equal(LIGHT);
    });

    it("a host's --users-color-* wins over the dark defaults, and over the light ones", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const list = await mountInHostPage('dark-brand');
      expect(colours(list)).to.deep.equal({ ...DARK, surface: 'rgb(10, 30, 60)', accent: 'rgb(120, 200, 255)' });
      await expect(list).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      expect(style(list).backgroundColor).to.equal('rgb(10, 30, 60)');
      expect(style(inviteButton(list)).backgroundColor).to.equal('rgb(120, 200, 255)');
    });

    it('theme="light" pins light under a dark preference', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const list = await mountInHostPage('', 'light');
      expect(colours(list)).to.deep.equal(LIGHT);
      expect(style(list).colorScheme).to.equal('light');
      await expect(list).to.be.accessible();
    });

    it('theme="dark" pins dark under a light preference, and the dialogs inside follow', async () => {
      const list = await mountInHostPage('', 'dark');
      expect(colours(list)).to.deep.equal(DARK);
      const dialog = list.shadowRoot!.querySelector('invite-dialog')!;
      expect(dialog.getAttribute('theme')).to.equal('dark');
      inviteButton(list).click();
      const submit = await waitUntilFound(() => dialog.shadowRoot?.querySelector('[part~="submit-button"]'));
      expect(style(submit).backgroundColor).to.equal(DARK.accent);
      await expect(list).to.be.accessible();
      (dialog as HTMLElement & { close(): void }).close();
      // Removing the attribute hands the choice back to the preference.
      list.removeAttribute('theme');
      await list.updateComplete;
      expect(colours(list)).to.deep.equal(LIGHT);
    });
  });
});

async function waitUntilFound(find: () => Element | null | undefined): Promise<Element> {
  let found: Element | null | undefined;
  await waitUntil(() => (found = find()), 'the element never appeared', { timeout: 4000 });
  return found!;
}
