import type { InviteOutcome, User } from '../../core/index.js';
import { loadElement, prefetch } from '../lazy-elements.js';

/**
 * How the list drives the dialogs it renders (`<invite-dialog>`, `<edit-user>`,
 * `<delete-confirm>`): each has `show(user?)`, resolving when it closes. Typed structurally, so the
 * list depends on the dialogs' contract rather than on their classes.
 */
export type UsersDialogResult =
  | {
      readonly status: 'done';
      readonly user: User;
      /** Invite only: how the last invitation went. */
      readonly outcome?: InviteOutcome;
      /** Invite only: every invitation sent while the dialog was open ("Invite another"), oldest first. */
      readonly invited?: readonly { readonly user: User; readonly outcome: InviteOutcome }[];
    }
  | { readonly status: 'cancelled' };

export interface UsersDialogElement extends HTMLElement {
  show(user?: User): Promise<UsersDialogResult>;
}

export const USERS_DIALOG_TAGS: readonly string[] = ['invite-dialog', 'edit-user', 'delete-confirm'];

export type UsersDialogTag = 'invite-dialog' | 'edit-user' | 'delete-confirm';

/**
 * Opens the dialog `tag` found in `root`, loading its module first (dialogs are split out of the
 * first paint). Resolves `'unavailable'` when the module could not be fetched (offline), and
 * undefined (with a warning) when the element is missing from `root`.
 */
export async function openUsersDialog(
  root: ParentNode,
  tag: UsersDialogTag,
  user?: User,
): Promise<UsersDialogResult | 'unavailable' | undefined> {
  try {
    await loadElement(tag);
  } catch (error) {
    console.warn(`users-widget: the <${tag}> module could not be loaded.`, error);
    return 'unavailable';
  }
  const dialog = root.querySelector(tag) as Partial<UsersDialogElement> | null;
  if (!dialog || typeof dialog.show !== 'function') {
    console.warn(`users-widget: <${tag}> is not defined; import it to enable this action.`);
    return undefined;
  }
  return dialog.show(user);
}

/** A row's menu was hovered or focused (events from inside it reach the list as from the menu): Edit and Delete are a click away. */
export function prefetchForRowMenu(event: Event): void {
  if (!(event.target instanceof Element) || event.target.localName !== 'users-row-menu') return;
  prefetch('edit-user');
}
