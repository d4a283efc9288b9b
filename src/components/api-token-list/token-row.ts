import { html, nothing, type TemplateResult } from 'lit';
import { tokenStatus, type ApiToken } from '../../core/index.js';
import { formatDate, formatRelativeTime, roleLabel, type Catalog } from '../../i18n/index.js';
import { renderIssuer } from './issuer-cell.js';
import { expiresSoon } from './token-expiry.js';

export interface RowContext {
  readonly t: Catalog;
  readonly lang: string;
  readonly now: number;
  /** Show the Actions column (the session may delete some of the tokens). */
  readonly actions: boolean;
  /** Whether the session may delete this token (an Administrator any, others their own). */
  readonly mayDelete: (token: ApiToken) => boolean;
  readonly onDelete: (token: ApiToken) => void;
}

type Column = keyof Catalog['tokens']['columns'];

/** The columns in order; Actions only when the session may delete. */
export function columnsFor(actions: boolean): Column[] {
  const columns: Column[] = ['id', 'name', 'issuer', 'role', 'status', 'expires', 'description', 'lastUsed'];
  return actions ? [...columns, 'actions'] : columns;
}

export function renderHeaderRow(t: Catalog, actions: boolean): TemplateResult {
  return html`<tr part="header-row" role="row">
    ${columnsFor(actions).map(
      (column) =>
        html`<th scope="col" role="columnheader" part="header-cell" data-column=${column}>
          ${t.tokens.columns[column]}
        </th>`,
    )}
  </tr>`;
}

/**
 * One token. Each cell starts with its column's name, shown only when the container is narrow and
 * the table turns into cards; it is aria-hidden because the header cells already name the column.
 */
export function renderTokenRow(token: ApiToken, ctx: RowContext): TemplateResult {
  const { t } = ctx;
  const status = tokenStatus(token, ctx.now);
  const label = (column: Column) =>
    html`<span class="cell-label" aria-hidden="true">${t.tokens.columns[column]}</span>`;
  return html`<tr part="row" role="row" data-token-id=${token.id} data-status=${status}>
    <td role="cell" part="cell" data-column="id">${label('id')}<span class="value">${token.id}</span></td>
    <th scope="row" role="rowheader" part="cell name-cell" data-column="name">
      ${label('name')}<span class="value token-name">${token.name}</span>
    </th>
    <td role="cell" part="cell" data-column="issuer">
      ${label('issuer')}${renderIssuer(token.issuer, {
        id: `issuer-hint-${token.id}`,
        text: t.tokens.issuerDeleted,
      })}
    </td>
    <td role="cell" part="cell" data-column="role">
      ${label('role')}<span class="value">${roleLabel(token.role, t)}</span>
    </td>
    <td role="cell" part="cell" data-column="status">
      ${label('status')}<span class="badge" part=${`status-badge status-${status}`} data-status=${status}
        >${t.tokens.status[status]}</span
      >
    </td>
    <td role="cell" part="cell" data-column="expires">${label('expires')}${renderExpiry(token, ctx)}</td>
    <td role="cell" part="cell" data-column="description">${label('description')}${renderDescription(token, t)}</td>
    <td role="cell" part="cell" data-column="lastUsed">
      ${label('lastUsed')}<span class="value"
        >${
          token.lastUsage
            ? html`<time datetime=${token.lastUsage}>${formatDate(token.lastUsage, ctx.lang)}</time>`
            : html`<span class="muted">${t.tokens.notUsedYet}</span>`
        }</span
      >
    </td>
    ${ctx.actions ? html`<td role="cell" part="cell" data-column="actions">${renderDeleteButton(token, ctx)}</td>` : nothing}
  </tr>`;
}

function renderExpiry(token: ApiToken, ctx: RowContext): TemplateResult {
  if (token.expDate === null) return html`<span class="value">${ctx.t.tokens.never}</span>`;
  const soon = expiresSoon(token, ctx.now);
  return html`<span class="value">
    <time datetime=${token.expDate}>${formatDate(token.expDate, ctx.lang)}</time>
    ${
      soon
        ? html`<span class="expiry-warning" part="expiry-warning"
            ><span class="warning-mark" aria-hidden="true">!</span
            ><span class="visually-hidden"
              >${ctx.t.tokens.expiresSoon({ when: formatRelativeTime(token.expDate, ctx.lang, ctx.now) })}</span
            ></span
          >`
        : nothing
    }
  </span>`;
}

function renderDescription(token: ApiToken, t: Catalog): TemplateResult {
  if (token.description) return html`<span class="value description">${token.description}</span>`;
  // A dash for the eye; words for the ear, which would otherwise hear "dash" or nothing at all.
  return html`<span class="value muted"
    ><span aria-hidden="true">—</span><span class="visually-hidden">${t.tokens.noDescription}</span></span
  >`;
}

/** A deleted token can't be deleted again (the API answers 404), so its row has no button. */
function renderDeleteButton(token: ApiToken, ctx: RowContext): TemplateResult | typeof nothing {
  if (token.deleted || !ctx.mayDelete(token)) return nothing;
  return html`<button
    type="button"
    class="button compact delete-button"
    part="delete-button"
    aria-label=${ctx.t.tokens.delete.action({ name: token.name })}
    @click=${() => ctx.onDelete(token)}
  >
    ${ctx.t.common.delete}
  </button>`;
}

/** Placeholder rows while the first answer is on its way; hidden from assistive tech, which hears "busy". */
export function renderSkeletonRows(count: number, columns: number): TemplateResult[] {
  return Array.from(
    { length: count },
    () =>
      html`<tr part="skeleton-row" class="skeleton-row" aria-hidden="true">
        ${Array.from({ length: columns }, () => html`<td><span class="skeleton"></span></td>`)}
      </tr>`,
  );
}
