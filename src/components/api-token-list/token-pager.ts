import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../../i18n/index.js';
import { PAGE_SIZES, type PageSize, type PageSlice } from './pagination.js';

export interface PagerContext {
  readonly t: Catalog;
  readonly slice: PageSlice<unknown>;
  readonly pageSize: PageSize;
  readonly onPage: (index: number) => void;
  readonly onPageSize: (size: PageSize) => void;
}

/**
 * Previous / next (aria-disabled rather than disabled at either end, so the button pressed last
 * keeps focus instead of dropping it onto the page),  the page size and "Showing x–y of z". The summary is a polite live region, so a
 * screen reader hears how a filter or page change altered the list without leaving the control.
 */
export function renderPager(ctx: PagerContext): TemplateResult {
  const { t, slice } = ctx;
  const pager = t.tokens.pager;
  return html`<nav class="pager" part="pager" aria-label=${pager.label}>
    <div class="pager-pages">
      <button
        type="button"
        part="pager-button"
        aria-label=${pager.previous}
        aria-disabled=${String(slice.index === 0)}
        @click=${() => slice.index > 0 && ctx.onPage(slice.index - 1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <span part="pager-page">${pager.page({ page: slice.index + 1, pages: slice.pages })}</span>
      <button
        type="button"
        part="pager-button"
        aria-label=${pager.next}
        aria-disabled=${String(slice.index >= slice.pages - 1)}
        @click=${() => slice.index < slice.pages - 1 && ctx.onPage(slice.index + 1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
    <label class="field field-inline" part="page-size">
      <span class="field-label">${pager.pageSize}</span>
      <select
        @change=${(event: Event) => ctx.onPageSize(Number((event.target as HTMLSelectElement).value) as PageSize)}
      >
        ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === ctx.pageSize}>${size}</option>`)}
      </select>
    </label>
    <p class="pager-summary" part="pager-summary" aria-live="polite">
      ${pager.showing({ from: slice.from, to: slice.to, total: slice.total })}
    </p>
  </nav>`;
}
