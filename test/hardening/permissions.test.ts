import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import type { AdapterMethod } from '../../src/adapters/memory/memory-adapter.js';
import '../../src/components/api-token-list/api-token-list.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import type { DeleteConfirm } from '../../src/components/delete-confirm/delete-confirm.js';
import type { EditUser } from '../../src/components/edit-user/edit-user.js';
import type { InviteDialog } from '../../src/components/invite-dialog/invite-dialog.js';
import '../../src/components/user-list/user-list.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import { ADMIN_ROLE_ID, ROLES, type RoleId, type User } from '../../src/core/index.js';
import { isOpen, mount, unmountAll, visibleText as dialogText } from '../components/internal/dialog-test-helpers.js';
import {
  $,
  deepActive,
  freshStorageKey,
  rowActionLabels,
  rowIds,
  rowMenu,
  settled,
  visibleText,
} from '../components/user-list/helpers.js';

/**
 * Permissions, for each of the five roles signed in: the controls shown are exactly those
 * core/permissions.ts allows, nothing hidden is reachable with the keyboard, and an action the UI
 * would not offer (a direct method call, a forged internal event, a click on a hidden button) is
 * refused before any request leaves the widget.
 */

const MUTATIONS: readonly AdapterMethod[] = [
  'inviteUser',
  'updateUser',
  'setUserRole',
  'removeUser',
  'resendInvite',
  'deleteApiToken',
];

function mutationsSent(adapter: MemoryAdapter): string[] {
  return adapter.calls.filter((call) => MUTATIONS.includes(call.method)).map((call) => call.method);
}

const roleName = (role: RoleId) => ROLES.find((r) => r.id === role)!.apiName;

interface Account {
  readonly adapter: MemoryAdapter;
  /** The signed-in member, of the role under test. */
  readonly me: User;
}

/** The seeded account (five fixture members, no generated ones) plus a member of `role`, signed in. */
function accountSignedInAs(role: RoleId): Account {
  const adapter = new MemoryAdapter({ userCount: 5 });
  const me = adapter.backend.addUser({
    email: `signed.in.${role}@example.com`,
    name: `Signed In ${role}`,
    role,
  });
  adapter.signedInAs = me.id;
  return { adapter, me };
}

const userOf = (adapter: MemoryAdapter, id: number): User => adapter.backend.getUser(SEED.adminId, id);

interface ListPage {
  readonly list: UserList;
  readonly before: HTMLButtonElement;
  readonly after: HTMLButtonElement;
}

/** `<user-list>` between two plain buttons, so a Tab walk has a start and an end outside it. */
async function mountListPage(adapter: MemoryAdapter): Promise<ListPage> {
  const container = mount(
    html`<button id="before">before</button>
      <user-list .adapter=${adapter} lang="en" storage-key=${freshStorageKey()}></user-list>
      <button id="after">after</button>`,
  );
  const list = container.querySelector('user-list')!;
  await settled(list);
  return {
    list,
    before: container.querySelector<HTMLButtonElement>('#before')!,
    after: container.querySelector<HTMLButtonElement>('#after')!,
  };
}

/** Every element that takes focus when Tab is pressed from `before` until focus reaches `after`. */
async function tabWalk(before: HTMLElement, after: HTMLElement, limit = 80): Promise<HTMLElement[]> {
  const seen: HTMLElement[] = [];
  before.focus();
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive() as HTMLElement | null;
    if (!active || active === after) return seen;
    seen.push(active);
  }
  throw new Error(`Tab never left the element: ${seen.map(describeEl).join(', ')}`);
}

/** "button[part=…] in <users-row-menu> row 5", for readable failures. */
function describeEl(el: HTMLElement): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const rowId = host?.closest('tr')?.getAttribute('data-user-id');
  return `${el.localName}[${el.getAttribute('part') ?? el.id}] in <${host?.localName}>${rowId ? ` row ${rowId}` : ''}`;
}

/** The user id of the row whose menu button `el` is, else undefined. */
function menuRowOf(el: HTMLElement): number | undefined {
  const host = (el.getRootNode() as ShadowRoot).host;
  if (host?.localName !== 'users-row-menu' || el.getAttribute('aria-haspopup') !== 'menu') return undefined;
  return Number(host.closest('tr')!.getAttribute('data-user-id'));
}

/** The row menu of every row, read by opening it: { id: labels }; rows without a menu map to []. */
async function menusByRow(list: UserList): Promise<Record<number, string[]>> {
  const menus: Record<number, string[]> = {};
  for (const id of rowIds(list)) menus[id] = await rowActionLabels(list, id);
  return menus;
}

/**
 * What permissions.ts allows `me` on each row of the seeded account: an Administrator edits
 * everyone (the role of others, their own profile), resends only to members who have not
 * activated, and removes anyone but themselves (the last Administrator can't be removed, but while
 * another Administrator is signed in, nobody is the last); everybody else edits only their own row.
 */
function expectedMenus(me: User): Record<number, string[]> {
  const admin = me.role === ADMIN_ROLE_ID;
  const others = {
    [SEED.adminId]: admin ? ['Edit', 'Delete'] : [],
    [SEED.secondAdminId]: admin ? ['Edit', 'Delete'] : [],
    [SEED.engineerId]: admin ? ['Edit', 'Delete'] : [],
    [SEED.notActivatedId]: admin ? ['Edit', 'Resend invite', 'Delete'] : [],
    [SEED.userId]: admin ? ['Edit', 'Delete'] : [],
  };
  return { ...others, [me.id]: ['Edit'] };
}

/** Opens `dialog.show(...)` without awaiting the close, and waits until its content settled. */
async function openDirectly(dialog: HTMLElement, show: () => unknown): Promise<void> {
  void show();
  await waitUntil(
    () => isOpen(dialog) && !(dialog.shadowRoot!.textContent ?? '').includes('Loading…'),
    `<${dialog.localName}> did not open`,
  );
}

/**
 * What matches `selector` in `root`'s shadow root, as short HTML strings: assertions compare these,
 * never the elements (chai would try to print a whole Lit element when the assertion fails).
 */
function found(root: Element, selector: string): string[] {
  return [...root.shadowRoot!.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120));
}

async function closeDialog(dialog: HTMLElement & { close(): void }): Promise<void> {
  dialog.close();
  await waitUntil(() => !isOpen(dialog), `<${dialog.localName}> did not close`);
}

/** Dispatches the row menu's internal `row-menu-select` as if `value` had been picked in it. */
function forgeMenuPick(list: UserList, userId: number, value: string): void {
  const menu = rowMenu(list, userId);
  if (!menu) throw new Error(`row ${userId} has no menu to forge a pick on`);
  menu.dispatchEvent(new CustomEvent('row-menu-select', { detail: { value }, bubbles: true }));
}

/**
 * Does everything a determined user (or script) could with whatever the dialog shows: types an
 * email into an email field, picks another option in each radio group, then clicks every action
 * button and submits every form. For a refused action none of it may send a request.
 */
async function pressEverything(dialog: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const root = dialog.shadowRoot!;
  const email = root.querySelector<HTMLInputElement>('input#email:not([readonly])');
  if (email) {
    email.value = 'forged@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const groups = new Set([...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name));
  for (const name of groups) root.querySelector<HTMLInputElement>(`input[name="${name}"]:not(:checked)`)?.click();
  await dialog.updateComplete;
  const actions = '[part~="submit-button"], [part~="save-button"], [part~="delete-button"], [part~="retry-button"]';
  root.querySelectorAll<HTMLButtonElement>(actions).forEach((button) => button.click());
  root.querySelectorAll('form').forEach((form) => form.requestSubmit());
  await settle();
}

/** Long enough for a request the widget would send to have been recorded by the adapter. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('hardening: permissions', () => {
  afterEach(() => unmountAll());

  for (const role of ROLES.map((r) => r.id)) {
    const admin = role === ADMIN_ROLE_ID;
    describe(`signed in as ${roleName(role)}`, () => {
      it('shows exactly the controls the rules allow, and Tab reaches no other', async () => {
        const { adapter, me } = accountSignedInAs(role);
        const { list, before, after } = await mountListPage(adapter);

        expect(rowIds(list)).to.have.members([1, 2, 3, 4, 5, me.id]);
        expect(Boolean($(list, '[part~="invite-button"]')), 'Invite user').to.equal(admin);
        expect(await menusByRow(list)).to.deep.equal(expectedMenus(me));

        const reached = await tabWalk(before, after);
        const names = reached.map(describeEl);
        const invite = reached.filter((el) => el.matches('[part~="invite-button"]'));
        expect(invite.length, `Invite user reachable by Tab: ${names.join(', ')}`).to.equal(admin ? 1 : 0);
        const menuRows = reached.map(menuRowOf).filter((id): id is number => id !== undefined);
        const withMenu = Object.entries(expectedMenus(me))
          .filter(([, labels]) => labels.length > 0)
          .map(([id]) => Number(id));
        expect(menuRows, 'the row menus Tab reaches').to.have.members(withMenu);
        expect(menuRows).to.have.length(withMenu.length);
        expect(
          reached.filter((el) => el.getAttribute('role') === 'menuitem' || el.closest('[hidden]')),
          'no menu item or hidden control is a tab stop',
        ).to.deep.equal([]);
        expect(mutationsSent(adapter)).to.deep.equal([]);
      });

      it(`token list: ${admin ? 'every live token has Delete' : 'own tokens only, each with Delete'}, by mouse and by Tab`, async () => {
        const { adapter, me } = accountSignedInAs(role);
        adapter.backend.addApiToken({ issuerId: me.id, name: 'My token', role });
        const container = mount(
          html`<button id="before">before</button>
            <api-token-list .adapter=${adapter} status="all"></api-token-list>
            <button id="after">after</button>`,
        );
        const tokens = container.querySelector<ApiTokenList>('api-token-list')!;
        await waitUntil(() => tokens.shadowRoot!.querySelector('[part~="row"]'), 'no token rows');
        await tokens.updateComplete;
        const rows = [...tokens.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
        const names = rows.map((row) => visibleText(row.querySelector('[data-column="name"] .value')));
        const deletable = rows
          .filter((row) => row.querySelector('[part~="delete-button"]'))
          .map((row) => visibleText(row.querySelector('[data-column="name"] .value')));
        if (admin) {
          expect(names).to.include.members(['CI deploy', 'Terraform', 'Monitoring', 'My token']);
          const live = rows
            .filter((row) => row.getAttribute('data-status') !== 'deleted')
            .map((row) => visibleText(row.querySelector('[data-column="name"] .value')));
          expect(deletable).to.deep.equal(live);
        } else {
          expect(names, 'only the tokens they issued').to.deep.equal(['My token']);
          // The Gcore documentation lets every user delete the tokens they issued.
          expect(deletable).to.deep.equal(['My token']);
          expect(found(tokens, '[part~="issuer-filter"]'), 'no "Issued by" filter with one answer').to.deep.equal([]);
        }
        const reached = await tabWalk(container.querySelector('#before')!, container.querySelector('#after')!);
        const deleteStops = reached.filter((el) => el.matches('[part~="delete-button"]'));
        expect(deleteStops.length, 'Delete buttons reachable by Tab').to.equal(deletable.length);
        expect(mutationsSent(adapter)).to.deep.equal([]);
      });

      if (!admin) {
        it('refuses what the UI does not offer — direct show() calls, forged picks, hidden buttons — sending nothing', async () => {
          const { adapter, me } = accountSignedInAs(role);
          const { list } = await mountListPage(adapter);
          const other = userOf(adapter, SEED.userId);

          const invite = $(list, 'invite-dialog') as InviteDialog;
          await openDirectly(invite, () => invite.show());
          await pressEverything(invite);
          expect(mutationsSent(adapter), 'after invite.show()').to.deep.equal([]);
          expect(dialogText(invite)).to.contain('Only Administrators can invite users.');
          expect(found(invite, 'form, [part~="submit-button"]'), 'no form to submit').to.deep.equal([]);
          await closeDialog(invite);

          const edit = $(list, 'edit-user') as EditUser;
          await openDirectly(edit, () => edit.show(other));
          await pressEverything(edit);
          expect(mutationsSent(adapter), 'after edit.show(other)').to.deep.equal([]);
          expect(dialogText(edit)).to.contain('You can edit only your own profile.');
          expect(found(edit, 'form, [part~="save-button"]'), 'nothing to save').to.deep.equal([]);
          await closeDialog(edit);

          const remove = $(list, 'delete-confirm') as DeleteConfirm;
          await openDirectly(remove, () => remove.show(other));
          await pressEverything(remove);
          expect(mutationsSent(adapter), 'after delete.show(other)').to.deep.equal([]);
          expect(dialogText(remove)).to.contain('Only Administrators can delete users.');
          expect(found(remove, '[part~="delete-button"]'), 'no Delete button').to.deep.equal([]);
          await closeDialog(remove);

          // The internal event of the only menu they have (their own row), with actions it never offers.
          forgeMenuPick(list, me.id, 'resendInvite');
          await settle();
          forgeMenuPick(list, me.id, 'delete');
          await waitUntil(() => isOpen(remove), 'the forged pick did not reach the confirmation');
          await pressEverything(remove);
          expect(mutationsSent(adapter), 'after forged picks').to.deep.equal([]);
          expect(dialogText(remove)).to.contain('Only Administrators can delete users.');
          expect(found(remove, '[part~="delete-button"]')).to.deep.equal([]);
          await closeDialog(remove);

          // Their own profile: name and language only; no role to change, however the form is poked.
          await openDirectly(edit, () => edit.show(me));
          expect(found(edit, 'input[name="role"]'), 'no role field').to.deep.equal([]);
          edit.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
          await settle();
          await closeDialog(edit);

          expect(mutationsSent(adapter), 'nothing was sent').to.deep.equal([]);
          expect(adapter.backend.sentEmails).to.deep.equal([]);
        });

        it('token list: the hidden confirmation’s Delete, clicked by script, deletes nothing', async () => {
          const { adapter, me } = accountSignedInAs(role);
          adapter.backend.addApiToken({ issuerId: me.id, name: 'My token', role });
          const container = mount(html`<api-token-list .adapter=${adapter}></api-token-list>`);
          const tokens = container.querySelector<ApiTokenList>('api-token-list')!;
          await waitUntil(() => tokens.shadowRoot!.querySelector('[part~="row"]'), 'no token rows');
          expect(found(tokens, '[part~="confirm-button"]'), 'the closed confirmation is rendered').to.have.length(1);
          tokens.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
          await settle();
          expect(isOpen(tokens)).to.equal(false);
          expect(mutationsSent(adapter)).to.deep.equal([]);
        });
      }
    });
  }

  describe('signed in as Administrators: what no Administrator may do either', () => {
    it('delete-confirm.show(self) and forged picks on the own row and on activated rows send nothing', async () => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      const { list } = await mountListPage(adapter);
      const me = userOf(adapter, SEED.adminId);

      const remove = $(list, 'delete-confirm') as DeleteConfirm;
      await openDirectly(remove, () => remove.show(me));
      await pressEverything(remove);
      expect(mutationsSent(adapter), 'after delete.show(self)').to.deep.equal([]);
      expect(dialogText(remove)).to.contain("You can't delete yourself from the account.");
      expect(found(remove, '[part~="delete-button"]'), 'no Delete button').to.deep.equal([]);
      await closeDialog(remove);

      // Resend to themselves and to members who activated long ago: never offered, never sent.
      for (const id of [SEED.adminId, SEED.userId, SEED.engineerId]) {
        forgeMenuPick(list, id, 'resendInvite');
        await settle();
      }
      forgeMenuPick(list, SEED.adminId, 'delete');
      await waitUntil(() => isOpen(remove), 'the forged pick did not reach the confirmation');
      await pressEverything(remove);
      expect(mutationsSent(adapter), 'after forged picks').to.deep.equal([]);
      expect(found(remove, '[part~="delete-button"]')).to.deep.equal([]);
      await closeDialog(remove);

      // Another member's row: only the role is editable; their name and language are not fields.
      const edit = $(list, 'edit-user') as EditUser;
      await openDirectly(edit, () => edit.show(userOf(adapter, SEED.userId)));
      expect(edit.shadowRoot!.querySelectorAll('input[name="role"]').length, 'every role offered').to.equal(
        ROLES.length,
      );
      expect(found(edit, 'input[name="name"], input[name="lang"]'), 'name and language are not fields').to.deep.equal(
        [],
      );
      expect(
        edit.shadowRoot!.querySelector<HTMLInputElement>('#name')!.readOnly,
        'the name is shown read-only',
      ).to.equal(true);
      await closeDialog(edit);

      expect(mutationsSent(adapter), 'nothing was sent').to.deep.equal([]);
      expect(adapter.backend.sentEmails).to.deep.equal([]);
    });

    it('the last Administrator: own row offers only Edit, the role is locked, and removal is refused', async () => {
      const adapter = new MemoryAdapter({ userCount: 5 });
      adapter.backend.setUserRole(SEED.adminId, SEED.secondAdminId, 2);
      const { list } = await mountListPage(adapter);
      const me = userOf(adapter, SEED.adminId);
      expect(await rowActionLabels(list, SEED.adminId)).to.deep.equal(['Edit']);
      expect(await rowActionLabels(list, SEED.secondAdminId), 'the demoted admin is a plain member now').to.deep.equal([
        'Edit',
        'Delete',
      ]);

      const edit = $(list, 'edit-user') as EditUser;
      await openDirectly(edit, () => edit.show(me));
      expect(found(edit, 'input[name="role"]'), 'no role choice').to.deep.equal([]);
      expect(dialogText(edit)).to.contain("You can't change your own role.");
      await closeDialog(edit);

      const remove = $(list, 'delete-confirm') as DeleteConfirm;
      await openDirectly(remove, () => remove.show(me));
      await pressEverything(remove);
      expect(mutationsSent(adapter), 'after delete.show(last admin)').to.deep.equal([]);
      expect(found(remove, '[part~="delete-button"]')).to.deep.equal([]);
      await closeDialog(remove);
      expect(mutationsSent(adapter)).to.deep.equal([]);
    });
  });
});
