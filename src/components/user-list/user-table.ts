import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { displayName, type OfferedLanguage, type User, type UserSortField } from '../../core/index.js';
import { languageName, roleLabel, type Catalog } from '../../i18n/index.js';
import type { SessionState } from '../../state/index.js';
import { emailText } from '../internal/email-text.js';
import '../internal/row-menu.js';
import type { RowMenuItem } from '../internal/row-menu.js';
import type { ListSort } from './list-query.js';
import { rowActions, type RowAction } from './row-actions.js';

/** The columns in the portal's order; each one sorts by the field of the same name. */
export const COLUMNS: readonly UserSortField[] = ['id', 'email', 'name', 'role', 'lang', 'status', 'twoFa'];

export interface UserTableProps {
  readonly t: Catalog;
  readonly lang: OfferedLanguage;
  /** Users invited a moment ago that are not on this page, shown first. */
  readonly pinned: readonly User[];
  readonly rows: readonly User[];
  /** Ids of users to badge as new. */
  readonly newIds: ReadonlySet<number>;
  readonly session: SessionState | undefined;
  readonly sort: ListSort;
  /** A newer page is on its way: the rows shown are the previous ones. */
  readonly busy: boolean;
  /** Placeholder rows while nothing has loaded yet; 0 once rows are known. */
  readonly skeletonRows: number;
  /** A header click names the field (its direction follows); the card layout's select names both. */
  readonly onSort: (field: UserSortField, direction?: 'asc' | 'desc') => void;
  readonly onAction: (action: RowAction, user: User, menu: HTMLElement) => void;
}

const sortIcon = (direction: 'asc' | 'desc' | undefined) =>
  svg`<svg class="sort-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path class=${direction === 'desc' ? 'off' : 'on'} d="M8 2 12.5 7h-9z"></path>
    <path class=${direction === 'asc' ? 'off' : 'on'} d="M8 14 3.5 9h9z"></path>
  </svg>`;

/**
 * The table of one page of users (explicit table roles, because the narrower layouts turn rows
 * into grids, which would otherwise drop their semantics): sortable headers (a button in each `th`, `aria-sort` on the
 * sorted one), a row per user with its "⋯" menu when the session may act on it, and skeleton rows
 * while the first page loads. Values wrap rather than being cut, so two roles that begin alike
 * never look the same: an email after its "@", a role or name between words, a heading on two
 * lines; only a word longer than its column breaks inside.
 */
export function renderUserTable(props: UserTableProps): TemplateResult {
  const { t, sort, busy } = props;
  const loading = props.skeletonRows > 0;
  return html`
    <table
      part="table"
      role="table"
      class=${classMap({ table: true, busy })}
      aria-labelledby="heading"
      aria-busy=${busy || loading ? 'true' : 'false'}
    >
      <thead part="head" role="rowgroup">
        <tr part="header-row" role="row">
          ${COLUMNS.map((field) => {
            const sorted = sort.field === field ? sort.direction : undefined;
            return html`
              <th
                part="header-cell"
                role="columnheader"
                class="col-${field}"
                scope="col"
                aria-sort=${ifDefined(sorted && (sorted === 'asc' ? 'ascending' : 'descending'))}
              >
                <button
                  part="sort-button"
                  class=${classMap({ 'sort-button': true, sorted: sorted !== undefined })}
                  type="button"
                  @click=${() => props.onSort(field)}
                >
                  <span class="sort-label"
                    >${
                      field === 'twoFa'
                        ? html`<span class="long">${t.userList.columns.twoFa}</span
                            ><span class="short" aria-hidden="true">${t.userList.twoFaShort}</span>`
                        : t.userList.columns[field]
                    }</span
                  >${sortIcon(sorted)}
                </button>
              </th>
            `;
          })}
          <th part="header-cell" role="columnheader" class="col-actions" scope="col">
            <span class="visually-hidden">${t.userList.columns.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody part="body" role="rowgroup">
        ${
          loading
            ? Array.from({ length: props.skeletonRows }, () => skeletonRow())
            : repeat(
                [...props.pinned, ...props.rows],
                (user) => user.id,
                (user) => userRow(props, user),
              )
        }
      </tbody>
    </table>
  `;
}

function skeletonRow(): TemplateResult {
  return html`
    <tr part="row skeleton-row" role="row" class="skeleton-row" aria-hidden="true">
      ${COLUMNS.map((field) => html`<td class="col-${field}"><span class="skeleton"></span></td>`)}
      <td class="col-actions"></td>
    </tr>
  `;
}

function userRow(props: UserTableProps, user: User): TemplateResult {
  const { t, lang, session } = props;
  const columns = t.userList.columns;
  const isYou = session !== undefined && session.session.user.id === user.id;
  const isNew = props.newIds.has(user.id);
  const status = user.activated ? t.common.activated : t.common.notActivated;
  const twoFa = user.twoFa ? t.common.activated : t.common.notActivated;
  return html`
    <tr
      part=${isNew ? 'row new-row' : 'row'}
      role="row"
      class=${classMap({ row: true, new: isNew, you: isYou })}
      data-user-id=${user.id}
    >
      ${cell('id', columns.id, String(user.id))} ${cell('email', columns.email, emailText(user.email))}
      <td part="cell" role="cell" class="col-name">
        <span class="cell-label" aria-hidden="true">${columns.name}</span>
        <span class="value">
          ${
            user.name
              ? html`<span class="value-text">${user.name}</span>`
              : html`<span class="muted" aria-hidden="true">—</span
                  ><span class="visually-hidden">${t.common.notSet}</span>`
          }
          ${isYou ? html`<span part="badge you-badge" class="badge">${t.common.you}</span>` : nothing}
          ${isNew ? html`<span part="badge new-badge" class="badge new">${t.userList.justInvited}</span>` : nothing}
        </span>
      </td>
      ${cell('role', columns.role, roleLabel(user.role, t))}
      ${cell('lang', columns.lang, languageName(user.lang, lang, t))}
      ${cell('status', columns.status, status, user.activated ? 'on' : 'off')}
      ${cell('twoFa', columns.twoFa, twoFa, user.twoFa ? 'on' : 'off', t.userList.twoFaShort)}
      <td part="cell" role="cell" class="col-actions">${rowMenu(props, user)}</td>
    </tr>
  `;
}

function cell(
  field: UserSortField,
  label: string,
  text: string | TemplateResult,
  state?: 'on' | 'off',
  shortLabel?: string,
): TemplateResult {
  return html`
    <td part="cell" role="cell" class="col-${field}">
      <span class="cell-label" aria-hidden="true">${label}</span>
      ${shortLabel ? html`<span class="short-label" aria-hidden="true">${shortLabel}</span>` : nothing}
      <span class=${state ? `value ${state}` : 'value'}><span class="value-text">${text}</span></span>
    </td>
  `;
}

function rowMenu(props: UserTableProps, user: User) {
  const actions = rowActions(props.session, user);
  if (actions.length === 0) return nothing;
  const labels = props.t.userList.actions;
  const items: RowMenuItem[] = actions.map((action) => ({
    value: action,
    label: labels[action],
    danger: action === 'delete',
  }));
  return html`
    <users-row-menu
      part="row-menu"
      exportparts="button: row-menu-button, menu: row-menu-list, item: row-menu-item, danger-item: row-menu-danger-item"
      .items=${items}
      label=${props.t.userList.rowActions({ user: displayName(user) })}
      @row-menu-select=${(event: CustomEvent<{ value: string }>) =>
        props.onAction(event.detail.value as RowAction, user, event.currentTarget as HTMLElement)}
    ></users-row-menu>
  `;
}

/**
 * The sort as one select, for the card layout, where a strip of seven header buttons would take
 * three lines of a phone's first screen. Hidden (and so out of the accessibility tree) while the
 * table shows its headers.
 */
export function renderCardSort(props: Pick<UserTableProps, 't' | 'sort' | 'onSort'>): TemplateResult {
  const { t, sort } = props;
  const labels = t.userList.sort;
  const current = `${sort.field}:${sort.direction}`;
  return html`<div class="card-sort" part="card-sort">
    ${sortIcon(sort.direction)}
    <label class="visually-hidden" for="card-sort">${labels.label}</label>
    <select
      id="card-sort"
      class="select"
      .value=${live(current)}
      @change=${(event: Event) => {
        const [field, direction] = (event.target as HTMLSelectElement).value.split(':') as [UserSortField, string];
        props.onSort(field, direction === 'desc' ? 'desc' : 'asc');
      }}
    >
      ${COLUMNS.flatMap((field) =>
        (['asc', 'desc'] as const).map(
          (direction) =>
            html`<option value=${`${field}:${direction}`} ?selected=${`${field}:${direction}` === current}>
              ${labels.option({ column: t.userList.columns[field], direction })}
            </option>`,
        ),
      )}
    </select>
  </div>`;
}
