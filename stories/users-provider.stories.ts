import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/users-provider/users-provider.js';
import '../src/components/user-list/user-list.js';
import '../src/components/invite-dialog/invite-dialog.js';
import '../src/components/api-token-list/api-token-list.js';
import { loadedAdapter, memoryLoader, sameAccountAs, SEED } from './support/memory-story.js';
import { inShadow, openDialog, storyElement } from './support/shadow.js';

// One `<users-provider>` gives its adapter to every widget element inside it: here a user list and
// the token list of the same account, configured once.
const meta = {
  title: 'users-provider',
  component: 'users-provider',
  loaders: [memoryLoader],
  render: (_args, { loaded }) =>
    html`<users-provider .adapter=${loadedAdapter(loaded)}>
      <user-list storage-key=""></user-list>
      <api-token-list></api-token-list>
    </users-provider>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Both elements load from the provided adapter; neither has one of its own. */
export const SharedAdapter: Story = {
  play: async ({ canvasElement, loaded }) => {
    const list = await storyElement(canvasElement, 'user-list');
    const tokens = await storyElement(canvasElement, 'api-token-list');
    await expect(list.adapter).toBeUndefined();
    await expect(await inShadow(tokens).findByRole('rowheader', { name: 'CI deploy' })).toBeVisible();
    await waitFor(() => expect(list.shadowRoot!.querySelectorAll('tbody tr[data-user-id]').length).toBe(10));
    const adapter = loadedAdapter(loaded);
    await expect(adapter.callsOf('listUsers').length).toBeGreaterThan(0);
    await expect(adapter.callsOf('listApiTokens').length).toBeGreaterThan(0);
  },
};

/** A standalone `<invite-dialog>` next to the list: it takes the provider's adapter too. */
export const StandaloneDialog: Story = {
  render: (_args, { loaded }) =>
    html`<users-provider .adapter=${loadedAdapter(loaded)}>
      <button
        type="button"
        @click=${(event: Event) => (event.currentTarget as HTMLElement).parentElement!.querySelector('invite-dialog')!.show()}
      >
        Invite someone
      </button>
      <invite-dialog></invite-dialog>
    </users-provider>`,
  play: async ({ canvasElement }) => {
    const dialog = await storyElement(canvasElement, 'invite-dialog');
    await userEvent.click(canvasElement.querySelector('button')!);
    await openDialog(dialog, 'Invite user');
    await expect(await inShadow(dialog).findByLabelText(/^Email/)).toBeVisible();
  },
};

/** Replacing the provider's adapter switches every element to the new backend (here: a non-admin's session). */
export const SwitchAdapter: Story = {
  play: async ({ canvasElement, loaded }) => {
    const provider = await storyElement(canvasElement, 'users-provider');
    const list = await storyElement(canvasElement, 'user-list');
    const ui = inShadow(list);
    await expect(await ui.findByRole('button', { name: 'Invite user' })).toBeVisible();
    provider.adapter = sameAccountAs(loadedAdapter(loaded), SEED.userId);
    await waitFor(() => expect(ui.queryByRole('button', { name: 'Invite user' })).toBeNull());
  },
};
