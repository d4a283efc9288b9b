import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OfferedLanguage } from '../../core/index.js';
import type { Catalog, CatalogOverrides } from '../../i18n/index.js';
import { renderPager } from '../internal/pager.js';
import { pageCount, type PageSize } from '../internal/paging.js';
import { dialogExportParts } from './dialog-parts.js';
import type { ListState } from './list-state.js';

/** The parts of `<user-list>` around its table: the heading row, the footer, the dialogs. */

export interface HeaderProps {
  readonly t: Catalog;
  readonly canInvite: boolean;
  /** Rows to export: the list has any. */
  readonly canExport: boolean;
  readonly onInvite: (event: Event) => void;
  readonly onPrefetchInvite: () => void;
  readonly onExport: (event: Event) => void;
}

export function renderHeader(props: HeaderProps): TemplateResult {
  const { t } = props;
  return html`<div class="header" part="header">
    <h2 id="heading" part="heading" tabindex="-1">${t.userList.heading}</h2>
    <div class="header-actions">
      ${
        props.canExport
          ? html`<button class="button" part="export-button" type="button" @click=${props.onExport}>
              ${t.userList.exportAll}
            </button>`
          : nothing
      }
      ${
        props.canInvite
          ? html`<button
              id="invite"
              class="button primary"
              part="invite-button"
              type="button"
              @click=${props.onInvite}
              @pointerenter=${props.onPrefetchInvite}
              @focus=${props.onPrefetchInvite}
            >
              ${t.userList.invite}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

export interface FooterProps {
  readonly t: Catalog;
  readonly lang: OfferedLanguage;
  readonly state: ListState;
  readonly page: number;
  readonly pageSize: number;
  readonly onPage: (page: number) => void;
  readonly onPageSize: (size: PageSize) => void;
  readonly onClear: () => void;
}

/** Pager and page size with the rows; the summary (or why there are none) always, as a live region. */
export function renderFooter(props: FooterProps): TemplateResult {
  const { t, state } = props;
  const empty = state.kind === 'empty';
  return html`<div class=${classMap({ footer: true, 'no-rows': empty })} part="footer">
    ${
      state.kind === 'rows'
        ? renderPager({
            t,
            lang: props.lang,
            label: t.userList.pager.label,
            page: props.page,
            pageCount: pageCount(state.total, props.pageSize),
            pageSize: props.pageSize,
            onPage: props.onPage,
            onPageSize: props.onPageSize,
          })
        : nothing
    }
    <p class="summary" part="summary" role="status">${summaryText(t, state)}</p>
    ${
      empty && state.narrowed
        ? html`<button class="button" part="clear-button" type="button" @click=${props.onClear}>
            ${t.userList.filters.clear}
          </button>`
        : nothing
    }
  </div>`;
}

export function summaryText(t: Catalog, state: ListState): string {
  const words = t.userList;
  switch (state.kind) {
    case 'error':
      return '';
    case 'loading':
      return words.states.loading;
    case 'empty':
      return state.narrowed ? words.states.noMatch : words.states.empty;
    case 'rows':
      return state.from === 0 ? '' : words.pager.showing({ from: state.from, to: state.to, total: state.total });
  }
}

const INVITE_DIALOG_PARTS = dialogExportParts('invite-dialog');
const EDIT_USER_PARTS = dialogExportParts('edit-user');
const DELETE_CONFIRM_PARTS = dialogExportParts('delete-confirm');

/**
 * The dialogs the list opens. Rendered before their code has loaded (on demand): an undefined tag
 * is an empty element, upgraded in place when its module arrives.
 */
export function renderDialogs(props: {
  readonly theme: 'light' | 'dark' | undefined;
  readonly overrides: CatalogOverrides | undefined;
}): TemplateResult {
  const theme = ifDefined(props.theme);
  return html`<invite-dialog
      theme=${theme}
      .i18nOverrides=${props.overrides}
      exportparts=${INVITE_DIALOG_PARTS}
    ></invite-dialog>
    <edit-user theme=${theme} .i18nOverrides=${props.overrides} exportparts=${EDIT_USER_PARTS}></edit-user>
    <delete-confirm
      theme=${theme}
      .i18nOverrides=${props.overrides}
      exportparts=${DELETE_CONFIRM_PARTS}
    ></delete-confirm>
    <users-bulk-dialog theme=${theme} .i18nOverrides=${props.overrides}></users-bulk-dialog>`;
}
