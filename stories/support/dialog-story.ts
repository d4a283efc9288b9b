import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inShadow, openDialog, storyElement } from './shadow.js';

/**
 * What the invite-dialog, edit-user and delete-confirm stories share: the host page each renders
 * (a button that calls the dialog's `show()`, the outcome printed below it), opening the dialog
 * from that button as a person does, and the play functions that are the same for every dialog.
 */

type DialogTag = 'invite-dialog' | 'edit-user' | 'delete-confirm';

/** Queries in a dialog element's shadow root, where its form and buttons live. */
type DialogQueries = ReturnType<typeof inShadow>;

/** A story file's way of opening its dialog from the page (with the heading it expects). */
type OpenFromPage = (canvasElement: HTMLElement) => Promise<{ ui: DialogQueries }>;

/**
 * A host page: a button labelled `label` whose click runs `show` (given the page's root) and prints
 * the outcome's status in an `<output>` below it, then `dialog`, the element under test.
 */
export function hostPage(
  label: string,
  show: (root: HTMLElement) => Promise<{ status: string }>,
  dialog: TemplateResult,
): TemplateResult {
  const onClick = async (event: Event) => {
    const root = (event.currentTarget as HTMLElement).parentElement!;
    const outcome = await show(root);
    root.querySelector('output')!.value = JSON.stringify(outcome.status);
  };
  return html`<div>
    <button type="button" @click=${onClick}>${label}</button>
    <output aria-label="Outcome"></output>
    ${dialog}
  </div>`;
}

/**
 * Clicks the page's button and waits until `tag`'s dialog is open, its heading matching `title`;
 * returns the element, the native `<dialog>` and queries in the element's shadow root.
 */
export async function openFromPage<K extends DialogTag>(canvasElement: HTMLElement, tag: K, title?: string | RegExp) {
  const dialog = await storyElement(canvasElement, tag);
  await userEvent.click(canvasElement.querySelector('button')!);
  const native = await openDialog(dialog, title);
  return { dialog, native, ui: inShadow(dialog) };
}

/** Play: the session is still loading when the dialog opens, and it says so (a status). */
export const loadingSessionPlay =
  (open: OpenFromPage) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const { ui } = await open(canvasElement);
    await expect(await ui.findByRole('status')).toBeVisible();
  };

/**
 * Play for someone who may not do what the dialog offers: it says `why` instead and, when given,
 * the control that would do it (`notOffered`) is not there.
 */
export const refusalPlay =
  (open: OpenFromPage, why: string, notOffered?: (ui: DialogQueries) => HTMLElement | null) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const { ui } = await open(canvasElement);
    await expect(await ui.findByText(why)).toBeVisible();
    if (notOffered) await expect(notOffered(ui)).toBeNull();
  };

/**
 * Play for a story in another language (`globals.lang`): the dialog opens with a heading matching
 * `heading`, and the part that shows it is loaded (`readySelector`) renders.
 */
export const translatedPlay =
  (tag: DialogTag, readySelector: string, heading: RegExp) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const { dialog } = await openFromPage(canvasElement, tag, heading);
    await waitFor(() => expect(dialog.shadowRoot!.querySelector(readySelector)).not.toBeNull());
  };
