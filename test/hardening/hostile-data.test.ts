import { aTimeout, expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createReferenceInstance } from '../../demo/server/reference-client.js';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import type { ApiToken, User } from '../../src/core/index.js';
import { census, censusDiff, injected, sticksOut } from './dom-census.js';
import { HOSTILE_VALUES, controlValue, shownName } from './hostile-values.js';
import {
  $,
  announced,
  announcement,
  listSettled,
  mountTokenList,
  mountUserList,
  nativeDialog,
  pick,
  text,
  tokenRow,
  tokensSettled,
  unmountAll,
  until,
  userRow,
  whenOpen,
  type Updatable,
} from './ui.js';
import { gcoreAdapterFor } from '../support/reference-adapter.js';

/**
 * Issue 7: hostile values as user names, emails, token names and descriptions, and server error
 * messages. Wherever the widget shows them they are text: the exact value is in the DOM text, no
 * element, attribute or comment came from it (compared with the same render of harmless values),
 * no script ran, the layout holds at 1024 px and in a 360 px container, and axe passes.
 */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const hostile = HOSTILE_VALUES.map((entry) => entry.value);
const controls = HOSTILE_VALUES.map((_entry, index) => controlValue(index));
const FIRST_ID = 100;

type Kind = 'name' | 'email';

/** One user per value, the value as `kind`, ids from 100 in the values' order. */
function accountWith(values: readonly string[], kind: Kind): { adapter: MemoryAdapter; users: User[] } {
  const adapter = new MemoryAdapter({ userCount: 5 });
  const users = values.map((value, index) =>
    adapter.backend.addUser({
      id: FIRST_ID + index,
      name: kind === 'name' ? value : null,
      email: kind === 'email' ? value : `user${index}@example.com`,
      role: 2,
      // Not activated: the row offers "Resend invite", whose announcement names the email.
      activated: kind === 'name',
    }),
  );
  return { adapter, users };
}

/**
 * One token per value: its name and description the value, issued by a removed member named by the
 * value (`kind` name: the name; `kind` email: no name, the value as email), so it shows struck through.
 */
function tokensWith(values: readonly string[], kind: Kind): { adapter: MemoryAdapter; tokens: ApiToken[] } {
  const adapter = new MemoryAdapter({ userCount: 5 });
  const tokens = values.map((value, index) => {
    const issuer = adapter.backend.addUser({
      id: FIRST_ID + index,
      name: kind === 'name' ? value : null,
      email: kind === 'email' ? value : `issuer${index}@example.com`,
      deleted: true,
    });
    // Expired: with the two expired fixtures, 49 tokens, one page of 50 under the "Expired" filter.
    return adapter.backend.addApiToken({
      issuerId: issuer.id,
      name: value,
      description: value,
      role: 2,
      expDate: '2020-01-01T00:00:00.000Z',
    });
  });
  return { adapter, tokens };
}

// ---- the guarantees -------------------------------------------------------------------------------

/** Nothing under `el` reaches past `right`, and nothing in it scrolls sideways. */
function expectWithin(el: Element, right: number, what: string): void {
  expect(sticksOut(el, right), `${what}: drawn past the container`).to.deep.equal([]);
  const scrollers: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      const overflow = getComputedStyle(node).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth + 1) {
        scrollers.push(`<${node.localName} part="${node.getAttribute('part') ?? ''}"> ${node.scrollWidth}px`);
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  expect(scrollers, `${what}: scrolls sideways`).to.deep.equal([]);
}

/** A dialog fits the viewport, and nothing in it (its shell, slotted content included) is drawn past it or scrolls sideways. */
function expectDialogFits(host: Element, what: string): void {
  const dialog = nativeDialog(host);
  const rect = dialog.getBoundingClientRect();
  expect(rect.right, `${what}: the dialog fits the viewport`).to.be.at.most(window.innerWidth);
  expect(dialog.scrollWidth, `${what}: the dialog scrolls sideways`).to.be.at.most(dialog.clientWidth);
  expectWithin($(host, 'users-dialog-shell')!, rect.right, what);
}

function expectNoMarkup(control: Element | Map<string, number>, el: Element, what: string): void {
  const expected = control instanceof Map ? control : census(control);
  expect(censusDiff(expected, census(el)), `${what}: elements, attributes or comments from the data`).to.deep.equal([]);
  expect(injected(el), `${what}: foreign elements or handler attributes`).to.deep.equal([]);
}

describe('hostile data is shown as text, never run as markup', () => {
  before(async () => {
    await setViewport({ width: 1024, height: 768 });
    expect(HOSTILE_VALUES.length).to.be.at.least(40);
  });

  afterEach(async () => {
    unmountAll();
    // Handlers such as onerror fire after a failed load: give them the time to.
    await aTimeout(50);
    expect(window.__pwned, 'an injected script ran').to.equal(undefined);
  });

  for (const kind of ['name', 'email'] as const) {
    it(`list rows and row-menu names at 1024 px, each value as a ${kind}`, async () => {
      const control = await mountUserList(accountWith(controls, kind).adapter, { pageSize: 100 });
      const { adapter, users } = accountWith(hostile, kind);
      const el = await mountUserList(adapter, { pageSize: 100 });

      for (const [index, user] of users.entries()) {
        const { label, value } = HOSTILE_VALUES[index]!;
        const cells = userRow(el, user.id).cells;
        const span = cells[kind === 'name' ? 2 : 1]!.querySelector<HTMLElement>('.value-text')!;
        expect(span.textContent, `${label}: the cell`).to.equal(value);
        const menu = userRow(el, user.id).querySelector('users-row-menu')!;
        expect(menu.shadowRoot!.querySelector('button')!.getAttribute('aria-label'), `${label}: the menu`).to.equal(
          `Actions for ${shownName(user.name, user.email)}`,
        );
        // Long values wrap inside their column, never pushing the table wider.
        const cell = cells[kind === 'name' ? 2 : 1]!.getBoundingClientRect();
        expect(span.getBoundingClientRect().right, `${label}: inside its cell`).to.be.at.most(cell.right + 1);
      }
      expectNoMarkup(control, el, 'the list');
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(
        document.documentElement.clientWidth,
      );
      expectWithin(el, el.parentElement!.getBoundingClientRect().right, 'the list at 1024 px');
      await expect(el).to.be.accessible();
    });
  }

  // 2 × 47 cards, each checked: longer than the default 10 s on a loaded 2-core machine.
  it('cards in a 360 px container hold every value, whole, without sticking out', async function (this: Mocha.Context) {
    this.timeout(40_000);
    for (const kind of ['name', 'email'] as const) {
      const control = await mountUserList(accountWith(controls, kind).adapter, { width: '360px', pageSize: 100 });
      const { adapter, users } = accountWith(hostile, kind);
      const el = await mountUserList(adapter, { width: '360px', pageSize: 100 });
      expect(getComputedStyle(userRow(el, users[0]!.id)).display, 'cards').to.equal('flex');
      for (const [index, user] of users.entries()) {
        const span = userRow(el, user.id).cells[kind === 'name' ? 2 : 1]!.querySelector<HTMLElement>('.value-text')!;
        expect(span.textContent, `${HOSTILE_VALUES[index]!.label} (${kind})`).to.equal(HOSTILE_VALUES[index]!.value);
      }
      expectNoMarkup(control, el, `cards (${kind})`);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      expectWithin(el, el.parentElement!.getBoundingClientRect().right, `cards at 360 px (${kind})`);
      await expect(el).to.be.accessible();
    }
  });

  for (const kind of ['name', 'email'] as const) {
    it(`edit and delete dialogs and the announcements after them, each value as a ${kind}`, async () => {
      // The same dialogs for a harmless user, for comparison.
      const controlList = await mountUserList(accountWith([controls[0]!], kind).adapter, { pageSize: 100 });
      const controlEdit = $(controlList, 'edit-user')!;
      const controlRemove = $(controlList, 'delete-confirm')!;
      await pick(controlList, FIRST_ID, 'Edit');
      await whenOpen(controlEdit, '#role-5', 'control edit');
      const editCensus = census(controlEdit);
      nativeDialog(controlEdit).close();
      await pick(controlList, FIRST_ID, 'Delete');
      await whenOpen(controlRemove, '[part~="delete-button"]', 'control delete');
      const removeCensus = census(controlRemove);
      nativeDialog(controlRemove).close();

      const { adapter, users } = accountWith(hostile, kind);
      const el = await mountUserList(adapter, { pageSize: 100 });
      const edit = $(el, 'edit-user')!;
      const remove = $(el, 'delete-confirm')!;
      for (const [index, user] of users.entries()) {
        const { label, value } = HOSTILE_VALUES[index]!;
        const what = `${label} (${kind})`;
        const named = shownName(user.name, user.email);

        if (kind === 'email') {
          await pick(el, user.id, 'Resend invite');
          await announced(el, `Invitation sent again to ${value}.`);
          await listSettled(el);
        }

        await pick(el, user.id, 'Edit');
        await whenOpen(edit, '#role-5', `${what}: edit`);
        const field = $(edit, kind === 'name' ? '#name' : '#email') as HTMLInputElement;
        // A text input can't hold line breaks: the browser drops them from its value.
        expect(field.value, `${what}: the read-only ${kind}`).to.equal(value.replace(/[\r\n]/g, ''));
        expectNoMarkup(editCensus, edit, `${what}: edit dialog`);
        expectDialogFits(edit, `${what}: edit dialog`);
        ($(edit, '#role-5') as HTMLInputElement).click();
        await (edit as Updatable).updateComplete;
        ($(edit, '[part~="save-button"]') as HTMLButtonElement).click();
        await announced(el, `User ${named} was updated.`);
        await listSettled(el);

        await pick(el, user.id, 'Delete');
        await whenOpen(remove, '[part~="delete-button"]', `${what}: delete`);
        const who = user.name ? `${user.name} (${user.email})` : user.email;
        expect(text($(remove, '[part~="consequence"]')), `${what}: the delete text names the user`).to.equal(
          `${who} will lose access to this account only. Their access to other accounts is unchanged.`,
        );
        expectNoMarkup(removeCensus, remove, `${what}: delete dialog`);
        expectDialogFits(remove, `${what}: delete dialog`);
        ($(remove, '[part~="delete-button"]') as HTMLButtonElement).click();
        await announced(el, `User ${named} was removed.`);
        await listSettled(el);
        expect($(el, `tbody tr[data-user-id="${user.id}"]`), `${what}: removed`).to.equal(null);
      }
      expect(adapter.callsOf('removeUser')).to.have.length(hostile.length);
    });
  }

  it('the invite dialog sends a pasted name as typed and the new rows show it', async () => {
    // Five invitations a day per Administrator: the clock moves on a day for each.
    let day = Date.parse('2030-01-01T12:00:00Z');
    const adapter = new MemoryAdapter({ userCount: 5, now: () => new Date(day) });
    const el = await mountUserList(adapter, { pageSize: 100 });
    const invite = $(el, 'invite-dialog')!;
    ($(el, '[part~="invite-button"]') as HTMLButtonElement).click();
    await whenOpen(invite, '#name', 'invite');
    const expectedNames = new Map<string, string>();
    for (const [index, { label, value }] of HOSTILE_VALUES.entries()) {
      const email = `invitee${index}@example.com`;
      const name = $(invite, '#name') as HTMLInputElement;
      // Pasted: one input event with the whole value, as a paste gives.
      name.value = value;
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const emailField = $(invite, '#email') as HTMLInputElement;
      emailField.value = email;
      emailField.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await (invite as Updatable).updateComplete;
      ($(invite, '[part~="submit-button"]') as HTMLButtonElement).click();
      // What the field holds: the browser drops line breaks; the form trims.
      const typed = value.replace(/[\r\n]/g, '').trim();
      if (typed.length > 255) {
        await until(
          () => $(invite, '#name-error'),
          () => `${label}: no length error`,
        );
        expect(text($(invite, '#name-error'))).to.equal('The name can be at most 255 characters long.');
        expect(name.value, `${label}: the field keeps the value`).to.equal(value.replace(/[\r\n]/g, ''));
        continue;
      }
      await until(
        () => $(invite, '[part~="result"]'),
        () => `${label}: the invitation never went out`,
      );
      expectedNames.set(email, typed);
      day += 86_400_000;
      expect(text($(invite, '[part~="result"]'))).to.contain(email);
      expectDialogFits(invite, `${label}: invite result`);
      ($(invite, '[part~="invite-another-button"]') as HTMLButtonElement).click();
      await until(
        () => $(invite, '#name'),
        () => `${label}: no new form`,
      );
    }
    const sent = adapter.callsOf('inviteUser').map((call) => call.args[0] as { email: string; name?: string });
    expect(sent.map((input) => [input.email, input.name])).to.deep.equal([...expectedNames]);
    ($(invite, '[part~="cancel-button"]') as HTMLButtonElement).click();
    await until(
      () => announcement(el).startsWith('Invitation sent to invitee'),
      () => 'the invitations were not announced',
    );
    await listSettled(el);
    const byEmail = new Map(
      [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-user-id]')].map((tr) => [
        text(tr.cells[1]!.querySelector('.value-text')),
        tr.cells[2]!.querySelector('.value-text')?.textContent ?? null,
      ]),
    );
    for (const [email, name] of expectedNames) expect(byEmail.get(email), email).to.equal(name);
    expect(injected(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const kind of ['name', 'email'] as const) {
    it(`the token list shows names, descriptions and struck-through issuers, each value as the issuer's ${kind}`, async () => {
      const control = await mountTokenList(tokensWith(controls, kind).adapter, 'expired');
      const { adapter, tokens } = tokensWith(hostile, kind);
      const el = await mountTokenList(adapter, 'expired');
      // Page size 50 shows them all.
      const size = $(el, '[part~="page-size"] select, select[part~="page-size"]') as HTMLSelectElement;
      for (const list of [control, el]) {
        const select = $(list, '[part~="page-size"] select, select[part~="page-size"]') as HTMLSelectElement;
        select.value = '50';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await list.updateComplete;
      }
      expect(size.value).to.equal('50');
      const options = [...($(el, '[part~="issuer-filter"]') as HTMLSelectElement).options].map((o) => o.textContent);
      for (const [index, token] of tokens.entries()) {
        const { label, value } = HOSTILE_VALUES[index]!;
        const tr = tokenRow(el, token.id);
        expect(tr.querySelector('[data-column="name"] .value')!.textContent, `${label}: name`).to.equal(value);
        expect(tr.querySelector('.description')!.textContent, `${label}: description`).to.equal(value);
        const struck = tr.querySelector(kind === 'name' ? 's.issuer-name' : 's.issuer-email');
        expect(struck?.textContent, `${label}: the removed issuer, struck through`).to.equal(value);
        expect(text(tr.querySelector('[part~="issuer-hint"]'))).to.equal('The user has been deleted');
        const issuer = kind === 'name' ? `${value} (issuer${index}@example.com)` : value;
        expect(
          options.some((option) => option!.includes(`${issuer} (deleted user)`)),
          `${label}: the issuer filter's option`,
        ).to.equal(true);
      }
      expectNoMarkup(control, el, 'the token list');
      expectWithin(el, el.parentElement!.getBoundingClientRect().right, 'the token list at 1024 px');
      await expect(el).to.be.accessible();

      // Cards in a 360 px container.
      el.parentElement!.style.width = '360px';
      control.parentElement!.style.width = '360px';
      await until(
        () => getComputedStyle(tokenRow(el, tokens[0]!.id)).display === 'flex',
        () => 'no cards at 360 px',
      );
      expectNoMarkup(control, el, 'the token cards');
      expectWithin(el, el.parentElement!.getBoundingClientRect().right, 'the token list at 360 px');
      await expect(el).to.be.accessible();
    });
  }

  it('deleting each token: the confirmation and the announcement name it as text', async () => {
    const { adapter, tokens } = tokensWith(hostile, 'name');
    const el = await mountTokenList(adapter, 'expired');
    const select = $(el, '[part~="page-size"] select, select[part~="page-size"]') as HTMLSelectElement;
    select.value = '50';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    for (const [index, token] of tokens.entries()) {
      const { label, value } = HOSTILE_VALUES[index]!;
      const button = tokenRow(el, token.id).querySelector<HTMLButtonElement>('[part~="delete-button"]')!;
      expect(button.getAttribute('aria-label'), `${label}: the button's name`).to.equal(`Delete token ${value}`);
      button.click();
      const dialog = await whenOpen(el, '[part~="confirm-button"]', `${label}: confirmation`);
      await until(
        () => text($(el, '[slot="description"]')).includes(value.trim()),
        () => `${label}: the confirmation does not name the token`,
      );
      expect($(el, '[slot="description"]')!.textContent!.trim()).to.equal(
        `The token “${value}” stops working immediately: any application that uses it loses access to the API. This can't be undone.`,
      );
      expect(injected(el), label).to.deep.equal([]);
      expectDialogFits(el, `${label}: token confirmation`);
      ($(el, '[part~="confirm-button"]') as HTMLButtonElement).click();
      await until(
        () => !dialog.open && text($(el, '[part~="announcer"]')) === `The token “${value.trim()}” was deleted.`.trim(),
        () => `${label}: not announced; the live region says ${text($(el, '[part~="announcer"]')).slice(0, 200)}`,
      );
      expect($(el, '[part~="announcer"]')!.textContent!.trim()).to.equal(`The token “${value}” was deleted.`);
      await tokensSettled(el);
    }
    expect(adapter.callsOf('deleteApiToken')).to.have.length(hostile.length);
  });

  it('the token list embedded in the delete dialog shows the blocking tokens as text', async () => {
    const build = (values: readonly string[]) => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      const holder = adapter.backend.addUser({ id: FIRST_ID, name: values[0]!, email: 'holder@example.com', role: 2 });
      const tokens = values.map((value) =>
        adapter.backend.addApiToken({ issuerId: holder.id, name: value, description: value, role: 2 }),
      );
      return { adapter, tokens };
    };
    const blockedDialog = async (adapter: MemoryAdapter) => {
      const el = await mountUserList(adapter);
      const remove = $(el, 'delete-confirm')!;
      await pick(el, FIRST_ID, 'Delete');
      await whenOpen(remove, '[part~="delete-button"]', 'delete');
      ($(remove, '[part~="delete-button"]') as HTMLButtonElement).click();
      await whenOpen(remove, 'api-token-list', 'blocked delete');
      const embedded = $(remove, 'api-token-list') as ApiTokenList;
      await tokensSettled(embedded);
      return { el, remove, embedded };
    };
    const control = await blockedDialog(build(controls).adapter);
    const controlCensus = census(control.remove);
    ($(control.remove, '[part~="cancel-button"]') as HTMLButtonElement).click();
    const { adapter, tokens } = build(hostile);
    const { remove, embedded } = await blockedDialog(adapter);
    for (const [index, token] of tokens.entries()) {
      const { label, value } = HOSTILE_VALUES[index]!;
      const tr = tokenRow(embedded, token.id);
      expect(tr.querySelector('[data-column="name"] .value')!.textContent, `${label}: name`).to.equal(value);
      expect(tr.querySelector('.description')!.textContent, `${label}: description`).to.equal(value);
      expect(tr.querySelector('.issuer-name')!.textContent, 'the issuer').to.equal(hostile[0]);
    }
    expectNoMarkup(controlCensus, remove, 'the embedded list');
    expectDialogFits(remove, 'the delete dialog with the embedded list');
    await expect(remove).to.be.accessible();
  });

  describe('server messages', () => {
    /** The sentence the widget adds the server's words to (`errors.withServerMessage`). */
    const said = (value: string) => `The server said: "${value.trim()}"`;

    it('in the list’s load error, which Try again clears', async () => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      const el = await mountUserList(adapter);
      adapter.failNext('server_error', { method: 'listUsers', message: controls[0] });
      await el.refresh();
      const controlCensus = census(el);
      ($(el, '[part~="retry-button"]') as HTMLButtonElement).click();
      await listSettled(el);
      for (const { label, value } of HOSTILE_VALUES) {
        adapter.failNext('server_error', { method: 'listUsers', message: value });
        await el.refresh();
        const error = $(el, '[part~="load-error"]');
        expect(error?.textContent, label).to.contain(
          `The users couldn't be loaded. The server ran into a problem. Try again in a few minutes. ${said(value)}`,
        );
        expectNoMarkup(controlCensus, el, `${label}: load error`);
        expectWithin(el, el.parentElement!.getBoundingClientRect().right, `${label}: load error`);
        ($(el, '[part~="retry-button"]') as HTMLButtonElement).click();
        await listSettled(el);
        expect($(el, '[part~="load-error"]'), `${label}: Try again`).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });

    it('in the resend announcement', async () => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      const el = await mountUserList(adapter);
      for (const { label, value } of HOSTILE_VALUES) {
        adapter.failNext('unknown', { method: 'resendInvite', message: value });
        await pick(el, SEED.notActivatedId, 'Resend invite');
        await announced(
          el,
          `The invitation to new.hire@example.com could not be sent again. Something went wrong. Try again. ${said(value)}`,
        );
        expect(injected(el), label).to.deep.equal([]);
        expectWithin(el, el.parentElement!.getBoundingClientRect().right, `${label}: announcement`);
      }
    });

    it('in the invite dialog: the error alert and the server’s words under a field', async () => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      const el = await mountUserList(adapter);
      const invite = $(el, 'invite-dialog')!;
      ($(el, '[part~="invite-button"]') as HTMLButtonElement).click();
      await whenOpen(invite, '#email', 'invite');
      const email = $(invite, '#email') as HTMLInputElement;
      email.value = 'someone@example.com';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const submit = () => ($(invite, '[part~="submit-button"]') as HTMLButtonElement).click();
      for (const { label, value } of HOSTILE_VALUES) {
        adapter.failNext('forbidden', { method: 'inviteUser', message: value });
        submit();
        await until(
          () => text($(invite, '[part~="error"]')).includes(value.trim()),
          () => `${label}: no alert`,
        );
        expect($(invite, '[part~="error"]')!.textContent!.trim()).to.equal(
          `You don't have permission to do this. ${said(value)}`,
        );
        expectDialogFits(invite, `${label}: invite alert`);

        adapter.failNext('validation', { method: 'inviteUser', fieldErrors: { email: [value] } });
        submit();
        await until(
          () => $(invite, '#email-error')?.textContent === value,
          () => `${label}: not under the field`,
        );
        expect(injected(invite), label).to.deep.equal([]);
        expectDialogFits(invite, `${label}: field error`);
      }
      submit();
      await until(
        () => $(invite, '[part~="result"]'),
        () => 'submitting again never worked',
      );
    });

    it('in the edit and delete dialogs, and the token deletion', async () => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      const el = await mountUserList(adapter);
      const edit = $(el, 'edit-user')!;
      await pick(el, SEED.userId, 'Edit');
      await whenOpen(edit, '#role-5', 'edit');
      ($(edit, '#role-5') as HTMLInputElement).click();
      await (edit as Updatable).updateComplete;
      for (const { label, value } of HOSTILE_VALUES) {
        adapter.failNext('server_error', { method: 'setUserRole', message: value });
        ($(edit, '[part~="save-button"]') as HTMLButtonElement).click();
        await until(
          () => text($(edit, '[part~="not-saved"]')).includes(value.trim()),
          () => `${label}: no report`,
        );
        expect(text($(edit, '[part~="not-saved"]')).replace(/\s+/g, ' ')).to.contain('Not saved: role.');
        expect($(edit, '[part~="not-saved"]')!.textContent).to.contain(said(value));
        expect(injected(edit), label).to.deep.equal([]);
        expectDialogFits(edit, `${label}: edit report`);
      }
      nativeDialog(edit).close();

      const remove = $(el, 'delete-confirm')!;
      await pick(el, SEED.userId, 'Delete');
      await whenOpen(remove, '[part~="delete-button"]', 'delete');
      for (const { label, value } of HOSTILE_VALUES) {
        adapter.failNext('forbidden', { method: 'removeUser', message: value });
        ($(remove, '[part~="delete-button"]') as HTMLButtonElement).click();
        await until(
          () => text($(remove, '#error-message')).includes(value.trim()),
          () => `${label}: no alert`,
        );
        expect(text($(remove, '#error-message'))).to.equal(`You don't have permission to do this. ${said(value)}`);
        expect(injected(remove), label).to.deep.equal([]);
        expectDialogFits(remove, `${label}: delete alert`);
      }
      nativeDialog(remove).close();

      const tokens = await mountTokenList(adapter);
      const terraform = (await adapter.listApiTokens()).find((token) => token.name === 'Terraform')!;
      tokenRow(tokens, terraform.id).querySelector<HTMLButtonElement>('[part~="delete-button"]')!.click();
      await whenOpen(tokens, '[part~="confirm-button"]', 'token confirmation');
      for (const { label, value } of HOSTILE_VALUES) {
        adapter.failNext('server_error', { method: 'deleteApiToken', message: value });
        ($(tokens, '[part~="confirm-button"]') as HTMLButtonElement).click();
        await until(
          () => text($(tokens, '[part~="delete-error"]')).includes(value.trim()),
          () => `${label}: no alert`,
        );
        expect($(tokens, '[part~="delete-error"]')!.textContent).to.contain(said(value));
        expect(injected(tokens), label).to.deep.equal([]);
        expectDialogFits(tokens, `${label}: token alert`);
      }
    });

    it('over HTTP: the bodies of 400, 403 and 500 answers, in the token list’s error', async () => {
      const server = await createReferenceInstance({ userCount: 5 });
      try {
        const adapter = gcoreAdapterFor(server, SEED.adminId);
        const el = await mountTokenList(adapter);
        const shapes = [
          {
            status: 403,
            body: (value: string) => ({ message: value }),
            sentence: "You don't have permission to do this.",
          },
          {
            status: 500,
            body: (value: string) => ({ detail: value }),
            sentence: 'The server ran into a problem. Try again in a few minutes.',
          },
          {
            status: 400,
            body: (value: string) => [value],
            // Loading the token list highlights no field.
            sentence: 'The server refused the request as invalid. If this keeps happening, contact support.',
          },
        ];
        for (const [index, { label, value }] of HOSTILE_VALUES.entries()) {
          const shape = shapes[index % shapes.length]!;
          await server.failNext({
            status: shape.status,
            body: JSON.stringify(shape.body(value)),
            method: 'GET',
            pathIncludes: '/tokens',
          });
          await el.refresh();
          const error = $(el, '[part~="error"] p');
          expect(error?.textContent, `${label} (${shape.status})`).to.equal(`${shape.sentence} ${said(value)}`);
          expect(injected(el), label).to.deep.equal([]);
          expectWithin(el, el.parentElement!.getBoundingClientRect().right, `${label}: error`);
          ($(el, '[part~="retry-button"]') as HTMLButtonElement).click();
          await tokensSettled(el);
          expect($(el, '[part~="error"]'), `${label}: Try again`).to.equal(null);
        }
      } finally {
        await server.dispose();
      }
    });
  });
});
