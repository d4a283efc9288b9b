import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fireEvent, userEvent, waitFor } from 'storybook/test';
import '../src/components/edit-user/edit-user.js';
import { hostPage, loadingSessionPlay, openFromPage, refusalPlay, translatedPlay } from './support/dialog-story.js';
import { narrow } from './support/layout.js';
import { loadedAdapter, memoryLoader, SEED, userIdControl } from './support/memory-story.js';
import { dialogClosed, nextEvent, openDialog } from './support/shadow.js';

interface EditUserArgs {
  /** Whose row is edited; the session is `parameters.memory.signedInAs` (Ada, an Administrator, by default). */
  userId: number;
}

// A page's "Edit" button calls `show(user)` with the user as the adapter knows them; the outcome is
// printed below it. Seed: Ada Lovelace (1, Administrator), Grace Hopper (2, Administrator), Linus
// Engineer (3, Engineers, holds the active Engineers token "CI deploy"), Victor Viewer (5, Users).
const meta = {
  title: 'edit-user',
  component: 'edit-user',
  loaders: [memoryLoader],
  args: { userId: SEED.secondAdminId },
  argTypes: { userId: userIdControl },
  render: (args, { loaded }) => {
    const adapter = loadedAdapter(loaded);
    return hostPage(
      'Open the edit dialog',
      (root) => root.querySelector('edit-user')!.show(adapter.backend.getUser(adapter.signedInAs, args.userId)),
      html`<edit-user .adapter=${adapter}></edit-user>`,
    );
  },
} satisfies Meta<EditUserArgs>;

export default meta;
type Story = StoryObj<EditUserArgs>;

const openEdit = (canvasElement: HTMLElement, title: string | RegExp = /^Edit/) =>
  openFromPage(canvasElement, 'edit-user', title);

/** An Administrator on another user's row: only the role; name, email and language read-only. */
export const AdminEditsOther: Story = {
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openEdit(canvasElement, 'Edit user');
    await expect(await ui.findByRole('radio', { name: 'Administrators' })).toBeChecked();
    await expect(ui.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('readonly');
    await expect(ui.getByRole('textbox', { name: /^Language/ })).toHaveAttribute('readonly');
    await expect(ui.getByRole('button', { name: 'Save' })).toBeDisabled();
    const updated = nextEvent(dialog, 'user-updated');
    await userEvent.click(ui.getByRole('radio', { name: 'Engineers' }));
    await userEvent.click(ui.getByRole('button', { name: 'Save' }));
    const event = await updated;
    await expect(event.detail.changed).toEqual(['role']);
    await expect(event.detail.user.role).toBe(5);
    await dialogClosed(dialog);
    await waitFor(() => expect(canvasElement.querySelector('output')).toHaveTextContent('"done"'));
  },
};

/** An Administrator on their own row: name and language; their own role is locked, and says why. */
export const AdminEditsSelf: Story = {
  args: { userId: SEED.adminId },
  play: async ({ canvasElement, loaded }) => {
    const { dialog, ui } = await openEdit(canvasElement, 'Edit your profile');
    const name = await ui.findByRole('textbox', { name: /^Name/ });
    await expect(name).toHaveValue('Ada Lovelace');
    await expect(await ui.findByText("You can't change your own role.")).toBeVisible();
    await userEvent.type(name, ' King');
    await userEvent.click(ui.getByRole('radio', { name: 'German' }));
    await userEvent.click(ui.getByRole('button', { name: 'Save' }));
    await dialogClosed(dialog);
    const adapter = loadedAdapter(loaded);
    await expect(adapter.backend.getUser(SEED.adminId, SEED.adminId)).toMatchObject({
      name: 'Ada Lovelace King',
      lang: 'de',
    });
  },
};

/** A non-admin on their own row: name and language (their profile), role read-only. */
export const UserEditsSelf: Story = {
  args: { userId: SEED.userId },
  parameters: { memory: { signedInAs: SEED.userId } },
  play: async ({ canvasElement }) => {
    const { ui } = await openEdit(canvasElement, 'Edit your profile');
    await expect(await ui.findByRole('textbox', { name: /^Name/ })).toHaveValue('Victor Viewer');
    await expect(ui.getByRole('radio', { name: 'Russian' })).toBeChecked();
    await expect(ui.queryByRole('radio', { name: 'Engineers' })).toBeNull();
  },
};

/** A non-admin opening someone else's row gets an explanation, not a form. */
export const UserEditsOther: Story = {
  args: { userId: SEED.adminId },
  parameters: { memory: { signedInAs: SEED.userId } },
  play: refusalPlay(openEdit, 'You can edit only your own profile.'),
};

/**
 * Lowering Linus Engineer to Users while he holds an active Engineers token: the backend refuses,
 * the dialog says why and lists the token; the chosen role stays selected.
 */
export const TokenRoleConflict: Story = {
  args: { userId: SEED.engineerId },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openEdit(canvasElement, 'Edit user');
    await userEvent.click(await ui.findByRole('radio', { name: 'Users' }));
    await userEvent.click(ui.getByRole('button', { name: 'Save' }));
    await expect(await ui.findByText(/Not saved: role\..*has issued a token with a higher role/)).toBeVisible();
    const tokens = await waitFor(() => {
      const list = dialog.shadowRoot!.querySelector('[part="conflicting-tokens"]');
      expect(list).not.toBeNull();
      return list!;
    });
    await expect(tokens).toHaveTextContent('CI deploy (Engineers)');
    await expect(ui.getByRole('radio', { name: 'Users' })).toBeChecked();
  },
};

/** Saving fails (network): the reason, and what was typed is still there to save again. */
export const SaveFailsThenRetry: Story = {
  args: { userId: SEED.userId },
  parameters: { memory: { signedInAs: SEED.userId, faults: [{ method: 'updateUser', code: 'network' }] } },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openEdit(canvasElement, 'Edit your profile');
    const name = await ui.findByRole('textbox', { name: /^Name/ });
    await userEvent.type(name, ' Jr.');
    await userEvent.click(ui.getByRole('button', { name: 'Save' }));
    await expect(await ui.findByText(/Not saved: name\..*Can't reach the server/)).toBeVisible();
    await expect(name).toHaveValue('Victor Viewer Jr.');
    await userEvent.click(ui.getByRole('button', { name: 'Save' }));
    await dialogClosed(dialog);
  },
};

/** A name longer than the API accepts: the message under the field, nothing sent. */
export const NameTooLong: Story = {
  args: { userId: SEED.userId },
  parameters: { memory: { signedInAs: SEED.userId } },
  play: async ({ canvasElement, loaded }) => {
    const { ui } = await openEdit(canvasElement, 'Edit your profile');
    const name = await ui.findByRole('textbox', { name: /^Name/ });
    // What a paste does to the field (userEvent.paste can't see focus inside a shadow root).
    await fireEvent.input(name, { target: { value: 'x'.repeat(256) } });
    await userEvent.click(ui.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(/at most 255 characters/));
    await expect(loadedAdapter(loaded).callsOf('updateUser')).toHaveLength(0);
  },
};

/** The session is still loading when the dialog opens. */
export const LoadingSession: Story = {
  parameters: { memory: { latencyMs: 600_000 } },
  play: loadingSessionPlay(openEdit),
};

/** The heading is translated (matches `heading`) and the role choice renders. */
const translated = (heading: RegExp) => translatedPlay('edit-user', 'input[name="role"]', heading);

export const German: Story = { globals: { lang: 'de' }, play: translated(/^(?!Edit user$)\S/) };
export const Chinese: Story = { globals: { lang: 'zh' }, play: translated(/[\u4e00-\u9fff]/) };
export const Russian: Story = { globals: { lang: 'ru' }, play: translated(/[а-яё]/i) };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openEdit(canvasElement, 'Edit user');
    await expect(dialog).toHaveAttribute('theme', 'dark');
    await ui.findByRole('radio', { name: 'Engineers' });
  },
};

/** On a 360 px phone the dialog fits the screen. */
export const Narrow: Story = {
  ...narrow,
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openEdit(canvasElement, 'Edit user');
    await ui.findByRole('radio', { name: 'Engineers' });
    const box = (await openDialog(dialog)).getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  },
};
