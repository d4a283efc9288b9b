import type { UsersAdapter } from '../../../adapters/users-adapter.js';
import type { User, UserQuery } from '../../../core/index.js';
import { languageName, roleLabel, type Catalog } from '../../../i18n/index.js';
import type { OfferedLanguage } from '../../../core/index.js';
import { COLUMNS } from '../user-table.js';
import { walkMatching } from './collect.js';
import { BYTE_ORDER_MARK, csvLine } from './csv.js';
import type { Selection } from './selection.js';

export interface ExportRequest {
  readonly adapter: UsersAdapter;
  /** The list's search, filters and sort: the file has its rows in the list's order. */
  readonly query: Omit<UserQuery, 'offset' | 'limit'>;
  /** Only these users; all matching the query when absent. */
  readonly selection?: Selection;
  readonly t: Catalog;
  readonly lang: OfferedLanguage;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The users as a CSV file with the columns the list shows, headed in the interface language, the
 * values as the list words them. Goes through the adapter a page at a time; what is kept is the
 * file's text, one string per page, never rendered rows.
 */
export async function exportUsersCsv(request: ExportRequest): Promise<{ blob: Blob; count: number }> {
  const { t, lang } = request;
  const parts: string[] = [BYTE_ORDER_MARK + csvLine(COLUMNS.map((column) => t.userList.columns[column]))];
  let count = 0;
  const row = (user: User) =>
    csvLine([
      String(user.id),
      user.email,
      user.name ?? '',
      roleLabel(user.role, t),
      languageName(user.lang, lang, t),
      user.activated ? t.common.activated : t.common.notActivated,
      user.twoFa ? t.common.activated : t.common.notActivated,
    ]);
  await walkMatching(
    request.adapter,
    request.query,
    request.selection,
    (users) => {
      count += users.length;
      parts.push(users.map(row).join(''));
    },
    { signal: request.signal, onProgress: request.onProgress },
  );
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), count };
}

/** Hands `blob` to the browser as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // The download has started from the URL by the next task; it is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
