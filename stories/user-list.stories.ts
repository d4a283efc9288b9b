import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/user-list/user-list.js';
import '../src/components/invite-dialog/invite-dialog.js';
import '../src/components/edit-user/edit-user.js';
import '../src/components/delete-confirm/delete-confirm.js';
import { expectNoOverflow, narrow } from './support/layout.js';
import { loadedAdapter, memoryLoader, SEED } from './support/memory-story.js';
import { dialogClosed, inShadow, LANG_LOAD, openDialog, storyElement } from './support/shadow.js';
import { announced, chooseRowAction, listDialog, rowActions, visibleEmails } from './support/user-list-driver.js';

interface UserListArgs {
  pageSize: number;
}

// The whole Users section over the MemoryAdapter's seed: Ada Lovelace (Administrator, signed in by
// default), Grace Hopper (Administrator), Linus Engineer (holds an active token), Nia Newhire (never
// activated), Victor Viewer (Users role), plus generated members. `storage-key=""` keeps each
// story's page size its own instead of remembering the last one chosen.
const meta = {
  title: 'user-list',
  component: 'user-list',
  loaders: [memoryLoader],
  args: { pageSize: 10 },
  argTypes: { pageSize: { control: 'select', options: [10, 25, 50, 100] } },
  render: (args, { loaded }) =>
    html`<user-list .adapter=${loadedAdapter(loaded)} page-size=${args.pageSize} storage-key=""></user-list>`,
} satisfies Meta<UserListArgs>;

export default meta;
type Story = StoryObj<UserListArgs>;

const userList = (canvasElement: HTMLElement) => storyElement(canvasElement, 'user-list');

/** Resolves once the first page is on screen. */
async function loaded(canvasElement: HTMLElement) {
  const list = await userList(canvasElement);
  await waitFor(() => expect(visibleEmails(list).length).toBeGreaterThan(0), { timeout: 5_000 });
  return { list, ui: inShadow(list) };
}

/** An Administrator: the invite button, every row's menu, "You" on their own row. */
export const Admin: Story = {
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    await expect(ui.getByRole('button', { name: 'Invite user' })).toBeVisible();
    await expect(ui.getByText(/Showing 1–10 of 25 entries/)).toBeVisible();
    await expect(await rowActions(list, 'Nia Newhire')).toEqual(['Edit', 'Resend invite', 'Delete']);
  },
};

/** A non-admin: no invite button; only their own row has a menu (to edit their profile). */
export const NonAdmin: Story = {
  parameters: { memory: { signedInAs: SEED.userId } },
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    await expect(ui.queryByRole('button', { name: 'Invite user' })).toBeNull();
    const menus = [...list.shadowRoot!.querySelectorAll('users-row-menu')].map((menu) => menu.getAttribute('label'));
    await expect(menus).toEqual(['Actions for Victor Viewer']);
    await expect(await rowActions(list, 'Victor Viewer')).toEqual(['Edit']);
  },
};

/** While the first page loads: skeleton rows, the table busy, "Loading users…". */
export const Loading: Story = {
  parameters: { memory: { latencyMs: 600_000 } },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await userList(canvasElement));
    await expect(await ui.findByText('Loading users…')).toBeVisible();
    await expect(ui.getByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The users can't be loaded: the reason and a retry (which asks again). */
export const LoadError: Story = {
  parameters: { memory: { faults: [{ method: 'listUsers', code: 'network', always: true }] } },
  play: async ({ canvasElement, loaded: context }) => {
    const ui = inShadow(await userList(canvasElement));
    await expect(await ui.findByRole('alert')).toHaveTextContent(
      /The users couldn't be loaded\..*Can't reach the server/,
    );
    const adapter = loadedAdapter(context);
    const before = adapter.callsOf('listUsers').length;
    await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(adapter.callsOf('listUsers').length).toBeGreaterThan(before));
    await expect(await ui.findByRole('alert')).toBeVisible();
  },
};

/** A 5-member account searched for someone who isn't there: the empty list and a way back. */
export const EmptySearchResult: Story = {
  parameters: { memory: { userCount: 5 } },
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    await expect(visibleEmails(list)).toHaveLength(5);
    await userEvent.type(ui.getByRole('searchbox', { name: 'Search' }), 'nobody-by-this-name{Enter}');
    await expect(await ui.findByText('No users match your search and filters.')).toBeVisible();
    await expect(ui.queryByRole('table')).toBeNull();
    await userEvent.click(ui.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    await waitFor(() => expect(visibleEmails(list)).toHaveLength(5));
  },
};

/** Filters that match nobody: Administrators who never activated. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const { ui } = await loaded(canvasElement);
    await userEvent.selectOptions(ui.getByLabelText('Status'), 'not_activated');
    await userEvent.selectOptions(ui.getByLabelText('Two-factor authentication'), 'on');
    await expect(await ui.findByText('No users match your search and filters.')).toBeVisible();
  },
};

/** Search by name, email or ID, as the user types (after a pause). */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    const search = ui.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(search, 'grace');
    await waitFor(() => expect(visibleEmails(list)).toEqual(['grace.hopper@example.com']));
    // Replaces what is typed (userEvent.clear can't see focus inside a shadow root).
    await userEvent.type(search, `${SEED.notActivatedId}{Enter}`, { initialSelectionStart: 0, initialSelectionEnd: 5 });
    await waitFor(() => expect(visibleEmails(list)).toContain('new.hire@example.com'));
  },
};

/** Filter by role (a multi-select) and status. */
export const FilterByRoleAndStatus: Story = {
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    const rolesFilter = list.shadowRoot!.querySelector<HTMLElement>('users-multi-select[part~="roles-filter"]')!;
    const roles = inShadow(rolesFilter);
    await userEvent.click(roles.getByRole('button'));
    await userEvent.click(await roles.findByRole('checkbox', { name: 'Administrators' }));
    await waitFor(() => expect(visibleEmails(list)).toEqual(['ada.lovelace@example.com', 'grace.hopper@example.com']));
    await userEvent.keyboard('{Escape}');
    await userEvent.selectOptions(ui.getByLabelText('Status'), 'activated');
    await waitFor(() => expect(visibleEmails(list)).toHaveLength(2));
    await userEvent.click(ui.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(visibleEmails(list)).toHaveLength(10));
  },
};

/** Sorting by a column: the header says how it is sorted. */
export const SortByName: Story = {
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    const before = visibleEmails(list);
    await userEvent.click(ui.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(ui.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort'));
    await waitFor(() => expect(visibleEmails(list)).not.toEqual(before));
  },
};

/** 100,000 members: only the visible page is asked for and rendered; page through and resize. */
export const HundredThousandUsers: Story = {
  parameters: { memory: { userCount: 100_000 } },
  play: async ({ canvasElement, loaded: context }) => {
    const { list, ui } = await loaded(canvasElement);
    await expect(ui.getByText('Showing 1–10 of 100,000 entries')).toBeVisible();
    await userEvent.click(ui.getByRole('button', { name: 'Next page' }));
    await expect(await ui.findByText('Showing 11–20 of 100,000 entries')).toBeVisible();
    await userEvent.selectOptions(ui.getByLabelText('Entries per page'), '100');
    await waitFor(() => expect(visibleEmails(list)).toHaveLength(100));
    const queries = loadedAdapter(context)
      .callsOf('listUsers')
      .map((call) => call.args[0] as { limit: number });
    await expect(Math.max(...queries.map((query) => query.limit))).toBeLessThanOrEqual(100);
  },
};

/** Invite a user from the list and see them listed, marked "New", with the outcome announced. */
export const InviteUser: Story = {
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    await userEvent.click(ui.getByRole('button', { name: 'Invite user' }));
    const invite = await listDialog(list, 'invite-dialog', 'Invite user');
    await userEvent.type(await invite.ui.findByLabelText(/^Name/), 'Zoe Newcomer');
    await userEvent.type(invite.ui.getByLabelText(/^Email/), 'zoe.newcomer@example.com');
    await userEvent.click(invite.ui.getByRole('radio', { name: 'Engineers' }));
    await userEvent.click(invite.ui.getByRole('button', { name: 'Invite user' }));
    await invite.ui.findByText(/Invitation sent to zoe\.newcomer@example\.com/);
    await userEvent.click(invite.ui.getByRole('button', { name: 'Close' }));
    await dialogClosed(invite.element);
    await announced(list, 'Invitation sent to zoe.newcomer@example.com.');
    await waitFor(() => expect(visibleEmails(list)).toContain('zoe.newcomer@example.com'));
    const row = list.shadowRoot!.querySelector('tr[part~="new-row"]')!;
    await expect(row).toHaveTextContent('Zoe Newcomer');
    await expect(row).toHaveTextContent('Engineers');
    // Focus is back on the button that opened the dialog.
    await expect(list.shadowRoot!.activeElement).toBe(ui.getByRole('button', { name: 'Invite user' }));
  },
};

/** Edit a user's role from their row; the row shows the new role and the change is announced. */
export const EditRole: Story = {
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await chooseRowAction(list, 'Grace Hopper', 'Edit');
    const edit = await listDialog(list, 'edit-user', 'Edit user');
    await userEvent.click(await edit.ui.findByRole('radio', { name: 'Engineers' }));
    await userEvent.click(edit.ui.getByRole('button', { name: 'Save' }));
    await dialogClosed(edit.element);
    await announced(list, 'User Grace Hopper was updated.');
    await waitFor(() =>
      expect(list.shadowRoot!.querySelector('tr[data-user-id="2"] .col-role')).toHaveTextContent('Engineers'),
    );
  },
};

/** A non-admin edits their own profile from their row (the only row with a menu). */
export const EditOwnProfile: Story = {
  parameters: { memory: { signedInAs: SEED.userId } },
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await chooseRowAction(list, 'Victor Viewer', 'Edit');
    const edit = await listDialog(list, 'edit-user', 'Edit your profile');
    const name = await edit.ui.findByRole('textbox', { name: /^Name/ });
    await userEvent.type(name, ' Jr.');
    await userEvent.click(edit.ui.getByRole('button', { name: 'Save' }));
    await dialogClosed(edit.element);
    await announced(list, 'User Victor Viewer Jr. was updated.');
  },
};

/** Delete a user from their row: confirmed, announced, gone from the list. */
export const DeleteUser: Story = {
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await chooseRowAction(list, 'Victor Viewer', 'Delete');
    const confirm = await listDialog(list, 'delete-confirm', 'Delete user?');
    await userEvent.click(await confirm.ui.findByRole('button', { name: 'Delete' }));
    await dialogClosed(confirm.element);
    await announced(list, 'User Victor Viewer was removed.');
    await waitFor(() => expect(visibleEmails(list)).not.toContain('viewer@example.com'));
  },
};

/**
 * Deleting Linus Engineer is blocked by his active token: delete the token in the dialog, try
 * again, and he is removed.
 */
export const DeleteBlockingTokenThenUser: Story = {
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await chooseRowAction(list, 'Linus Engineer', 'Delete');
    const confirm = await listDialog(list, 'delete-confirm', 'Delete user?');
    await userEvent.click(await confirm.ui.findByRole('button', { name: 'Delete' }));
    await confirm.ui.findByText("You can't remove the user as they have active tokens.");
    const tokens = confirm.element.shadowRoot!.querySelector<HTMLElement>('api-token-list')!;
    const tokenUi = inShadow(tokens);
    await userEvent.click(await tokenUi.findByRole('button', { name: 'Delete token CI deploy' }));
    await openDialog(tokens, 'Delete API token?');
    await userEvent.click(tokenUi.getByRole('button', { name: 'Delete token' }));
    await dialogClosed(tokens);
    await userEvent.click(await confirm.ui.findByRole('button', { name: 'Try again' }));
    await dialogClosed(confirm.element);
    await announced(list, 'User Linus Engineer was removed.');
    await waitFor(() => expect(visibleEmails(list)).not.toContain('linus.engineer@example.com'));
  },
};

/** Resend the invitation to a user who never activated. */
export const ResendInvite: Story = {
  play: async ({ canvasElement, loaded: context }) => {
    const { list } = await loaded(canvasElement);
    const resent = new Promise((resolve) => list.addEventListener('invite-resent', resolve, { once: true }));
    await chooseRowAction(list, 'Nia Newhire', 'Resend invite');
    await resent;
    await announced(list, 'Invitation sent again to new.hire@example.com.');
    await expect(loadedAdapter(context).backend.sentEmails.at(-1)).toEqual({
      to: 'new.hire@example.com',
      kind: 'invitation-resent',
    });
  },
};

/** Resending fails (network): the announcement says so, in the error style. */
export const ResendInviteFails: Story = {
  parameters: { memory: { faults: [{ method: 'resendInvite', code: 'network' }] } },
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await chooseRowAction(list, 'Nia Newhire', 'Resend invite');
    await announced(list, /could not be sent again\. Can't reach the server/);
    await expect(list.shadowRoot!.querySelector('[part~="notice"]')).toHaveAttribute('part', 'notice error-notice');
  },
};

const translated = (pattern: RegExp): Story['play'] =>
  async function play({ canvasElement }) {
    const { ui } = await loaded(canvasElement);
    await waitFor(() => expect(ui.getByRole('heading', { level: 2 }).textContent).toMatch(pattern), LANG_LOAD);
  };

export const German: Story = { globals: { lang: 'de' }, play: translated(/^(?!Users$)\S/) };
export const Chinese: Story = { globals: { lang: 'zh' }, play: translated(/[\u4e00-\u9fff]/) };
export const Russian: Story = { globals: { lang: 'ru' }, play: translated(/[а-яё]/i) };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await expect(list).toHaveAttribute('theme', 'dark');
    // The dialogs the list renders follow its theme.
    await expect(list.shadowRoot!.querySelector('invite-dialog')).toHaveAttribute('theme', 'dark');
  },
};

/** 360 px: rows become cards; nothing sticks out. */
export const Narrow: Story = {
  ...narrow,
  play: async ({ canvasElement }) => {
    const { list } = await loaded(canvasElement);
    await expectNoOverflow(list);
  },
};

/** The invite dialog on a 360 px phone, opened from the list. */
export const NarrowInvite: Story = {
  ...narrow,
  play: async ({ canvasElement }) => {
    const { list, ui } = await loaded(canvasElement);
    await userEvent.click(ui.getByRole('button', { name: 'Invite user' }));
    const invite = await listDialog(list, 'invite-dialog');
    await invite.ui.findByLabelText(/^Email/);
    const box = (await openDialog(invite.element)).getBoundingClientRect();
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  },
};
