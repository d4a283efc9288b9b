import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../../i18n/index.js';

/**
 * The inline "Discard your changes?" question a form dialog shows in its footer when Escape would
 * throw away what the user typed. Rendered in place of the footer buttons (it takes the `footer` slot); the dialog then moves
 * focus to "Keep editing" (`part="keep-editing-button"`), the safe choice.
 */
export function discardPrompt(options: { t: Catalog; onKeep: () => void; onDiscard: () => void }): TemplateResult {
  const { t } = options;
  return html`<div slot="footer" class="discard" part="discard-prompt" role="group" aria-labelledby="discard-question">
    <p id="discard-question" class="discard-question">${t.dialogs.form.discardQuestion}</p>
    <button type="button" class="button" part="keep-editing-button" @click=${options.onKeep}>
      ${t.dialogs.form.keepEditing}
    </button>
    <button type="button" class="button danger" part="discard-button" @click=${options.onDiscard}>
      ${t.dialogs.form.discard}
    </button>
  </div>`;
}
