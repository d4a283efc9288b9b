import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/api-token-list/api-token-list.js';
import { expectNoOverflow, narrow } from './support/layout.js';
import { loadedAdapter, memoryLoader, SEED } from './support/memory-story.js';
import { dialogClosed, inShadow, LANG_LOAD, nextEvent, openDialog, storyElement } from './support/shadow.js';

interface TokenListArgs {
  status: 'active' | 'expired' | 'deleted' | 'all';
  issuedBy?: number;
  embedded: boolean;
}

// Over the MemoryAdapter's seed: "CI deploy" (Linus Engineer, active, expires in 3 days),
// "Terraform" (Ada, active, never expires), "Old script" (Ada, expired), and two tokens of Fiona
// Former, a removed member: "Monitoring" (deleted) and "Log export" (expired). (A plain comment: the
// docs page takes its description from the element's JSDoc in custom-elements.json.)
const meta = {
  title: 'api-token-list',
  component: 'api-token-list',
  loaders: [memoryLoader],
  args: { status: 'active', embedded: false },
  argTypes: {
    status: { control: 'inline-radio', options: ['active', 'expired', 'deleted', 'all'] },
    issuedBy: { control: 'number' },
  },
  render: (args, { loaded }) =>
    html`<api-token-list
      .adapter=${loadedAdapter(loaded)}
      status=${args.status}
      .issuedBy=${args.issuedBy}
      ?embedded=${args.embedded}
    ></api-token-list>`,
} satisfies Meta<TokenListArgs>;

export default meta;
type Story = StoryObj<TokenListArgs>;

const tokenList = (canvasElement: HTMLElement) => storyElement(canvasElement, 'api-token-list');

/** An Administrator sees every active token and may delete them. */
export const Admin: Story = {
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await expect(await ui.findByRole('rowheader', { name: 'CI deploy' })).toBeVisible();
    await expect(ui.getByRole('rowheader', { name: 'Terraform' })).toBeVisible();
    await expect(ui.getByRole('button', { name: 'Delete token CI deploy' })).toBeVisible();
    await expect(ui.queryByRole('rowheader', { name: 'Old script' })).toBeNull();
  },
};

/** A non-admin (the Engineer) sees only their own tokens, and may delete them. */
export const NonAdmin: Story = {
  parameters: { memory: { signedInAs: SEED.engineerId } },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await expect(await ui.findByRole('rowheader', { name: 'CI deploy' })).toBeVisible();
    await expect(ui.queryByRole('rowheader', { name: 'Terraform' })).toBeNull();
    // Their own token, theirs to delete; no "Issued by" filter with one answer.
    await expect(ui.getByRole('button', { name: 'Delete token CI deploy' })).toBeVisible();
    await expect(ui.queryByRole('combobox', { name: 'Issued by' })).toBeNull();
  },
};

/** Every status, including the tokens of a removed member: issuer struck through, with the hint. */
export const RemovedIssuers: Story = {
  args: { status: 'all' },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    const row = (await ui.findByRole('rowheader', { name: 'Log export' })).closest('tr')!;
    const issuer = row.querySelector('[part~="issuer-deleted"]');
    await expect(issuer).not.toBeNull();
    await expect(issuer!.querySelector('s')).toHaveTextContent('Fiona Former');
    await expect(issuer).toHaveAccessibleDescription('The user has been deleted');
  },
};

/** While the tokens load: skeleton rows, the region marked busy, "Loading…" announced. */
export const Loading: Story = {
  parameters: { memory: { latencyMs: 600_000 } },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await expect(ui.getByRole('region', { name: 'API tokens' })).toHaveAttribute('aria-busy', 'true');
    await expect(ui.getByRole('status')).toHaveTextContent('Loading API tokens…');
  },
};

/** A session without tokens of its own: the empty message. */
export const Empty: Story = {
  parameters: { memory: { signedInAs: SEED.userId } },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await expect(await ui.findByText('No active API tokens.')).toBeVisible();
  },
};

/** The backend is unreachable: the error with a retry that asks again. */
export const LoadError: Story = {
  parameters: { memory: { faults: [{ method: 'listApiTokens', code: 'network', always: true }] } },
  play: async ({ canvasElement, loaded }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await expect(await ui.findByRole('alert')).toBeVisible();
    const retry = ui.getByRole('button', { name: 'Try again' });
    const adapter = loadedAdapter(loaded);
    const before = adapter.callsOf('listApiTokens').length;
    await userEvent.click(retry);
    await waitFor(() => expect(adapter.callsOf('listApiTokens').length).toBe(before + 1));
  },
};

/** Filter by status and issuer. */
export const FilterByStatusAndIssuer: Story = {
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await ui.findByRole('rowheader', { name: 'CI deploy' });
    await userEvent.selectOptions(ui.getByRole('combobox', { name: 'Status' }), 'expired');
    await expect(await ui.findByRole('rowheader', { name: 'Old script' })).toBeVisible();
    await expect(ui.queryByRole('rowheader', { name: 'CI deploy' })).toBeNull();
    await userEvent.selectOptions(ui.getByRole('combobox', { name: 'Issued by' }), String(SEED.removedId));
    await expect(await ui.findByRole('rowheader', { name: 'Log export' })).toBeVisible();
    await expect(ui.queryByRole('rowheader', { name: 'Old script' })).toBeNull();
  },
};

/** A larger account (about 80 tokens): page through them and change the page size. */
export const Paging: Story = {
  args: { status: 'all' },
  parameters: { memory: { userCount: 1_000 } },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    const pager = await ui.findByRole('navigation', { name: 'Pages of API tokens' });
    const currentPage = () => pager.querySelector('[aria-current="page"]')?.textContent?.trim();
    await expect(currentPage()).toBe('1');
    const firstPage = ui.getAllByRole('rowheader').map((cell) => cell.textContent);
    await userEvent.click(ui.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(currentPage()).toBe('2'));
    await expect(ui.getAllByRole('rowheader').map((cell) => cell.textContent)).not.toEqual(firstPage);
    await userEvent.selectOptions(ui.getByRole('combobox', { name: 'Entries per page' }), '25');
    await waitFor(() => expect(ui.getAllByRole('rowheader')).toHaveLength(25));
    await expect(currentPage()).toBe('1');
  },
};

/** An Administrator deletes a token after confirming; the list reloads without it. */
export const DeleteToken: Story = {
  play: async ({ canvasElement, loaded }) => {
    const list = await tokenList(canvasElement);
    const ui = inShadow(list);
    const deleted = nextEvent(list, 'token-deleted');
    await userEvent.click(await ui.findByRole('button', { name: 'Delete token CI deploy' }));
    const dialog = await openDialog(list, 'Delete API token?');
    await expect(dialog).toHaveAttribute('role', 'alertdialog');
    // The least destructive action has focus (WAI-ARIA alert dialog pattern).
    await waitFor(() => expect(list.shadowRoot!.activeElement).toHaveTextContent('Cancel'));
    await userEvent.click(ui.getByRole('button', { name: 'Delete token' }));
    await expect((await deleted).detail.token.name).toBe('CI deploy');
    await dialogClosed(list);
    await waitFor(() => expect(ui.queryByRole('rowheader', { name: 'CI deploy' })).toBeNull());
    await expect(loadedAdapter(loaded).callsOf('deleteApiToken')).toHaveLength(1);
  },
};

/** The deletion fails (network): the dialog stays open with the error; cancelling keeps the token. */
export const DeleteTokenFails: Story = {
  parameters: { memory: { faults: [{ method: 'deleteApiToken', code: 'network' }] } },
  play: async ({ canvasElement }) => {
    const list = await tokenList(canvasElement);
    const ui = inShadow(list);
    await userEvent.click(await ui.findByRole('button', { name: 'Delete token Terraform' }));
    const dialog = await openDialog(list, 'Delete API token?');
    await userEvent.click(ui.getByRole('button', { name: 'Delete token' }));
    const error = await waitFor(() => {
      const alert = list.shadowRoot!.querySelector('[part="delete-error"]');
      expect(alert).not.toBeNull();
      return alert!;
    });
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(dialog.open).toBe(true);
    await userEvent.click(ui.getByRole('button', { name: 'Cancel' }));
    await dialogClosed(list);
    await expect(ui.getByRole('rowheader', { name: 'Terraform' })).toBeVisible();
  },
};

/** The compact form `<delete-confirm>` embeds: one issuer's active tokens, no heading, filters or pager. */
export const Embedded: Story = {
  args: { embedded: true, issuedBy: SEED.adminId },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await expect(await ui.findByRole('rowheader', { name: 'Terraform' })).toBeVisible();
    await expect(ui.queryByRole('heading')).toBeNull();
    await expect(ui.queryByRole('navigation')).toBeNull();
    await expect(ui.queryByRole('rowheader', { name: 'CI deploy' })).toBeNull();
  },
};

export const German: Story = {
  globals: { lang: 'de' },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await waitFor(() => expect(ui.getByRole('heading', { level: 2 })).not.toHaveTextContent('API tokens'), LANG_LOAD);
  },
};

export const Chinese: Story = {
  globals: { lang: 'zh' },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await waitFor(
      () => expect(ui.getByRole('heading', { level: 2 }).textContent).toMatch(/[\u4e00-\u9fff]/),
      LANG_LOAD,
    );
  },
};

export const Russian: Story = {
  globals: { lang: 'ru' },
  play: async ({ canvasElement }) => {
    const ui = inShadow(await tokenList(canvasElement));
    await waitFor(() => expect(ui.getByRole('heading', { level: 2 }).textContent).toMatch(/[а-яё]/i), LANG_LOAD);
  },
};

export const DarkTheme: Story = {
  args: { status: 'all' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = await tokenList(canvasElement);
    await expect(list).toHaveAttribute('theme', 'dark');
    await inShadow(list).findByRole('rowheader', { name: 'Log export' });
  },
};

/** 360 px wide: rows turn into cards. */
export const Narrow: Story = {
  args: { status: 'all' },
  ...narrow,
  play: async ({ canvasElement }) => {
    const list = await tokenList(canvasElement);
    await inShadow(list).findByRole('rowheader', { name: 'Log export' });
    await expect(list.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    await expectNoOverflow(list);
  },
};
