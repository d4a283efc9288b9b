import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/delete-confirm/delete-confirm.js';
import { hostPage, loadingSessionPlay, openFromPage, refusalPlay, translatedPlay } from './support/dialog-story.js';
import { narrow } from './support/layout.js';
import { loadedAdapter, memoryLoader, SEED, userIdControl } from './support/memory-story.js';
import { dialogClosed, inShadow, nextEvent, openDialog } from './support/shadow.js';

interface DeleteConfirmArgs {
  /** Whose removal is asked about; the session is `parameters.memory.signedInAs` (Ada, an Administrator, by default). */
  userId: number;
  /** A host listener vetoes the removal (`preventDefault()` on `user-remove-request`). */
  veto: boolean;
}

// A page's "Delete" button calls `show(user)`; the outcome is printed below it. Seed: Ada Lovelace
// (1, Administrator, signed in), Grace Hopper (2, Administrator), Linus Engineer (3, holds the active
// token "CI deploy", which blocks his removal), Victor Viewer (5, no tokens).
const meta = {
  title: 'delete-confirm',
  component: 'delete-confirm',
  loaders: [memoryLoader],
  args: { userId: SEED.userId, veto: false },
  argTypes: { userId: userIdControl },
  render: (args, { loaded }) => {
    const adapter = loadedAdapter(loaded);
    const veto = (event: Event) => {
      if (args.veto) event.preventDefault();
    };
    return hostPage(
      'Open the delete confirmation',
      (root) => root.querySelector('delete-confirm')!.show(adapter.backend.getUser(adapter.signedInAs, args.userId)),
      html`<delete-confirm .adapter=${adapter} @user-remove-request=${veto}></delete-confirm>`,
    );
  },
} satisfies Meta<DeleteConfirmArgs>;

export default meta;
type Story = StoryObj<DeleteConfirmArgs>;

const openDelete = (canvasElement: HTMLElement) => openFromPage(canvasElement, 'delete-confirm', 'Delete user?');

const outcome = (canvasElement: HTMLElement) => canvasElement.querySelector('output');

/** The question, as an alertdialog: who loses access to what; focus on Cancel. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const { dialog, native, ui } = await openDelete(canvasElement);
    await expect(native).toHaveAttribute('role', 'alertdialog');
    await expect(
      await ui.findByText(/Victor Viewer \(viewer@example\.com\) will lose access to this account only/),
    ).toBeVisible();
    await waitFor(() => expect(dialog.shadowRoot!.activeElement).toBe(ui.getByRole('button', { name: 'Cancel' })));
  },
};

/** Delete: the user is removed, `user-removed` fires, the dialog closes with `done`. */
export const DeleteUser: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { dialog, ui } = await openDelete(canvasElement);
    const removed = nextEvent(dialog, 'user-removed');
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    await expect((await removed).detail.user.id).toBe(SEED.userId);
    await dialogClosed(dialog);
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('"done"'));
    const adapter = loadedAdapter(loaded);
    const members = adapter.backend.listMembers(adapter.signedInAs).map((user) => user.id);
    await expect(members).not.toContain(SEED.userId);
  },
};

/**
 * Linus Engineer holds an active token: the removal is refused, the dialog lists the token; an
 * Administrator deletes it right there, then "Try again" removes him.
 */
export const BlockedByTokens: Story = {
  args: { userId: SEED.engineerId },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openDelete(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    await expect(await ui.findByText("You can't remove the user as they have active tokens.")).toBeVisible();
    await expect(ui.getByText('Delete these tokens, then try again.')).toBeVisible();
    const tokens = await waitFor(() => {
      const list = dialog.shadowRoot!.querySelector<HTMLElement>('api-token-list');
      expect(list).not.toBeNull();
      return list!;
    });
    const tokenUi = inShadow(tokens);
    await userEvent.click(await tokenUi.findByRole('button', { name: 'Delete token CI deploy' }));
    await openDialog(tokens, 'Delete API token?');
    await userEvent.click(tokenUi.getByRole('button', { name: 'Delete token' }));
    await dialogClosed(tokens);
    await expect(await ui.findByText('Token deleted. Try again to delete the user.')).toBeVisible();
    await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
    await dialogClosed(dialog);
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('"done"'));
  },
};

/** The blocked state itself, left open: the message and the embedded token list (axe checks it). */
export const BlockedByTokensOpen: Story = {
  args: { userId: SEED.engineerId },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openDelete(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    await ui.findByText("You can't remove the user as they have active tokens.");
    const tokens = dialog.shadowRoot!.querySelector<HTMLElement>('api-token-list')!;
    await expect(await inShadow(tokens).findByRole('rowheader', { name: 'CI deploy' })).toBeVisible();
  },
};

/** Nobody removes themselves: no Delete button, the reason instead. */
export const Self: Story = {
  args: { userId: SEED.adminId },
  play: refusalPlay(openDelete, "You can't delete yourself from the account.", (ui) =>
    ui.queryByRole('button', { name: 'Delete' }),
  ),
};

/** A non-admin can't delete anyone. */
export const NonAdmin: Story = {
  args: { userId: SEED.notActivatedId },
  parameters: { memory: { signedInAs: SEED.userId } },
  play: refusalPlay(openDelete, 'Only Administrators can delete users.'),
};

/** A host vetoes the removal through the cancelable `user-remove-request`: nothing is sent. */
export const VetoedByHost: Story = {
  args: { veto: true },
  play: async ({ canvasElement, loaded }) => {
    const { dialog, ui } = await openDelete(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    await dialogClosed(dialog);
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('"cancelled"'));
    await expect(loadedAdapter(loaded).callsOf('removeUser')).toHaveLength(0);
  },
};

/** The removal fails (network): the reason shows and Delete works again. */
export const NetworkErrorThenRetry: Story = {
  parameters: { memory: { faults: [{ method: 'removeUser', code: 'network' }] } },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openDelete(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    await expect(await ui.findByText(/Can't reach the server/)).toBeVisible();
    await userEvent.click(ui.getByRole('button', { name: 'Delete' }));
    await dialogClosed(dialog);
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('"done"'));
  },
};

/** The session is still loading when the dialog opens. */
export const LoadingSession: Story = {
  parameters: { memory: { latencyMs: 600_000 } },
  play: loadingSessionPlay(openDelete),
};

/** The heading is translated (matches `heading`) and the Delete button renders. */
const translated = (heading: RegExp) => translatedPlay('delete-confirm', '[part="delete-button"]', heading);

export const German: Story = { globals: { lang: 'de' }, play: translated(/^(?!Delete user\?$)\S/) };
export const Chinese: Story = { globals: { lang: 'zh' }, play: translated(/[\u4e00-\u9fff]/) };
export const Russian: Story = { globals: { lang: 'ru' }, play: translated(/[а-яё]/i) };

export const DarkTheme: Story = {
  args: { userId: SEED.engineerId },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openDelete(canvasElement);
    await expect(dialog).toHaveAttribute('theme', 'dark');
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    const tokens = await waitFor(() => {
      const list = dialog.shadowRoot!.querySelector<HTMLElement>('api-token-list');
      expect(list).not.toBeNull();
      return list!;
    });
    // The embedded list follows the dialog's theme.
    await expect(tokens).toHaveAttribute('theme', 'dark');
    await inShadow(tokens).findByRole('rowheader', { name: 'CI deploy' });
  },
};

/** On a 360 px phone, with the blocking tokens listed, the dialog still fits the screen. */
export const Narrow: Story = {
  ...narrow,
  args: { userId: SEED.engineerId },
  play: async ({ canvasElement }) => {
    const { dialog, native, ui } = await openDelete(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Delete' }));
    const tokens = await waitFor(() => {
      const list = dialog.shadowRoot!.querySelector<HTMLElement>('api-token-list');
      expect(list).not.toBeNull();
      return list!;
    });
    await inShadow(tokens).findByRole('rowheader', { name: 'CI deploy' });
    const box = native.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  },
};
