import { html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { OfferedLanguage } from '../../core/index.js';
import { formatNumber, type Catalog } from '../../i18n/index.js';
import { PAGE_SIZES, pageLinks, type PageSize } from './paging.js';

export interface PagerProps {
  readonly t: Catalog;
  readonly lang: OfferedLanguage;
  /** Names the navigation ("Pagination", "Pages of API tokens"). */
  readonly label: string;
  /** 1-based; the page asked for, which may still be loading. */
  readonly page: number;
  readonly pageCount: number;
  readonly pageSize: number;
  readonly onPage: (page: number) => void;
  readonly onPageSize: (size: PageSize) => void;
}

const chevron = (direction: 'previous' | 'next') =>
  svg`<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d=${direction === 'previous' ? 'M7.5 2.5 4 6l3.5 3.5' : 'M4.5 2.5 8 6 4.5 9.5'}></path>
  </svg>`;

/**
 * The pager both lists use: previous / next, page numbers (first, last and a window around the
 * current one, counted from 1, formatted for the language) and the page size select (10, 25, 50,
 * 100). Unavailable steps are `aria-disabled` rather than `disabled`, so focus stays on "Next" when
 * the last page is reached instead of falling to the document.
 *
 * Parts: `pager`, `page-button` (also `previous-button`, `next-button`, `current-page`),
 * `page-size`, `page-size-select`.
 */
export function renderPager(props: PagerProps): TemplateResult {
  const { t, lang, page, pageCount } = props;
  const labels = t.common.pager;
  const step = (target: number) => (target >= 1 && target <= pageCount && target !== page ? target : undefined);
  const go = (target: number | undefined) => {
    if (target !== undefined) props.onPage(target);
  };
  const previous = step(page - 1);
  const next = step(page + 1);
  return html`
    <nav part="pager" class="pager" aria-label=${props.label}>
      <button
        part="page-button previous-button"
        class="page-button"
        type="button"
        aria-label=${labels.previous}
        aria-disabled=${previous === undefined ? 'true' : 'false'}
        @click=${() => go(previous)}
      >
        ${chevron('previous')}
      </button>
      <ul class="pages">
        ${pageLinks(page, pageCount).map((link) =>
          link === 'gap'
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  part=${link === page ? 'page-button current-page' : 'page-button'}
                  class="page-button"
                  type="button"
                  aria-label=${labels.page({ page: link })}
                  aria-current=${ifDefined(link === page ? 'page' : undefined)}
                  @click=${() => go(step(link))}
                >
                  ${formatNumber(link, lang)}
                </button>
              </li>`,
        )}
      </ul>
      <button
        part="page-button next-button"
        class="page-button"
        type="button"
        aria-label=${labels.next}
        aria-disabled=${next === undefined ? 'true' : 'false'}
        @click=${() => go(next)}
      >
        ${chevron('next')}
      </button>
    </nav>
    <div class="page-size" part="page-size">
      <label for="page-size">${labels.pageSize}</label>
      <select
        id="page-size"
        class="select"
        part="page-size-select"
        .value=${live(String(props.pageSize))}
        @change=${(event: Event) => props.onPageSize(Number((event.target as HTMLSelectElement).value) as PageSize)}
      >
        ${PAGE_SIZES.map(
          (size) =>
            html`<option value=${size} ?selected=${size === props.pageSize}>${formatNumber(size, lang)}</option>`,
        )}
      </select>
    </div>
  `;
}
