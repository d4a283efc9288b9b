import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { User } from '../../../core/index.js';
import type { ListFilters } from '../list-query.js';
import { NO_SELECTION, selectMatching, selectedCount, selectionOf, toggleUsers, type Selection } from './selection.js';

/**
 * The users an Administrator ticked in `<user-list>`. The selection survives paging and sorting,
 * which show the same users differently; a change of the search or the filters changes who is
 * meant, so it clears the selection and says so (`onCleared`).
 */
export class SelectionController implements ReactiveController {
  selection: Selection = NO_SELECTION;

  private readonly host: ReactiveControllerHost;
  private readonly onCleared: () => void;
  private scope?: string;

  constructor(host: ReactiveControllerHost, onCleared: () => void) {
    this.host = host;
    this.onCleared = onCleared;
    host.addController(this);
  }

  hostConnected(): void {}

  get count(): number {
    return selectedCount(this.selection);
  }

  /** Called on every update with what the list shows: another search or filter clears. */
  follow(search: string, filters: ListFilters): void {
    const scope = JSON.stringify([search, filters]);
    if (this.scope !== undefined && scope !== this.scope && this.count > 0) {
      this.selection = NO_SELECTION;
      this.onCleared();
    }
    this.scope = scope;
  }

  toggle(users: readonly User[], on: boolean): void {
    this.set(toggleUsers(this.selection, users, on));
  }

  selectAllMatching(search: string, filters: ListFilters, total: number): void {
    this.set(selectMatching(search, filters, total));
  }

  /** After a bulk run: the rows that failed stay ticked, so "Retry failed" is one click. */
  keepOnly(users: readonly User[]): void {
    this.set(selectionOf(users));
  }

  clear(): void {
    this.set(NO_SELECTION);
  }

  private set(selection: Selection): void {
    this.selection = selection;
    this.host.requestUpdate();
  }
}
