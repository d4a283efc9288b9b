import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  OFFERED_LANGUAGES,
  ROLES,
  isOfferedLanguage,
  isRoleId,
  type OfferedLanguage,
  type UserStatus,
} from '../../core/index.js';
import { languageName, roleLabel, type Catalog } from '../../i18n/index.js';
import { selectField } from '../internal/select-field.js';
import type { ListFilters } from './list-query.js';
import './multi-select.js';
import type { MultiSelectChangeEvent, MultiSelectOption } from './multi-select.js';

export interface UserFiltersProps {
  readonly t: Catalog;
  readonly lang: OfferedLanguage;
  /** What the search box shows (applied to the query after a pause). */
  readonly searchText: string;
  readonly filters: ListFilters;
  readonly showClear: boolean;
  /** Below 640 px the four filters fold behind one "Filters" button; true while it is open. */
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
  /** The card layout's sort select, which sits beside the "Filters" button on a phone. */
  readonly cardSort: TemplateResult;
  readonly onSearchInput: (text: string) => void;
  /** Enter in the search box: apply now instead of after the pause. */
  readonly onSearchSubmit: () => void;
  readonly onFiltersChange: (filters: ListFilters) => void;
  readonly onClear: () => void;
}

const chevron = svg`<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2 4l4 4 4-4"></path></svg>`;

const searchIcon = svg`<svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <circle cx="7" cy="7" r="4.5"></circle><path d="m10.5 10.5 3.5 3.5"></path>
</svg>`;

/**
 * The search box and the four filters of the portal: Roles and Language (any number each),
 * Status and Two-factor authentication (all / one value), plus "Clear filters" when any is set.
 */
export function renderUserFilters(props: UserFiltersProps): TemplateResult {
  const { t, lang, filters } = props;
  const labels = t.userList.filters;
  const roleOptions: MultiSelectOption[] = ROLES.map((role) => ({
    value: String(role.id),
    label: roleLabel(role.id, t),
  }));
  const languageOptions: MultiSelectOption[] = OFFERED_LANGUAGES.map((code) => ({
    value: code,
    label: languageName(code, lang, t),
  }));
  const change = (patch: Partial<ListFilters>) => props.onFiltersChange({ ...filters, ...patch });
  const active = activeFilterCount(filters);
  return html`
    <div
      part="filters"
      class=${props.expanded ? 'filters expanded' : 'filters'}
      role="search"
      aria-label=${labels.label}
    >
      <div class="search-field" part="search">
        ${searchIcon}
        <label class="visually-hidden" for="search">${t.userList.search.label}</label>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${t.userList.search.placeholder}
          .value=${live(props.searchText)}
          @input=${(event: InputEvent) => props.onSearchInput((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') props.onSearchSubmit();
          }}
        />
      </div>
      <button
        type="button"
        class=${active > 0 ? 'button filters-toggle active' : 'button filters-toggle'}
        part="filters-toggle"
        aria-expanded=${props.expanded ? 'true' : 'false'}
        aria-controls="filter-fields"
        @click=${props.onToggleExpanded}
      >
        ${labels.toggle}${active > 0 ? html`<span class="count-badge">${active}</span>` : nothing} ${chevron}
      </button>
      ${props.cardSort}
      <div class="filter-fields" id="filter-fields">
        <users-multi-select
          class=${filters.roles.length > 0 ? 'filter active' : 'filter'}
          part="filter roles-filter"
          exportparts="button: filter-button, panel: filter-panel, option: filter-option"
          label=${labels.roles}
          count-text=${labels.selectedCount({ selected: filters.roles.length, total: roleOptions.length })}
          .options=${roleOptions}
          .values=${filters.roles.map(String)}
          @multi-select-change=${(event: MultiSelectChangeEvent) =>
            change({ roles: event.detail.values.map(Number).filter(isRoleId) })}
        ></users-multi-select>
        <users-multi-select
          class=${filters.languages.length > 0 ? 'filter active' : 'filter'}
          part="filter languages-filter"
          exportparts="button: filter-button, panel: filter-panel, option: filter-option"
          label=${labels.languages}
          count-text=${labels.selectedCount({ selected: filters.languages.length, total: languageOptions.length })}
          .options=${languageOptions}
          .values=${filters.languages}
          @multi-select-change=${(event: MultiSelectChangeEvent) =>
            change({ languages: event.detail.values.filter(isOfferedLanguage) })}
        ></users-multi-select>
        ${selectField({
          id: 'status-filter',
          selectPart: 'filter-select',
          label: labels.status,
          value: filters.status ?? '',
          options: [
            ['', labels.all],
            ['activated', t.common.activated],
            ['not_activated', t.common.notActivated],
          ],
          onChange: (value) => change({ status: value === '' ? undefined : (value as UserStatus) }),
        })}
        ${selectField({
          id: 'two-fa-filter',
          selectPart: 'filter-select',
          label: labels.twoFa,
          value: filters.twoFa === undefined ? '' : filters.twoFa ? 'on' : 'off',
          options: [
            ['', labels.all],
            ['on', t.common.activated],
            ['off', t.common.notActivated],
          ],
          onChange: (value) => change({ twoFa: value === '' ? undefined : value === 'on' }),
        })}
      </div>
      ${
        props.showClear
          ? html`<button part="clear-button" class="button quiet clear" type="button" @click=${props.onClear}>
              ${labels.clear}
            </button>`
          : nothing
      }
    </div>
  `;
}

/** How many of the four filters narrow the list: the count on the folded "Filters" button. */
export function activeFilterCount(filters: ListFilters): number {
  return (
    Number(filters.roles.length > 0) +
    Number(filters.languages.length > 0) +
    Number(filters.status !== undefined) +
    Number(filters.twoFa !== undefined)
  );
}
