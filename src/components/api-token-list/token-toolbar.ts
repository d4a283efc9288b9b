import { html, nothing, type TemplateResult } from 'lit';
import type { TokenIssuer } from '../../core/index.js';
import { personLabel, type Catalog } from '../../i18n/index.js';
import { selectField } from '../internal/select-field.js';
import { STATUS_FILTERS, type StatusFilter } from './token-filter.js';

export interface ToolbarContext {
  readonly t: Catalog;
  readonly status: StatusFilter;
  readonly issuedBy: number | undefined;
  readonly issuers: readonly TokenIssuer[];
  /** Only an Administrator sees other people's tokens; for anyone else "Issued by" has one answer. */
  readonly showIssuer: boolean;
  readonly onStatus: (status: StatusFilter) => void;
  readonly onIssuer: (issuedBy: number | undefined) => void;
}

/**
 * The filters, drawn as `<user-list>` draws its own: native selects with their label inside the
 * box, so keyboard and screen readers get the platform's behaviour.
 */
export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { t } = ctx;
  const statusLabel = (status: StatusFilter) => (status === 'all' ? t.tokens.filters.all : t.tokens.status[status]);
  // A preset issuer with no visible token still needs an option, or the select would show "Everyone".
  const presetMissing = ctx.issuedBy !== undefined && !ctx.issuers.some((issuer) => issuer.userId === ctx.issuedBy);
  const issuerOptions: Array<readonly [string, string]> = [
    ['', t.tokens.filters.allIssuers],
    ...(presetMissing ? [[String(ctx.issuedBy), t.tokens.filters.unknownIssuer({ id: ctx.issuedBy! })] as const] : []),
    ...ctx.issuers.map((issuer) => {
      const label = personLabel(issuer, t);
      return [
        String(issuer.userId),
        issuer.deleted ? t.tokens.filters.deletedIssuer({ issuer: label }) : label,
      ] as const;
    }),
  ];
  return html`<div class="toolbar" part="filters" role="group" aria-label=${t.tokens.filters.label}>
    ${selectField({
      id: 'status-filter',
      selectPart: 'status-filter',
      label: t.tokens.filters.status,
      // "Active" is this list's resting state, as in the portal: any other status narrows it.
      value: ctx.status,
      options: STATUS_FILTERS.map((status) => [status, statusLabel(status)] as const),
      onChange: (value) => ctx.onStatus(value as StatusFilter),
    })}
    ${
      ctx.showIssuer
        ? selectField({
            id: 'issuer-filter',
            selectPart: 'issuer-filter',
            label: t.tokens.filters.issuer,
            value: ctx.issuedBy === undefined ? '' : String(ctx.issuedBy),
            options: issuerOptions,
            onChange: (value) => ctx.onIssuer(value === '' ? undefined : Number(value)),
          })
        : nothing
    }
  </div>`;
}
