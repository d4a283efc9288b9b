import { html, nothing, type TemplateResult } from 'lit';
import type { TokenIssuer } from '../../core/index.js';
import { emailText } from '../internal/email-text.js';

/**
 * The "Issued by" cell: name over email. A removed issuer is struck through (R16) and gets the
 * hint "The user has been deleted" three ways: as a tooltip on hover, as the same tooltip on
 * keyboard focus (the wrapper is a tab stop, described by the hint), and as text in the reading
 * order, since `<s>` alone is not announced by screen readers.
 */
export function renderIssuer(issuer: TokenIssuer, hint: { id: string; text: string }): TemplateResult {
  if (!issuer.deleted) {
    return html`<span class="issuer" part="issuer">
      ${issuer.name ? html`<span class="issuer-name">${issuer.name}</span>` : nothing}
      <span class="issuer-email">${emailText(issuer.email)}</span>
    </span>`;
  }
  return html`<span
    class="issuer issuer-deleted"
    part="issuer issuer-deleted"
    tabindex="0"
    aria-describedby=${hint.id}
    @keydown=${dismissOnEscape}
    @focusout=${restoreHint}
    @mouseleave=${restoreHint}
  >
    ${issuer.name ? html`<s class="issuer-name">${issuer.name}</s>` : nothing}
    <s class="issuer-email">${emailText(issuer.email)}</s>
    <span class="hint" id=${hint.id} role="tooltip" part="issuer-hint">${hint.text}</span>
  </span>`;
}

/**
 * WCAG 1.4.13: a tooltip shown on focus must be dismissible without moving focus. Cancelling the
 * keydown also keeps a surrounding dialog (the list embedded in `<delete-confirm>`) open for this
 * Escape; the next one closes it.
 */
function dismissOnEscape(event: KeyboardEvent): void {
  const wrapper = event.currentTarget as HTMLElement;
  if (event.key !== 'Escape' || wrapper.hasAttribute('data-hint-dismissed')) return;
  event.preventDefault();
  wrapper.setAttribute('data-hint-dismissed', '');
}

function restoreHint(event: Event): void {
  (event.currentTarget as HTMLElement).removeAttribute('data-hint-dismissed');
}
