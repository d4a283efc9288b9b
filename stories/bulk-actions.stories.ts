import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../src/components/on-demand.js';
import '../src/components/user-list/user-list.js';
import { loadedAdapter, memoryLoader } from './support/memory-story.js';
import { inShadow, openDialog, storyElement } from './support/shadow.js';

/**
 * Acting on many users at once in `<user-list>`: tick rows (or every matching user), then change
 * their role, send their invitations again, remove them, or export them; each action says in
 * numbers what it will do and who is skipped before anything is sent.
 */
const meta = {
  title: 'user-list/Bulk actions',
  component: 'user-list',
  loaders: [memoryLoader],
  render: (_args, { loaded }) => html`<user-list .adapter=${loadedAdapter(loaded)} storage-key=""></user-list>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function list(canvasElement: HTMLElement) {
  const element = await storyElement(canvasElement, 'user-list');
  const ui = inShadow(element);
  await ui.findByRole('checkbox', { name: 'Select Victor Viewer' }, { timeout: 5_000 });
  return { element, ui };
}

async function tickThree(canvasElement: HTMLElement) {
  const found = await list(canvasElement);
  for (const who of ['Ada Lovelace', 'Victor Viewer', 'Nia Newhire']) {
    await userEvent.click(found.ui.getByRole('checkbox', { name: `Select ${who}` }));
  }
  return found;
}

async function bulkDialog(element: HTMLElement) {
  const dialog = element.shadowRoot!.querySelector<HTMLElement>('users-bulk-dialog')!;
  await openDialog(dialog);
  return { dialog, ui: inShadow(dialog) };
}

/** Three users ticked: the count, and the actions for all of them. */
export const Selection: Story = {
  play: async ({ canvasElement }) => {
    const { ui } = await tickThree(canvasElement);
    await expect(ui.getByText('3 selected')).toHaveAttribute('role', 'status');
    await expect(ui.getByRole('button', { name: 'Change role' })).toBeVisible();
    await expect(ui.getByRole('button', { name: 'Remove from account' })).toBeVisible();
  },
};

/** The whole page ticked offers every matching user, across pages. */
export const AllMatching: Story = {
  play: async ({ canvasElement }) => {
    const { ui } = await list(canvasElement);
    await userEvent.click(ui.getByRole('checkbox', { name: 'Select all users on this page' }));
    await userEvent.click(await ui.findByRole('button', { name: /^Select all \d+ matching$/ }));
    await expect(await ui.findByText(/^All \d+ matching selected$/)).toBeVisible();
  },
};

/** Change role: the effect in numbers, yourself skipped and named, before anything is sent. */
export const ChangeRoleConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const { element, ui } = await tickThree(canvasElement);
    await userEvent.click(ui.getByRole('button', { name: 'Change role' }));
    const dialog = await bulkDialog(element);
    await userEvent.selectOptions(await dialog.ui.findByRole('combobox', { name: 'New role' }), '5');
    await expect(dialog.ui.getByText('Change the role of 2 users to Engineers?')).toBeVisible();
    await expect(dialog.ui.getByText(/Ada Lovelace/)).toHaveTextContent('Ada Lovelace (yourself)');
  },
};

/** After the run: what was done and what was skipped, with Close. */
export const ChangeRoleResult: Story = {
  play: async ({ canvasElement }) => {
    const { element, ui } = await tickThree(canvasElement);
    await userEvent.click(ui.getByRole('button', { name: 'Change role' }));
    const dialog = await bulkDialog(element);
    await userEvent.selectOptions(await dialog.ui.findByRole('combobox', { name: 'New role' }), '5');
    await userEvent.click(dialog.ui.getByRole('button', { name: 'Change role' }));
    await expect(await dialog.ui.findByText('2 users done.')).toBeVisible();
    await expect(dialog.ui.getByText('1 user was skipped:')).toBeVisible();
  },
};

/** Remove: a user whose active API tokens block it is named, with a way to their tokens. */
export const RemoveBlockedByTokens: Story = {
  play: async ({ canvasElement }) => {
    const { element, ui } = await list(canvasElement);
    for (const who of ['Linus Engineer', 'Victor Viewer']) {
      await userEvent.click(ui.getByRole('checkbox', { name: `Select ${who}` }));
    }
    await userEvent.click(ui.getByRole('button', { name: 'Remove from account' }));
    const dialog = await bulkDialog(element);
    await expect(await dialog.ui.findByText(/^Remove 1 user from this account\?/)).toBeVisible();
    await expect(dialog.ui.getByRole('button', { name: "Show Linus Engineer's tokens" })).toBeVisible();
  },
};

/** A run in progress: "n of N" and a progress bar with its value, and Cancel. */
export const Running: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { element, ui } = await tickThree(canvasElement);
    await userEvent.click(ui.getByRole('button', { name: 'Change role' }));
    const dialog = await bulkDialog(element);
    await userEvent.selectOptions(await dialog.ui.findByRole('combobox', { name: 'New role' }), '5');
    // From here on the backend takes its time: the run stays in progress.
    loadedAdapter(loaded).latencyMs = 600_000;
    await userEvent.click(dialog.ui.getByRole('button', { name: 'Change role' }));
    const progress = await dialog.ui.findByRole('progressbar');
    await expect(progress).toHaveAttribute('aria-valuetext', '0 of 2');
    await expect(dialog.ui.getByRole('button', { name: 'Cancel' })).toBeVisible();
  },
};
