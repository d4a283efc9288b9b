import { html, type TemplateResult } from 'lit';
import type { TokenIssuer } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { STATUS_FILTERS, issuerLabel, type StatusFilter } from './token-filter.js';

export interface ToolbarContext {
  readonly t: Catalog;
  readonly status: StatusFilter;
  readonly issuedBy: number | undefined;
  readonly issuers: readonly TokenIssuer[];
  readonly onStatus: (status: StatusFilter) => void;
  readonly onIssuer: (issuedBy: number | undefined) => void;
}

/** The two filters; native selects, so keyboard and screen readers get the platform's behaviour. */
export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { t } = ctx;
  const statusLabel = (status: StatusFilter) => (status === 'all' ? t.tokens.filters.all : t.tokens.status[status]);
  // A preset issuer with no visible token still needs an option, or the select would show "Everyone".
  const presetMissing = ctx.issuedBy !== undefined && !ctx.issuers.some((issuer) => issuer.userId === ctx.issuedBy);
  return html`<div class="toolbar" part="filters" role="group" aria-label=${t.tokens.filters.label}>
    <label class="field" part="filter">
      <span class="field-label">${t.tokens.filters.status}</span>
      <select
        class="select"
        part="status-filter"
        @change=${(event: Event) => ctx.onStatus((event.target as HTMLSelectElement).value as StatusFilter)}
      >
        ${STATUS_FILTERS.map(
          (status) => html`<option value=${status} ?selected=${status === ctx.status}>${statusLabel(status)}</option>`,
        )}
      </select>
    </label>
    <label class="field" part="filter">
      <span class="field-label">${t.tokens.filters.issuer}</span>
      <select
        class="select"
        part="issuer-filter"
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          ctx.onIssuer(value === '' ? undefined : Number(value));
        }}
      >
        <option value="" ?selected=${ctx.issuedBy === undefined}>${t.tokens.filters.allIssuers}</option>
        ${
          presetMissing
            ? html`<option value=${ctx.issuedBy!} selected>
                ${t.tokens.filters.unknownIssuer({ id: ctx.issuedBy! })}
              </option>`
            : ''
        }
        ${ctx.issuers.map((issuer) => {
          const label = issuerLabel(issuer);
          return html`<option value=${issuer.userId} ?selected=${issuer.userId === ctx.issuedBy}>
            ${issuer.deleted ? t.tokens.filters.deletedIssuer({ issuer: label }) : label}
          </option>`;
        })}
      </select>
    </label>
  </div>`;
}
