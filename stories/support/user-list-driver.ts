import { expect, userEvent, waitFor } from 'storybook/test';
import { inShadow, openDialog } from './shadow.js';

/**
 * What a person does with a `<user-list>`, in terms of what they see: row menus by their label
 * ("Actions for Grace Hopper"), the dialogs the list opens inside its own shadow root.
 */

/** The "⋯" menu of the row whose user is shown as `who` (name, or email when there is none). */
export async function rowMenu(list: HTMLElement, who: string): Promise<HTMLElement> {
  const label = `Actions for ${who}`;
  return waitFor(() => {
    const menu = [...list.shadowRoot!.querySelectorAll<HTMLElement>('users-row-menu')].find(
      (candidate) => candidate.getAttribute('label') === label,
    );
    expect(menu, `a row menu labelled "${label}"`).toBeDefined();
    return menu!;
  });
}

/** Opens the row's menu and picks `action` ("Edit", "Resend invite", "Delete"). */
export async function chooseRowAction(list: HTMLElement, who: string, action: string): Promise<void> {
  const menu = inShadow(await rowMenu(list, who));
  await userEvent.click(menu.getByRole('button'));
  await userEvent.click(await menu.findByRole('menuitem', { name: action }));
}

/** The actions a row's menu offers, opened and closed again with Escape. */
export async function rowActions(list: HTMLElement, who: string): Promise<string[]> {
  const menu = inShadow(await rowMenu(list, who));
  await userEvent.click(menu.getByRole('button'));
  const items = await menu.findAllByRole('menuitem');
  const names = items.map((item) => item.textContent?.trim() ?? '');
  await userEvent.keyboard('{Escape}');
  return names;
}

/** One of the dialog elements the list renders (`invite-dialog`, `edit-user`, `delete-confirm`), once open. */
export async function listDialog(list: HTMLElement, tag: string, name?: string | RegExp) {
  const element = list.shadowRoot!.querySelector<HTMLElement>(tag);
  if (!element) throw new Error(`<user-list> renders no <${tag}>`);
  await openDialog(element, name);
  return { element, ui: inShadow(element) };
}

/** The text of the list's polite announcement line, once it says `text`. */
export async function announced(list: HTMLElement, text: string | RegExp): Promise<void> {
  await waitFor(() => expect(list.shadowRoot!.querySelector('[part~="notice"]')).toHaveTextContent(text), {
    timeout: 3_000,
  });
}

/** The emails in the table's rows, top to bottom (skeleton rows have none). */
export function visibleEmails(list: HTMLElement): string[] {
  return [...list.shadowRoot!.querySelectorAll('tbody tr[data-user-id] .col-email .value')].map(
    (cell) => cell.textContent?.trim() ?? '',
  );
}
