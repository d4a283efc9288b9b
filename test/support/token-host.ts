import { css, html, LitElement } from 'lit';
import { defineElement } from '../../src/components/internal/define-element.js';
import { tokenStyles } from '../../src/styles/tokens.js';

/**
 * Resolves the widget tokens (`--_users-*`) for what is slotted into it, as a widget element does
 * for the inner parts in its shadow root. Tests of an inner part alone (the row menu) mount it here:
 * inner parts restate no token defaults of their own.
 */
export class TokenHost extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('test-token-host', TokenHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-token-host': TokenHost;
  }
}
