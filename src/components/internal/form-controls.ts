import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * Form building blocks for the dialogs, as template functions rendered into the dialog's own
 * shadow root: labels, hints and errors must share a tree scope with their field for `for` and
 * `aria-describedby` to work. Every field carries `aria-invalid` and points at its message.
 */

export interface TextFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly type?: 'text' | 'email';
  readonly hint?: string;
  readonly placeholder?: string;
  /** The message under the field; also marks it invalid. */
  readonly error?: string;
  readonly required?: boolean;
  /** Shown after the label, e.g. "(optional)". */
  readonly labelNote?: string;
  readonly autocomplete?: string;
  /** Where the dialog puts focus when it opens. */
  readonly autofocus?: boolean;
  readonly onInput: (value: string) => void;
  readonly onBlur?: () => void;
}

export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? nothing : list;
}

export function textField(options: TextFieldOptions): TemplateResult {
  const { id, error, hint } = options;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return html`<div class="field" part="field">
    <label for=${id} part="label"
      >${options.label}${options.labelNote ? html` <span class="label-note">(${options.labelNote})</span>` : nothing}</label
    >
    <input
      id=${id}
      name=${id}
      part="input"
      type=${options.type ?? 'text'}
      .value=${live(options.value)}
      placeholder=${options.placeholder ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      ?required=${options.required ?? false}
      ?autofocus=${options.autofocus ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(errorId, hintId)}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      @blur=${() => options.onBlur?.()}
    />
    ${error ? html`<p id=${errorId} class="field-error" part="field-error">${error}</p>` : nothing}
    ${hint ? html`<p id=${hintId} class="hint" part="hint">${hint}</p>` : nothing}
  </div>`;
}

export interface RadioOption<V extends string | number> {
  readonly value: V;
  readonly label: string;
  readonly description?: string;
}

export interface RadioGroupOptions<V extends string | number> {
  /** Prefix for the group's ids and its radios' `name`. */
  readonly name: string;
  readonly legend: string;
  readonly options: readonly RadioOption<V>[];
  readonly selected: V;
  readonly error?: string;
  /** A note under the legend, e.g. why some choices are missing. */
  readonly note?: string;
  /** `inline` puts short options side by side (languages); `stacked` gives each a row (roles). */
  readonly layout?: 'inline' | 'stacked';
  /** The dialog starts on this group (on its checked radio, or the first when none is). */
  readonly autofocus?: boolean;
  readonly onChange: (value: V) => void;
}

export function radioGroup<V extends string | number>(options: RadioGroupOptions<V>): TemplateResult {
  const { name, error, note } = options;
  const errorId = error ? `${name}-error` : undefined;
  const noteId = note ? `${name}-note` : undefined;
  const focusValue = options.options.some((option) => option.value === options.selected)
    ? options.selected
    : options.options[0]?.value;
  return html`<fieldset
    class="radio-group ${options.layout ?? 'stacked'}"
    part="fieldset"
    aria-describedby=${describedBy(errorId, noteId)}
  >
    <legend part="legend">${options.legend}</legend>
    ${note ? html`<p id=${noteId} class="hint" part="hint">${note}</p>` : nothing}
    <div class="options">
      ${options.options.map((option) => {
        const id = `${name}-${option.value}`;
        const descriptionId = option.description ? `${id}-description` : undefined;
        return html`<div class="option" part="option">
          <input
            type="radio"
            id=${id}
            name=${name}
            value=${String(option.value)}
            .checked=${live(option.value === options.selected)}
            ?autofocus=${(options.autofocus ?? false) && option.value === focusValue}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(descriptionId)}
            @change=${() => options.onChange(option.value)}
          />
          <label for=${id} part="option-label">${option.label}</label>
          ${
            option.description
              ? html`<p id=${descriptionId} class="option-description" part="option-description">
                  ${option.description}
                </p>`
              : nothing
          }
        </div>`;
      })}
    </div>
    ${error ? html`<p id=${errorId} class="field-error" part="field-error">${error}</p>` : nothing}
  </fieldset>`;
}

/**
 * A value the user may see but not change here, with an optional note saying why. A native
 * read-only input: screen readers announce it as read-only, and it can still be focused and copied.
 */
export function readOnlyValue(options: { id: string; label: string; value: string; note?: string }): TemplateResult {
  const noteId = options.note ? `${options.id}-note` : undefined;
  return html`<div class="field read-only" part="field read-only-field">
    <label for=${options.id} part="label">${options.label}</label>
    <input
      id=${options.id}
      part="input read-only-input"
      type="text"
      readonly
      .value=${live(options.value)}
      aria-describedby=${describedBy(noteId)}
    />
    ${options.note ? html`<p id=${noteId} class="hint" part="hint">${options.note}</p>` : nothing}
  </div>`;
}
