import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/invite-dialog/invite-dialog.js';
import { hostPage, loadingSessionPlay, openFromPage, refusalPlay, translatedPlay } from './support/dialog-story.js';
import { narrow } from './support/layout.js';
import { loadedAdapter, memoryLoader, SEED } from './support/memory-story.js';
import { dialogClosed, inShadow, nextEvent, openDialog } from './support/shadow.js';

// A page's "Invite user" button opens the dialog (`show()`); the outcome it resolves with is
// printed below it. The account is the MemoryAdapter's seed: SEED.externalEmail has a Gcore account
// elsewhere, SEED.uninvitableEmail is refused by the backend, grace.hopper@example.com is a member.
const meta = {
  title: 'invite-dialog',
  component: 'invite-dialog',
  loaders: [memoryLoader],
  render: (_args, { loaded }) =>
    hostPage(
      'Open the invite dialog',
      (root) => root.querySelector('invite-dialog')!.show(),
      html`<invite-dialog .adapter=${loadedAdapter(loaded)}></invite-dialog>`,
    ),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Clicks the page's button and waits for the dialog; returns the element and queries in its shadow root. */
const openInvite = (canvasElement: HTMLElement) => openFromPage(canvasElement, 'invite-dialog', 'Invite user');

/** Fills the form as a person would: email (and name), then submits. */
async function invite(ui: ReturnType<typeof inShadow>, email: string, name = '') {
  if (name) await userEvent.type(await ui.findByLabelText(/^Name/), name);
  await userEvent.type(await ui.findByLabelText(/^Email/), email);
  await userEvent.click(ui.getByRole('button', { name: 'Invite user' }));
}

/** The empty form, as an Administrator opens it: focus in the first field. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    const name = await ui.findByLabelText(/^Name/);
    await waitFor(() => expect(dialog.shadowRoot!.activeElement).toBe(name));
    await expect(ui.getByRole('radio', { name: 'English' })).toBeChecked();
  },
};

/** A new address: an account is created, the invitee gets a create-password link. */
export const InviteCreatesAccount: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    const invited = nextEvent(dialog, 'user-invited');
    await userEvent.click(await ui.findByRole('radio', { name: 'German' }));
    await invite(ui, 'new.person@example.com', 'New Person');
    const event = await invited;
    await expect(event.detail.outcome).toBe('created');
    await expect(event.detail.user).toMatchObject({ email: 'new.person@example.com', lang: 'de' });
    await expect(await ui.findByText(/Invitation sent to new\.person@example\.com/)).toBeVisible();
    await expect(loadedAdapter(loaded).backend.sentEmails.at(-1)).toMatchObject({ kind: 'create-password' });
    await userEvent.click(ui.getByRole('button', { name: 'Close' }));
    await dialogClosed(dialog);
    await waitFor(() => expect(canvasElement.querySelector('output')).toHaveTextContent('"done"'));
  },
};

/** An address with a Gcore account elsewhere: access is granted and the person notified. */
export const InviteExistingAccount: Story = {
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    const invited = nextEvent(dialog, 'user-invited');
    await invite(ui, SEED.externalEmail);
    await expect((await invited).detail.outcome).toBe('existing');
    await expect(await ui.findByText(/already has an account and was notified/)).toBeVisible();
  },
};

/** Invite one, then "Invite another": the form comes back empty. */
export const InviteAnother: Story = {
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await invite(ui, 'first@example.com');
    await userEvent.click(await ui.findByRole('button', { name: 'Invite another' }));
    await expect(await ui.findByLabelText(/^Email/)).toHaveValue('');
  },
};

/** A member's address: the backend says already invited; the message sits under the email field. */
export const AlreadyInvited: Story = {
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await invite(ui, 'grace.hopper@example.com');
    const email = ui.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription(/already has access to this account/);
    await expect(email).toHaveValue('grace.hopper@example.com');
  },
};

/** The backend refuses this address ("This user cannot be added to this client"). */
export const CannotAdd: Story = {
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await invite(ui, SEED.uninvitableEmail);
    await expect(await ui.findByText("This user can't be added to this account.")).toBeVisible();
    await expect(ui.getByLabelText(/^Email/)).toHaveValue(SEED.uninvitableEmail);
  },
};

/** The daily invitation limit is reached. */
export const DailyLimit: Story = {
  parameters: { memory: { faults: [{ method: 'inviteUser', code: 'rate_limited' }] } },
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await invite(ui, 'one.too.many@example.com');
    await expect(await ui.findByText(/You can invite up to \d+ new users per day/)).toBeVisible();
  },
};

/** The backend says the session may not invite (e.g. the role changed since the page loaded). */
export const Forbidden: Story = {
  parameters: { memory: { faults: [{ method: 'inviteUser', code: 'forbidden' }] } },
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await invite(ui, 'someone@example.com');
    await expect(await ui.findByText("You don't have permission to do this.")).toBeVisible();
  },
};

/** The network fails once: the message shows, nothing typed is lost, and sending again works. */
export const NetworkErrorThenRetry: Story = {
  parameters: { memory: { faults: [{ method: 'inviteUser', code: 'network' }] } },
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await invite(ui, 'patient@example.com', 'Pat Patient');
    await expect(await ui.findByText(/Can't reach the server/)).toBeVisible();
    await expect(ui.getByLabelText(/^Name/)).toHaveValue('Pat Patient');
    await expect(ui.getByLabelText(/^Email/)).toHaveValue('patient@example.com');
    await userEvent.click(ui.getByRole('button', { name: 'Invite user' }));
    await expect(await ui.findByText(/Invitation sent to patient@example\.com/)).toBeVisible();
  },
};

/** Submitting an empty form, then a malformed address: messages under the field, focus on it. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    await userEvent.click(await ui.findByRole('button', { name: 'Invite user' }));
    const email = ui.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Enter an email address\./));
    await expect(dialog.shadowRoot!.activeElement).toBe(email);
    await userEvent.type(email, 'not-an-email');
    await userEvent.tab();
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Enter a valid email address/));
    await expect(loadedAdapter(loaded).callsOf('inviteUser')).toHaveLength(0);
  },
};

/** While the invitation is in flight the button says so, and a second click sends nothing more. */
export const Submitting: Story = {
  parameters: { memory: { latencyMs: 400 } },
  play: async ({ canvasElement, loaded }) => {
    const { ui } = await openInvite(canvasElement);
    await userEvent.type(await ui.findByLabelText(/^Email/, undefined, { timeout: 3_000 }), 'slow@example.com');
    await userEvent.click(ui.getByRole('button', { name: 'Invite user' }));
    const busy = await ui.findByRole('button', { name: 'Inviting…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(busy);
    await expect(
      await ui.findByText(/Invitation sent to slow@example\.com/, undefined, { timeout: 3_000 }),
    ).toBeVisible();
    await expect(loadedAdapter(loaded).callsOf('inviteUser')).toHaveLength(1);
  },
};

/** Escape with something typed asks first; "Keep editing" goes back with everything kept. */
export const DiscardChanges: Story = {
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    await userEvent.type(await ui.findByLabelText(/^Email/), 'half.typed@example');
    await userEvent.keyboard('{Escape}');
    await expect(await ui.findByText('Discard your changes?')).toBeVisible();
    await userEvent.click(ui.getByRole('button', { name: 'Keep editing' }));
    await expect(ui.getByLabelText(/^Email/)).toHaveValue('half.typed@example');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(await ui.findByRole('button', { name: 'Discard' }));
    await dialogClosed(dialog);
    await waitFor(() => expect(canvasElement.querySelector('output')).toHaveTextContent('"cancelled"'));
  },
};

/** A non-admin gets an explanation instead of the form. */
export const NonAdmin: Story = {
  parameters: { memory: { signedInAs: SEED.userId } },
  play: refusalPlay(openInvite, 'Only Administrators can invite users.', (ui) => ui.queryByLabelText(/^Email/)),
};

/** The session is still loading when the dialog opens. */
export const LoadingSession: Story = {
  parameters: { memory: { latencyMs: 600_000 } },
  play: loadingSessionPlay(openInvite),
};

/** The session can't be loaded: the reason and a retry. */
export const SessionError: Story = {
  parameters: { memory: { faults: [{ method: 'getSession', code: 'network' }] } },
  play: async ({ canvasElement }) => {
    const { ui } = await openInvite(canvasElement);
    await expect(await ui.findByText("Couldn't check your permissions.")).toBeVisible();
    await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
    await expect(await ui.findByLabelText(/^Email/)).toBeVisible();
  },
};

/** The heading is translated (matches `heading`) and the form's Email field renders. */
const translatedHeading = (heading: RegExp) => translatedPlay('invite-dialog', 'input#email', heading);

export const German: Story = { globals: { lang: 'de' }, play: translatedHeading(/^(?!Invite user$)./) };
export const Chinese: Story = { globals: { lang: 'zh' }, play: translatedHeading(/[\u4e00-\u9fff]/) };
export const Russian: Story = { globals: { lang: 'ru' }, play: translatedHeading(/[а-яё]/i) };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    await expect(dialog).toHaveAttribute('theme', 'dark');
    await ui.findByLabelText(/^Email/);
  },
};

/** On a 360 px phone the dialog fits the screen. */
export const Narrow: Story = {
  ...narrow,
  play: async ({ canvasElement }) => {
    const { dialog, ui } = await openInvite(canvasElement);
    await ui.findByLabelText(/^Email/);
    const box = (await openDialog(dialog)).getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  },
};
