import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import { displayName, mayResendInvite, type User } from '../../core/index.js';
import { errorMessage, type I18nController } from '../../i18n/index.js';
import { MutationController, type SessionState } from '../../state/index.js';
import type { UsersEventDetails, UsersEventName } from '../../events.js';
import type { Announcer } from '../internal/announcer.js';
import { openUsersDialog, USERS_DIALOG_TAGS, type UsersDialogTag } from './dialogs.js';
import type { RowAction } from './row-actions.js';

/** How long after sending an invitation again the next one to the same user is held back. */
export const RESEND_COOLDOWN_MS = 60_000;

/** What the actions need of `<user-list>`. */
export interface ListActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly i18n: I18nController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly effectiveAdapter: UsersAdapter | undefined;
  emit<K extends UsersEventName>(name: K, detail: UsersEventDetails[K]): boolean;
}

export interface ListActionsOptions {
  readonly session: () => SessionState | undefined;
  readonly announcer: Announcer;
  /** Reloads the page and the session facts once a change went through. */
  readonly refresh: () => Promise<void>;
  /** Where focus goes when nothing better is left (the list's heading). */
  readonly fallbackFocus: () => HTMLElement | undefined;
}

/**
 * What the list does when the user acts: invite, edit, remove (through the dialogs it renders) and
 * resend an invitation (directly). Each success is announced, the list reloads, and focus returns
 * to where the user was. Users invited while the view is shown stay pinned on top of it, so the
 * new row is seen whichever page it sorts onto.
 */
export class ListActionsController implements ReactiveController {
  /** Invited a moment ago, newest first; cleared when the view changes. */
  pinned: readonly User[] = [];

  private readonly host: ListActionsHost;
  private readonly options: ListActionsOptions;
  private readonly resend: MutationController<{ adapter: UsersAdapter; user: User }, User>;
  /** When each user's invitation was last sent again: a second email within the minute is refused. */
  private readonly resentAt = new Map<number, number>();

  constructor(host: ListActionsHost, options: ListActionsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    this.resend = new MutationController(host, {
      task: async ({ adapter, user }, signal) => {
        await adapter.resendInvite(user.id, signal);
        return user;
      },
      action: 'resendInvite',
    });
  }

  hostConnected(): void {}

  /** Ids of the pinned users, badged as new. */
  get newIds(): ReadonlySet<number> {
    return new Set(this.pinned.map((user) => user.id));
  }

  unpin(): void {
    if (this.pinned.length === 0) return;
    this.pinned = [];
    this.host.requestUpdate();
  }

  async invite(trigger: HTMLElement): Promise<void> {
    const result = await this.openDialog('invite-dialog', undefined, trigger);
    if (result?.status !== 'done') return;
    const invited = result.invited?.length ? result.invited : [{ user: result.user, outcome: result.outcome }];
    const newest = [...invited].reverse().map((invitation) => invitation.user);
    const newIds = new Set(newest.map((user) => user.id));
    this.pinned = [...newest, ...this.pinned.filter((pinned) => !newIds.has(pinned.id))];
    this.host.requestUpdate();
    const said = this.host.i18n.t.userList.announcements;
    void this.options.announcer.announce(
      invited
        .map(({ user, outcome }) =>
          outcome === 'existing' ? said.grantedAccess({ email: user.email }) : said.invited({ email: user.email }),
        )
        .join(' '),
    );
    await this.options.refresh();
  }

  async rowAction(action: RowAction, user: User, menu: HTMLElement): Promise<void> {
    if (action === 'resendInvite') return this.resendInvite(user);
    if (action === 'edit') return this.edit(user, menu);
    return this.remove(user, menu);
  }

  private async edit(user: User, menu: HTMLElement): Promise<void> {
    const result = await this.openDialog('edit-user', user, menu);
    if (result?.status !== 'done') return;
    const updated = result.user;
    this.pinned = this.pinned.map((pinned) => (pinned.id === updated.id ? updated : pinned));
    const said = this.host.i18n.t.userList.announcements;
    void this.options.announcer.announce(said.updated({ user: displayName(updated) }));
    await this.options.refresh();
  }

  private async remove(user: User, menu: HTMLElement): Promise<void> {
    const row = menu.closest('tr');
    const rowIndex = row?.parentElement ? [...row.parentElement.children].indexOf(row) : 0;
    const result = await this.openDialog('delete-confirm', user, menu);
    if (result?.status !== 'done') return;
    this.pinned = this.pinned.filter((pinned) => pinned.id !== user.id);
    const said = this.host.i18n.t.userList.announcements;
    void this.options.announcer.announce(said.removed({ user: displayName(user) }));
    await this.options.refresh();
    this.focusAfterRemoval(rowIndex);
  }

  private async resendInvite(user: User): Promise<void> {
    const adapter = this.host.effectiveAdapter;
    const state = this.options.session();
    // The menu offers it only when allowed; a pick from anywhere else is refused before sending.
    if (!adapter || !state || !mayResendInvite(state.session, user).allowed) return;
    const t = this.host.i18n.t;
    // Three clicks in seven seconds were three emails: one a minute is what the invitee can use.
    const last = this.resentAt.get(user.id);
    if (last !== undefined && Date.now() - last < RESEND_COOLDOWN_MS) {
      void this.options.announcer.announce(t.userList.announcements.resentRecently({ email: user.email }), 'error');
      return;
    }
    const result = await this.resend.run({ adapter, user });
    if (!result) return;
    if (result.ok) {
      this.resentAt.set(user.id, Date.now());
      this.host.emit('invite-resent', { user });
      void this.options.announcer.announce(t.userList.announcements.resent({ email: user.email }));
      await this.options.refresh();
      return;
    }
    const message = errorMessage(result.error, t, 'resendInvite');
    void this.options.announcer.announce(
      t.userList.announcements.resendFailed({ email: user.email, message }),
      'error',
    );
    // The user may be gone or already activated: show the account as it is now.
    if (result.error.code === 'not_found' || result.error.code === 'validation') await this.options.refresh();
  }

  /**
   * Opens one of the dialogs in the list's shadow root. When it closes and focus is nowhere in the
   * list (the dialog could not give it back), focus returns to `trigger`.
   */
  private async openDialog(tag: UsersDialogTag, user: User | undefined, trigger: HTMLElement) {
    const result = await openUsersDialog(this.host.renderRoot, tag, user);
    if (result !== undefined) this.restoreFocus(trigger);
    return result;
  }

  /** Focus to `target` unless it is already somewhere sensible inside the list. */
  private restoreFocus(target: HTMLElement | undefined): void {
    const active = this.host.shadowRoot?.activeElement ?? null;
    const lost = active === null || !active.isConnected || USERS_DIALOG_TAGS.includes(active.localName);
    if (lost) (target?.isConnected ? target : this.options.fallbackFocus())?.focus();
  }

  /** The removed row is gone: focus the menu of the row that took its place, else the heading. */
  private focusAfterRemoval(rowIndex: number): void {
    const rows = [...this.host.renderRoot.querySelectorAll<HTMLElement>('tbody tr')];
    const row = rows[Math.min(rowIndex, rows.length - 1)];
    this.restoreFocus(row?.querySelector<HTMLElement>('users-row-menu') ?? undefined);
  }
}
