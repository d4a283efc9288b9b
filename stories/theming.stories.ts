import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/user-list/user-list.js';
import '../src/components/invite-dialog/invite-dialog.js';
import '../src/components/edit-user/edit-user.js';
import '../src/components/delete-confirm/delete-confirm.js';
import { loadedAdapter, memoryLoader } from './support/memory-story.js';
import { storyElement } from './support/shadow.js';
import { visibleEmails } from './support/user-list-driver.js';

/**
 * How a host page restyles the widget: with its own stylesheet, through `::part()` and the public
 * custom properties (`--users-*` for the whole widget, `--user-list-*` for the list), never by
 * reaching into a shadow root. Each story scopes its host CSS under its own class, so the docs page
 * can show them side by side. The colour theme is the toolbar's (the `theme` attribute); without
 * it the widget follows `prefers-color-scheme`.
 */

/** The host page's stylesheet, as a host would write it (plain CSS, in the page, outside the widget). */
const HOST_CSS = `
  /* The page's font: the widget takes it unless --users-font says otherwise. */
  .host-page {
    font-family: Georgia, 'Times New Roman', serif;
  }

  /* A brand: the invite button and the rows through ::part, tokens and spacing through properties. */
  .host-brand {
    --users-color-accent: rgb(0, 84, 54);
    --users-color-accent-hover: rgb(0, 64, 40);
    --users-color-focus: rgb(0, 84, 54);
    --users-radius: 2px;
    --user-list-background: rgb(250, 248, 242);
    --user-list-cell-padding: 14px 10px;
    --user-list-heading-size: 1.5rem;
  }
  .host-brand user-list::part(heading) {
    letter-spacing: 0.02em;
  }
  .host-brand user-list::part(invite-button) {
    border-radius: 999px;
    padding-inline: 1.5rem;
    text-transform: uppercase;
  }
  .host-brand user-list::part(row) {
    background: rgb(255, 251, 235);
  }
  .host-brand user-list::part(row):hover {
    background: rgb(240, 247, 243);
  }

  /* A dark page with its own navy surface and a light-blue accent: host colours win over the dark defaults. */
  .host-navy {
    --users-color-surface: rgb(10, 30, 60);
    --users-color-background: rgb(6, 20, 42);
    --users-color-border: rgb(40, 64, 100);
    --users-color-accent: rgb(120, 200, 255);
    --users-color-accent-hover: rgb(160, 218, 255);
  }
`;

type Variant = 'host-page' | 'host-page host-brand' | 'host-page host-navy';

function hostPage(variant: Variant, loaded: Record<string, unknown>) {
  return html`<style>
      ${HOST_CSS}
    </style>
    <div class=${variant}>
      <user-list .adapter=${loadedAdapter(loaded)} storage-key=""></user-list>
    </div>`;
}

const meta = {
  title: 'Theming',
  component: 'user-list',
  loaders: [memoryLoader],
  render: (_args, { loaded }) => hostPage('host-page', loaded),
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function loaded(canvasElement: HTMLElement) {
  const list = await storyElement(canvasElement, 'user-list');
  await waitFor(() => expect(visibleEmails(list).length).toBeGreaterThan(0), { timeout: 5_000 });
  const part = (name: string) => list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  const parts = (name: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  return { list, part, parts };
}

const computed = (element: Element) => getComputedStyle(element);

/** No host styling but the page's font: the widget uses it, with its own colours. */
export const HostFont: Story = {
  play: async ({ canvasElement }) => {
    const { part } = await loaded(canvasElement);
    await expect(computed(part('heading')).fontFamily).toBe('Georgia, "Times New Roman", serif');
    await expect(computed(part('cell')).fontFamily).toBe('Georgia, "Times New Roman", serif');
    await expect(computed(part('invite-button')).fontFamily).toBe('Georgia, "Times New Roman", serif');
  },
};

/**
 * A brand: `::part(invite-button)` makes the button a pill, `::part(row)` tints the rows (and their
 * hover), `--users-color-accent` recolours every accent (the invite dialog's too),
 * `--user-list-cell-padding` spaces the table out.
 */
export const HostBrand: Story = {
  render: (_args, { loaded }) => hostPage('host-page host-brand', loaded),
  play: async ({ canvasElement }) => {
    const { list, part, parts } = await loaded(canvasElement);
    const button = computed(part('invite-button'));
    await expect(button.backgroundColor).toBe('rgb(0, 84, 54)');
    await expect(button.borderTopLeftRadius).toBe('999px');
    await expect(button.textTransform).toBe('uppercase');
    for (const row of parts('row')) await expect(computed(row).backgroundColor).toBe('rgb(255, 251, 235)');
    await expect(computed(part('cell')).paddingTop).toBe('14px');
    await expect(computed(list).backgroundColor).toBe('rgb(250, 248, 242)');
    // The dialogs the list renders are one shadow root deeper: the tokens still reach them.
    const invite = list.shadowRoot!.querySelector('invite-dialog')!;
    const submit = await waitFor(() => {
      const found = invite.shadowRoot?.querySelector('[part~="submit-button"]');
      expect(found).toBeTruthy();
      return found!;
    });
    await expect(computed(submit).backgroundColor).toBe('rgb(0, 84, 54)');
  },
};

/** Dark theme with the host's own navy surface and accent: host `--users-color-*` wins over the dark defaults. */
export const HostColoursInDark: Story = {
  globals: { theme: 'dark' },
  render: (_args, { loaded }) => hostPage('host-page host-navy', loaded),
  play: async ({ canvasElement }) => {
    const { list, part } = await loaded(canvasElement);
    await expect(list).toHaveAttribute('theme', 'dark');
    await expect(computed(list).backgroundColor).toBe('rgb(10, 30, 60)');
    await expect(computed(part('panel')).backgroundColor).toBe('rgb(6, 20, 42)');
    await expect(computed(part('invite-button')).backgroundColor).toBe('rgb(120, 200, 255)');
    // What the host left alone keeps the dark theme's value.
    await expect(computed(list).color).toBe('rgb(232, 235, 240)');
  },
};
