import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UsersAdapter } from '../../../adapters/users-adapter.js';
import type { TemplateResult } from 'lit';
import type { User, UserQuery } from '../../../core/index.js';
import type { I18nController } from '../../../i18n/index.js';
import type { SessionState } from '../../../state/index.js';
import type { Announcer } from '../../internal/announcer.js';
import { loadElement } from '../../lazy-elements.js';
import type { BulkDialogResult, BulkRequest } from './bulk-dialog.js';
import type { ListFilters } from '../list-query.js';
import type { ListState } from '../list-state.js';
import { renderBulkBar } from './bulk-bar.js';
import type { BulkActionKind } from './plan.js';
import { pageState } from './selection.js';
import { SelectionController } from './selection-controller.js';

export interface BulkHost extends ReactiveControllerHost, HTMLElement {
  readonly i18n: I18nController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly effectiveAdapter: UsersAdapter | undefined;
}

export interface BulkOptions {
  readonly session: () => SessionState | undefined;
  /** The list's search, filters and sort now. */
  readonly query: () => Omit<UserQuery, 'offset' | 'limit'>;
  readonly announcer: Announcer;
  readonly refresh: () => Promise<void>;
  /** "Show tokens" in the dialog: the user's delete confirmation, with their blocking tokens. */
  readonly openRemoval: (user: User, trigger: HTMLElement) => Promise<void>;
}

/**
 * Acting on many users from `<user-list>`: the selection, and each bulk action or export run in
 * `<users-bulk-dialog>` (loaded on demand with the dialogs). Afterwards the list reloads once,
 * the rows that failed stay selected, and the outcome is announced.
 */
export class BulkController implements ReactiveController {
  readonly selection: SelectionController;

  private readonly host: BulkHost;
  private readonly options: BulkOptions;

  constructor(host: BulkHost, options: BulkOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    this.selection = new SelectionController(host, () => {
      void options.announcer.announce(host.i18n.t.userList.selection.cleared);
    });
  }

  hostConnected(): void {}

  /** The bar above the table while anything is ticked: the count and the actions for all of them. */
  renderBar(
    state: ListState,
    view: { readonly search: string; readonly filters: ListFilters },
  ): TemplateResult | string {
    const count = this.selection.count;
    if (count === 0) return '';
    const selection = this.selection.selection;
    const page = state.kind === 'rows' ? [...state.pinned, ...state.rows] : [];
    const total = state.kind === 'rows' ? state.total : 0;
    return renderBulkBar({
      t: this.host.i18n.t,
      selection,
      count,
      offerAllMatching:
        selection.kind === 'users' && total > count && page.length > 0 && pageState(selection, page) === 'all',
      matching: total,
      onSelectAllMatching: () => this.selection.selectAllMatching(view.search, view.filters, total),
      onClear: () => this.selection.clear(),
      onAction: (action, trigger) => void this.run(action, trigger),
    });
  }

  async run(action: BulkActionKind | 'export', trigger: HTMLElement): Promise<void> {
    const session = this.options.session();
    if (!session) return;
    try {
      await loadElement('invite-dialog');
    } catch {
      void this.options.announcer.announce(this.host.i18n.t.userList.announcements.dialogUnavailable, 'error');
      return;
    }
    const dialog = this.host.renderRoot.querySelector('users-bulk-dialog');
    if (!dialog) return;
    const request: BulkRequest = {
      action,
      selection: this.selection.count > 0 ? this.selection.selection : undefined,
      query: this.options.query(),
      session,
      account:
        session.session.account?.name ?? (session.session.account ? String(session.session.account.id) : undefined),
    };
    const result = await dialog.show(request);
    if (trigger.isConnected) trigger.focus();
    await this.after(action, result, trigger);
  }

  private async after(action: BulkActionKind | 'export', result: BulkDialogResult, trigger: HTMLElement) {
    const t = this.host.i18n.t;
    if (result.exported) {
      void this.options.announcer.announce(t.bulk.exported(result.exported));
      return;
    }
    if (result.status === 'done') {
      const done = result.outcomes.filter((outcome) => outcome.status === 'done').length;
      const sentences = [t.bulk.result.succeeded({ count: done })];
      if (result.failed.length)
        sentences.push(t.bulk.result.failed({ count: result.failed.length }).replace(/:$/, '.'));
      void this.options.announcer.announce(sentences.join(' '), result.failed.length ? 'error' : 'success');
      if (result.failed.length) this.selection.keepOnly(result.failed);
      else this.selection.clear();
      // Once for the whole run, not per row.
      await this.options.refresh();
    }
    if (result.openTokensOf && action === 'remove') await this.options.openRemoval(result.openTokensOf, trigger);
  }
}
