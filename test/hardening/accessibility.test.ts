import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import '../../src/components/api-token-list/api-token-list.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import type { RowMenu } from '../../src/components/internal/row-menu.js';
import '../../src/components/user-list/user-list.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import type { Page, User, UserQuery } from '../../src/core/index.js';
import { isOpen, mount, unmountAll, visibleText as dialogText } from '../components/internal/dialog-test-helpers.js';
import {
  $,
  $$,
  cellTexts,
  deepActive,
  freshStorageKey,
  menuButton,
  menuItems,
  notice,
  pageQueries,
  row,
  rowIds,
  rowMenu,
  rows,
  settled,
  summary,
  visibleText,
} from '../components/user-list/helpers.js';

/**
 * Accessibility, as a keyboard and screen-reader user meets it: axe (WCAG 2.2 AA rules) in every
 * state of every element, light and dark; every flow with the keyboard alone, with focus order,
 * focus return and the live announcements checked by their words; a visible focus ring on every
 * tab stop; reflow at 320 px and at 200 % zoom; and no motion when the user asks for less.
 */

// ---- axe ---------------------------------------------------------------------------------------

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Axe {
  run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
}

/** axe's violations of the WCAG 2.2 A/AA rules in `context`, one readable line each. */
async function axeViolations(context: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

async function expectAxeClean(context: Element, state: string): Promise<void> {
  expect(await axeViolations(context), `axe, ${state}`).to.deep.equal([]);
}

// ---- mounting ------------------------------------------------------------------------------------

interface ListPage {
  readonly list: UserList;
  readonly before: HTMLButtonElement;
  readonly after: HTMLButtonElement;
  readonly container: HTMLElement;
}

/** `<user-list>` between two plain buttons: where a keyboard user comes from and goes on to. */
async function mountListPage(
  adapter: MemoryAdapter,
  options: { theme?: 'dark'; wait?: boolean } = {},
): Promise<ListPage> {
  const container = mount(
    html`<button id="before">before</button>
      <user-list
        .adapter=${adapter}
        lang="en"
        theme=${options.theme ?? 'light'}
        storage-key=${freshStorageKey()}
      ></user-list>
      <button id="after">after</button>`,
  );
  const list = container.querySelector('user-list')!;
  if (options.wait !== false) await settled(list);
  return {
    list,
    container,
    before: container.querySelector<HTMLButtonElement>('#before')!,
    after: container.querySelector<HTMLButtonElement>('#after')!,
  };
}

/**
 * `<api-token-list>` leaves the page colour to its host (its own tests and stories do the same): for
 * the dark theme the page gets the theme's background, as a dark host page would have.
 */
function darkPage(el: Element): void {
  document.body.style.background = getComputedStyle(el).getPropertyValue('--_users-color-background');
}

async function mountTokens(adapter: MemoryAdapter, attrs: { theme?: 'dark' } = {}): Promise<ApiTokenList> {
  const container = mount(
    html`<api-token-list .adapter=${adapter} status="all" theme=${attrs.theme ?? 'light'}></api-token-list>`,
  );
  const tokens = container.querySelector<ApiTokenList>('api-token-list')!;
  await waitUntil(() => tokens.shadowRoot!.querySelector('[part~="row"]'), 'no token rows');
  await tokens.updateComplete;
  if (attrs.theme === 'dark') darkPage(tokens);
  return tokens;
}

/** An account whose page queries answer with nobody. */
class EmptyAdapter extends MemoryAdapter {
  override async listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    const page = await super.listUsers(query, signal);
    return query.limit === 0 ? page : { items: [], total: 0 };
  }
}

/** Page queries (not the session's admin count) fail while `failing`. */
class FailingPagesAdapter extends MemoryAdapter {
  failing = true;
  override listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    if (this.failing && query.limit > 0) this.failNext('network', { method: 'listUsers' });
    return super.listUsers(query, signal);
  }
}

// ---- keyboard ------------------------------------------------------------------------------------

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
}

/** A short description of a focused element, for focus-order assertions: `button "Cancel"`. */
function describeEl(el: Element | null | undefined): string {
  if (!el) return '(nothing)';
  const root = el.getRootNode() as Document | ShadowRoot;
  const label =
    el.getAttribute('aria-label') ||
    (el.id && root.querySelector(`label[for="${el.id}"]`)?.textContent) ||
    el.textContent ||
    '';
  const text = label.replace(/\s+/g, ' ').trim().slice(0, 40);
  const type = el.localName === 'input' ? `[${el.getAttribute('type') ?? 'text'}]` : '';
  return `${el.localName}${type} "${text}"`;
}

async function waitForFocus(predicate: (el: Element | null) => boolean, what: string): Promise<void> {
  await waitUntil(() => predicate(deepActive()), `${what}; focus is on ${describeEl(deepActive())}`, {
    timeout: 4000,
  });
}

/**
 * Presses Tab from `from` on and calls `visit` with each element that gets focus, while it has
 * focus, until focus reaches `until`, leaves for the document, comes back to the first stop, or
 * `limit` presses were made. Returns the stops visited.
 */
async function tabStops(
  from: HTMLElement,
  options: { until?: HTMLElement; limit?: number; visit?: (el: HTMLElement) => void } = {},
): Promise<HTMLElement[]> {
  const seen: HTMLElement[] = [];
  from.focus();
  for (let i = 0; i < (options.limit ?? 60); i += 1) {
    await press('Tab');
    const active = deepActive() as HTMLElement | null;
    if (!active || active === document.body || active === options.until || active === seen[0]) return seen;
    seen.push(active);
    options.visit?.(active);
  }
  if (options.limit === undefined) throw new Error(`Tab never got out: ${seen.map(describeEl).join(', ')}`);
  return seen;
}

function menuOf(list: UserList, userId: number): RowMenu {
  return rowMenu(list, userId)!;
}

/** What the list's dialogs have in common: `show(user?)` resolving on close, and `close()`. */
type Dialog = HTMLElement & { show(user?: User): Promise<unknown>; close(): void };

function dialogIn(list: UserList, tag: 'invite-dialog' | 'edit-user' | 'delete-confirm'): Dialog {
  return $(list, tag) as Dialog;
}

function inDialog(dialog: Element, selector: string): HTMLElement | null {
  return dialog.shadowRoot!.querySelector<HTMLElement>(selector);
}

// ---- colour --------------------------------------------------------------------------------------

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba | undefined {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) return undefined;
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The parent in the flat tree: the slot a node is assigned to, its parent, or its shadow host. */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** The opaque background painted behind `el` (what its outline is drawn on). */
function backgroundBehind(el: Element): Rgba {
  for (let current = flatParent(el); current; current = flatParent(current)) {
    const color = parseColor(getComputedStyle(current).backgroundColor);
    if (color && color[3] > 0.5) return color;
  }
  return [255, 255, 255, 1];
}

/** The colour of the ring `el` draws when focused (outline, else box-shadow), if any. */
function ringColor(el: Element): Rgba | undefined {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
  const color = outline
    ? parseColor(style.outlineColor)
    : style.boxShadow !== 'none'
      ? parseColor(style.boxShadow)
      : undefined;
  return color && color[3] >= 0.5 ? color : undefined;
}

/**
 * Why the focus indicator of `el` is not visible enough, or undefined when it is. The ring may be
 * drawn by the control or by its frame (`:focus-within` on a wrapper, as the filter selects do).
 */
function focusRingProblem(el: HTMLElement): string | undefined {
  let drawer: Element | null = el;
  let color = ringColor(el);
  for (let up = 0; !color && up < 3; up += 1) {
    drawer = drawer && flatParent(drawer);
    if (!drawer?.matches(':focus-within')) break;
    color = ringColor(drawer);
  }
  if (!color || !drawer) return `${describeEl(el)}: no outline or box-shadow when focused`;
  const ratio = contrast(color, backgroundBehind(drawer));
  if (ratio < 3) return `${describeEl(el)}: focus ring contrast ${ratio.toFixed(2)}:1 < 3:1`;
  return undefined;
}

const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));

// ---- the suite -----------------------------------------------------------------------------------

describe('hardening: accessibility', () => {
  afterEach(async () => {
    unmountAll();
    document.body.style.background = '';
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('axe (WCAG 2.2 A and AA rules) in each state', () => {
    it('<user-list>: loaded, menu open, loading, empty, no match, load error', async () => {
      const { list } = await mountListPage(new MemoryAdapter());
      await expectAxeClean(list, 'loaded');
      menuButton(menuOf(list, SEED.notActivatedId)).focus();
      await press('Enter');
      await waitForFocus((el) => el?.getAttribute('role') === 'menuitem', 'the menu did not open');
      await expectAxeClean(list, 'row menu open');
      await press('Escape');

      const loading = await mountListPage(new MemoryAdapter({ latencyMs: 60_000 }), { wait: false });
      await waitUntil(() => $$(loading.list, '[part~="skeleton-row"]').length > 0, 'no skeleton rows');
      await expectAxeClean(loading.list, 'loading');

      const empty = await mountListPage(new EmptyAdapter());
      expect(summary(empty.list)).to.equal('There are no users in this account yet.');
      await expectAxeClean(empty.list, 'empty account');

      const search = $(list, 'input[type="search"]') as HTMLInputElement;
      search.focus();
      await sendKeys({ type: 'zzzz-nobody' });
      await press('Enter');
      await waitUntil(() => summary(list) === 'No users match your search and filters.', 'no "no match" message');
      await expectAxeClean(list, 'no match');

      const failing = await mountListPage(new FailingPagesAdapter());
      expect(Boolean($(failing.list, '[part~="load-error"]')), 'the load error is shown').to.equal(true);
      await expectAxeClean(failing.list, 'load error');
    });

    it('each dialog open: invite (blank and with errors), edit, delete, delete blocked by tokens', async () => {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter);
      const invite = dialogIn(list, 'invite-dialog');
      $(list, '[part~="invite-button"]')!.click();
      await waitForFocus((el) => el?.id === 'name', 'the invite form did not take focus');
      await expectAxeClean(list, 'invite dialog');
      inDialog(invite, '[part~="submit-button"]')!.click();
      await waitUntil(() => inDialog(invite, '[part~="field-error"]'), 'no field error');
      await expectAxeClean(list, 'invite dialog with a field error');
      invite.close();
      await waitUntil(() => !isOpen(invite), 'invite did not close');

      const edit = dialogIn(list, 'edit-user');
      void edit.show(adapter.backend.getUser(SEED.adminId, SEED.userId));
      await waitUntil(() => inDialog(edit, 'input[name="role"]'), 'no role field');
      await expectAxeClean(list, 'edit dialog');
      edit.close();
      await waitUntil(() => !isOpen(edit), 'edit did not close');

      const remove = dialogIn(list, 'delete-confirm');
      void remove.show(adapter.backend.getUser(SEED.adminId, SEED.engineerId));
      await waitUntil(() => inDialog(remove, '[part~="delete-button"]'), 'no Delete button');
      await expectAxeClean(list, 'delete confirmation');
      inDialog(remove, '[part~="delete-button"]')!.click();
      const embedded = () => remove.shadowRoot!.querySelector('api-token-list');
      await waitUntil(() => embedded()?.shadowRoot?.querySelector('[part~="row"]'), 'no blocking tokens listed');
      await expectAxeClean(list, 'delete blocked by tokens');
    });

    it('<api-token-list>: removed issuer, deletion confirmation open', async () => {
      const tokens = await mountTokens(new MemoryAdapter({ userCount: 5 }));
      expect(Boolean(tokens.shadowRoot!.querySelector('[part~="issuer-deleted"]')), 'a removed issuer').to.equal(true);
      await expectAxeClean(tokens, 'token list with a removed issuer');
      tokens.shadowRoot!.querySelector<HTMLButtonElement>('[part~="delete-button"]')!.click();
      await waitUntil(() => isOpen(tokens), 'the confirmation did not open');
      await expectAxeClean(tokens, 'token deletion confirmation');
    });

    it('dark theme: list with menu open, a dialog, the token list with a removed issuer', async () => {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter, { theme: 'dark' });
      await expectAxeClean(list, 'dark list');
      menuButton(menuOf(list, SEED.notActivatedId)).click();
      await menuOf(list, SEED.notActivatedId).updateComplete;
      await expectAxeClean(list, 'dark menu');
      await press('Escape');
      const remove = dialogIn(list, 'delete-confirm');
      void remove.show(adapter.backend.getUser(SEED.adminId, SEED.engineerId));
      await waitUntil(() => inDialog(remove, '[part~="delete-button"]'), 'no Delete button');
      inDialog(remove, '[part~="delete-button"]')!.click();
      await waitUntil(
        () => remove.shadowRoot!.querySelector('api-token-list')?.shadowRoot?.querySelector('[part~="row"]'),
        'no blocking tokens listed',
      );
      await expectAxeClean(list, 'dark delete blocked by tokens');
      const tokens = await mountTokens(new MemoryAdapter({ userCount: 5 }), { theme: 'dark' });
      await expectAxeClean(tokens, 'dark token list');
    });
  });

  describe('every flow with the keyboard alone', () => {
    it('invite: Tab to "Invite user", fill the form, submit, Escape; focus returns and it is announced', async () => {
      const adapter = new MemoryAdapter();
      const { list, before } = await mountListPage(adapter);
      before.focus();
      await press('Tab');
      const inviteButton = $(list, '[part~="invite-button"]')!;
      expect(deepActive() === inviteButton, `first stop is "Invite user", not ${describeEl(deepActive())}`).to.equal(
        true,
      );
      await press('Enter');
      await waitForFocus((el) => el?.id === 'name', 'focus did not move to Name');
      await sendKeys({ type: 'Kay Board' });
      await press('Tab');
      expect(deepActive()?.id).to.equal('email');
      await sendKeys({ type: 'kay.board@example.com' });
      await press('Tab');
      expect(describeEl(deepActive()), 'language group, at its checked radio').to.equal('input[radio] "English"');
      await press('ArrowRight');
      await press('Tab');
      expect(describeEl(deepActive()), 'role group, at its checked radio').to.equal('input[radio] "Users"');
      await press('ArrowUp');
      await press('Tab');
      expect(describeEl(deepActive())).to.equal('button "Cancel"');
      await press('Tab');
      expect(describeEl(deepActive())).to.equal('button "Invite user"');
      await press('Enter');
      const invite = dialogIn(list, 'invite-dialog');
      await waitForFocus((el) => el?.id === 'result', 'focus did not move to the result');
      expect(dialogText(invite)).to.contain('kay.board@example.com');
      await press('Escape');
      await waitForFocus((el) => el === inviteButton, 'focus did not return to "Invite user"');
      await waitUntil(() => notice(list) === 'Invitation sent to kay.board@example.com.', 'not announced');
      expect($(list, '[part~="notice"]')!.getAttribute('role')).to.equal('status');
      expect(adapter.callsOf('inviteUser').map((call) => call.args[0])).to.deep.equal([
        { email: 'kay.board@example.com', name: 'Kay Board', role: 3022, lang: 'de' },
      ]);
    });

    it('edit role: row menu → Edit → pick a role → Save; focus returns to the menu button, announced', async () => {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter);
      const trigger = menuButton(menuOf(list, SEED.userId));
      trigger.focus();
      await press('Enter');
      await waitForFocus((el) => describeEl(el) === 'button "Edit"', 'the menu did not open on Edit');
      await press('Enter');
      await waitForFocus((el) => describeEl(el) === 'input[radio] "Users"', 'focus did not start on the role');
      await press('ArrowUp');
      expect(describeEl(deepActive())).to.equal('input[radio] "Purge and Prefetch only (API)"');
      await press('Tab');
      expect(describeEl(deepActive())).to.equal('button "Cancel"');
      await press('Tab');
      expect(describeEl(deepActive())).to.equal('button "Save"');
      await press('Enter');
      await waitForFocus((el) => el === trigger, 'focus did not return to the row’s menu button');
      await waitUntil(() => notice(list) === 'User Victor Viewer was updated.', 'not announced');
      await settled(list);
      expect(cellTexts(row(list, SEED.userId))[3]).to.equal('Purge and Prefetch only (API)');
      expect(adapter.callsOf('setUserRole').map((call) => call.args)).to.deep.equal([[SEED.userId, 3022]]);
    });

    it('resend: row menu → ArrowDown → Enter; announced, focus on the menu button', async () => {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter);
      // The live region is on the page, empty, before anything is said in it (or readers miss it).
      const region = $(list, '[part~="notice"]')!;
      expect([region.getAttribute('role'), region.getAttribute('aria-live'), notice(list)]).to.deep.equal([
        'status',
        'polite',
        '',
      ]);
      const trigger = menuButton(menuOf(list, SEED.notActivatedId));
      trigger.focus();
      await press('Enter');
      await press('ArrowDown');
      expect(describeEl(deepActive())).to.equal('button "Resend invite"');
      await press('Enter');
      await waitUntil(() => notice(list) === 'Invitation sent again to new.hire@example.com.', 'not announced');
      expect($(list, '[part~="notice"]') === region, 'said in the same live region').to.equal(true);
      expect(deepActive() === trigger, 'focus stays on the menu button').to.equal(true);
      expect(adapter.callsOf('resendInvite')).to.have.length(1);
    });

    it('delete: row menu → End → Enter; Cancel first, Tab to Delete; the next row’s menu gets focus, announced', async () => {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter);
      const next = rowIds(list)[rowIds(list).indexOf(SEED.userId) + 1]!;
      menuButton(menuOf(list, SEED.userId)).focus();
      await press('Enter');
      await press('End');
      expect(describeEl(deepActive())).to.equal('button "Delete"');
      await press('Enter');
      const remove = dialogIn(list, 'delete-confirm');
      await waitForFocus((el) => describeEl(el) === 'button "Cancel"', 'focus did not start on Cancel');
      expect(
        remove
          .shadowRoot!.querySelector('users-dialog-shell')!
          .shadowRoot!.querySelector('dialog')!
          .getAttribute('role'),
      ).to.equal('alertdialog');
      await press('Tab');
      expect(describeEl(deepActive())).to.equal('button "Delete"');
      await press('Enter');
      await waitUntil(() => notice(list) === 'User Victor Viewer was removed.', 'not announced');
      await waitForFocus((el) => el === menuButton(menuOf(list, next)), 'focus did not go to the next row’s menu');
      expect(rowIds(list)).not.to.include(SEED.userId);
    });

    it('delete blocked by a token: delete the token in place, then Try again; each step announced', async () => {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter);
      const next = rowIds(list)[rowIds(list).indexOf(SEED.engineerId) + 1]!;
      menuButton(menuOf(list, SEED.engineerId)).focus();
      await press('Enter');
      await press('End');
      await press('Enter');
      const remove = dialogIn(list, 'delete-confirm');
      await waitForFocus((el) => describeEl(el) === 'button "Cancel"', 'focus did not start on Cancel');
      await press('Tab');
      await press('Enter');
      await waitForFocus((el) => el?.id === 'error-message', 'focus did not move to the reason');
      expect(deepActive()!.textContent!.trim()).to.equal("You can't remove the user as they have active tokens.");
      const tokens = remove.shadowRoot!.querySelector<ApiTokenList>('api-token-list')!;
      await waitUntil(() => tokens.shadowRoot!.querySelector('[part~="delete-button"]'), 'no token Delete');

      // Tab on: the token table region, then the token's Delete button.
      const order: string[] = [];
      for (let i = 0; i < 6 && !deepActive()?.matches('[part~="delete-button"]'); i += 1) {
        await press('Tab');
        order.push(describeEl(deepActive()));
      }
      expect(order.at(-1), `Tab order: ${order.join(' → ')}`).to.equal('button "Delete token CI deploy"');
      await press('Enter');
      await waitForFocus(
        (el) => describeEl(el) === 'button "Cancel"',
        'the token confirmation did not start on Cancel',
      );
      await press('Tab');
      await press('Enter');
      const announcer = () => (tokens.shadowRoot!.querySelector('[part~="announcer"]')!.textContent ?? '').trim();
      await waitUntil(() => announcer() === 'The token “CI deploy” was deleted.', 'token deletion not announced');
      const status = () => (remove.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? '').trim();
      await waitUntil(() => status() === 'Token deleted. Try again to delete the user.', 'no "Try again" hint');
      expect(remove.shadowRoot!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      expect(adapter.callsOf('deleteApiToken')).to.have.length(1);

      // Focus stayed in the dialog; Tab reaches "Try again".
      for (let i = 0; i < 6 && describeEl(deepActive()) !== 'button "Try again"'; i += 1) await press('Tab');
      expect(describeEl(deepActive())).to.equal('button "Try again"');
      await press('Enter');
      await waitUntil(() => notice(list) === 'User Linus Engineer was removed.', 'removal not announced');
      await waitForFocus((el) => el === menuButton(menuOf(list, next)), 'focus did not go to the next row’s menu');
      expect(adapter.callsOf('removeUser')).to.have.length(2);
    });

    it('search, filter, sort and page: every control in Tab order, each result announced in the summary', async () => {
      const adapter = new MemoryAdapter();
      const { list, before } = await mountListPage(adapter);
      const stops = (await tabStops(before, { limit: 6 })).map(describeEl);
      expect(stops.slice(0, 6)).to.deep.equal([
        'button "Invite user"',
        'input[search] "Search"',
        'button "Roles 0/5 , 0 of 5 selected"',
        'button "Language 0/4 , 0 of 4 selected"',
        'select "Status"',
        'select "Two-factor authentication"',
      ]);

      $(list, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'e' });
      await waitUntil(() => pageQueries(adapter).at(-1)?.search === 'e', 'search not applied after the pause');
      await settled(list);

      await press('Tab', 3);
      expect(describeEl(deepActive())).to.equal('select "Status"');
      await press('ArrowDown');
      await settled(list);
      expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ status: 'activated' });

      const nameSort = $$(list, 'th button').find((button) => visibleText(button) === 'Name')!;
      for (let i = 0; i < 12 && deepActive() !== nameSort; i += 1) await press('Tab');
      expect(deepActive() === nameSort, 'Tab reaches the Name column header').to.equal(true);
      await press('Enter');
      await settled(list);
      expect(nameSort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(deepActive() === nameSort, 'focus stays on the header').to.equal(true);

      const truth = adapter.backend.listUsers(SEED.adminId, pageQueries(adapter).at(-1)!);
      expect(truth.total, 'enough matches for a second page').to.be.greaterThan(10);
      expect(summary(list)).to.equal(`Showing 1–10 of ${truth.total} entries`);
      const nextPage = $(list, '[aria-label="Next page"]')!;
      for (let i = 0; i < 40 && deepActive() !== nextPage; i += 1) await press('Tab');
      expect(deepActive() === nextPage, 'Tab reaches "Next page"').to.equal(true);
      await press('Enter');
      await settled(list);
      expect(pageQueries(adapter).at(-1)).to.deep.include({ offset: 10, search: 'e' });
      expect(summary(list)).to.equal(`Showing 11–${Math.min(20, truth.total)} of ${truth.total} entries`);
      expect($(list, '[part~="summary"]')!.getAttribute('role')).to.equal('status');
      expect(deepActive() === nextPage, 'focus stays on "Next page"').to.equal(true);
      expect(rows(list)).to.have.length(Math.min(10, truth.total - 10));
    });
  });

  describe('a visible focus ring (≥ 3:1 against what is behind it) on every tab stop', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`${theme}: the list, an open dialog, the token list`, async () => {
        const adapter = new MemoryAdapter();
        const page = await mountListPage(adapter, theme === 'dark' ? { theme } : {});
        const problems: string[] = [];
        const check = (el: HTMLElement) => {
          const problem = focusRingProblem(el);
          if (problem) problems.push(problem);
        };
        const stops = await tabStops(page.before, { until: page.after, visit: check });
        expect(stops.length, 'the list has tab stops').to.be.greaterThan(15);

        $(page.list, '[part~="invite-button"]')!.focus();
        await press('Enter');
        await waitForFocus((el) => el?.id === 'name', 'the invite form did not take focus');
        check(deepActive() as HTMLElement);
        const inDialogStops = await tabStops(deepActive() as HTMLElement, { limit: 12, visit: check });
        expect(inDialogStops.length, 'the dialog has tab stops').to.be.greaterThan(3);
        await press('Escape');

        const tokens = mount(
          html`<button id="t-before">before</button>
            <api-token-list .adapter=${adapter} status="all" theme=${theme}></api-token-list>
            <button id="t-after">after</button>`,
        );
        const tokenList = tokens.querySelector<ApiTokenList>('api-token-list')!;
        await waitUntil(() => tokenList.shadowRoot!.querySelector('[part~="row"]'), 'no token rows');
        if (theme === 'dark') darkPage(tokenList);
        const tokenStops = await tabStops(tokens.querySelector<HTMLElement>('#t-before')!, {
          until: tokens.querySelector<HTMLElement>('#t-after')!,
          visit: check,
        });
        expect(tokenStops.length, 'the token list has tab stops').to.be.greaterThan(5);
        expect(problems).to.deep.equal([]);
      });
    }
  });

  describe('reflow', () => {
    afterEach(async () => {
      document.documentElement.style.zoom = '';
      await setViewport({ width: 800, height: 600 });
    });

    /** No horizontal scrolling, and every tab stop of the list lies inside the viewport's width. */
    async function checkReflow(page: ListPage, width: number): Promise<void> {
      const root = document.documentElement;
      expect(root.scrollWidth, 'the page does not scroll sideways').to.be.at.most(root.clientWidth);
      const stops = await tabStops(page.before, { until: page.after });
      const outside = stops
        .filter((el) => {
          const rect = el.getBoundingClientRect();
          return rect.left < -1 || rect.right > width + 1 || rect.width === 0;
        })
        .map(describeEl);
      expect(outside, 'tab stops cut off or outside the viewport').to.deep.equal([]);
      const kinds = new Set(stops.map((el) => el.getAttribute('part') ?? el.localName));
      // Narrow, the sort is one select and the four filters fold behind "Filters".
      for (const part of [
        'invite-button',
        'search-input',
        'filters-toggle',
        'select',
        'button',
        'page-button next-button',
      ]) {
        expect(
          [...kinds].some((kind) => kind === part),
          `a "${part}" is reachable`,
        ).to.equal(true);
      }
      expect(root.scrollWidth, 'still no sideways scroll after tabbing').to.be.at.most(root.clientWidth);

      // A dialog fits too, with its buttons on screen.
      $(page.list, '[part~="invite-button"]')!.focus();
      await press('Enter');
      const invite = dialogIn(page.list, 'invite-dialog');
      await waitForFocus((el) => el?.id === 'name', 'the invite form did not take focus');
      const dialog = invite.shadowRoot!.querySelector('users-dialog-shell')!.shadowRoot!.querySelector('dialog')!;
      const box = dialog.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= width, `the dialog fits (${box.left}–${box.right})`).to.equal(true);
      for (const button of [
        inDialog(invite, '[part~="cancel-button"]')!,
        inDialog(invite, '[part~="submit-button"]')!,
      ]) {
        const rect = button.getBoundingClientRect();
        expect(rect.left >= box.left && rect.right <= box.right, `${describeEl(button)} inside the dialog`).to.equal(
          true,
        );
      }
      await press('Escape');
    }

    it('at 320 px wide', async () => {
      await setViewport({ width: 320, height: 700 });
      const page = await mountListPage(new MemoryAdapter());
      await checkReflow(page, document.documentElement.clientWidth);
    });

    it('at 200 % zoom of a 640 px window', async () => {
      await setViewport({ width: 640, height: 700 });
      document.documentElement.style.zoom = '2';
      const page = await mountListPage(new MemoryAdapter());
      await checkReflow(page, document.documentElement.clientWidth);
    });
  });

  describe('prefers-reduced-motion: reduce', () => {
    /** The longest transition or animation on `el` (or its pseudo-element), in seconds. */
    function motion(el: Element, pseudo?: string): number {
      const style = getComputedStyle(el, pseudo);
      return Math.max(seconds(style.transitionDuration), seconds(style.animationDuration));
    }

    async function motions(): Promise<Record<string, number>> {
      const adapter = new MemoryAdapter();
      const { list } = await mountListPage(adapter);
      const found: Record<string, number> = {};
      // A slow search keeps the busy bar moving over the rows.
      adapter.latencyMs = 60_000;
      const search = $(list, 'input[type="search"]') as HTMLInputElement;
      search.value = 'Grace';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await waitUntil(() => $(list, 'table.busy'), 'the busy bar never showed');
      found['busy bar'] = motion($(list, 'table.busy thead tr')!);

      const roles = $(list, '[part~="roles-filter"]')!;
      found['filter chevron'] = motion(roles.shadowRoot!.querySelector('.chevron')!);

      const menu = menuOf(list, SEED.notActivatedId);
      menuButton(menu).click();
      await menu.updateComplete;
      found['menu'] = Math.max(
        ...menuItems(menu).map((item) => motion(item)),
        motion(menu.shadowRoot!.querySelector('.menu')!),
      );
      menuButton(menu).click();

      const invite = dialogIn(list, 'invite-dialog');
      void invite.show();
      await waitUntil(() => isOpen(invite), 'the dialog did not open');
      const dialog = invite.shadowRoot!.querySelector('users-dialog-shell')!.shadowRoot!.querySelector('dialog')!;
      found['dialog'] = Math.max(motion(dialog), motion(dialog, '::backdrop'));

      const loading = await mountListPage(new MemoryAdapter({ latencyMs: 60_000 }), { wait: false });
      await waitUntil(() => $(loading.list, '.skeleton'), 'no skeleton');
      found['skeleton'] = motion($(loading.list, '.skeleton')!);
      return found;
    }

    it('turns off transitions and animations on the busy bar, skeletons, filter, menu and dialogs', async () => {
      const moving = await motions();
      expect(moving['busy bar'], 'without the preference the busy bar moves (the probe works)').to.be.greaterThan(0.1);
      expect(moving['skeleton']).to.be.greaterThan(0.1);
      unmountAll();

      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await motions();
      const tooLong = Object.entries(still).filter(([, duration]) => duration > 0.001);
      expect(tooLong, 'motion left with prefers-reduced-motion: reduce').to.deep.equal([]);
    });
  });
});
