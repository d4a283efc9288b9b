import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import { adapterContext } from '../../state/contexts.js';
import { defineElement } from '../internal/define-element.js';

/**
 * Gives one adapter to every widget element inside it, so a page with several separate elements
 * (a list here, an invite button there) configures the backend once.
 *
 * Set a new adapter object to switch backends: consumers are notified when the identity changes,
 * so mutating the adapter in place is not seen.
 *
 * @summary Provides the users adapter to descendant elements.
 * @slot - The elements that use the adapter.
 */
export class UsersProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The backend for every descendant that has no `adapter` of its own. */
  @property({ attribute: false }) adapter?: UsersAdapter;

  private readonly provider = new ContextProvider(this, { context: adapterContext, initialValue: undefined });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.provider.setValue(this.adapter);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('users-provider', UsersProvider);

declare global {
  interface HTMLElementTagNameMap {
    'users-provider': UsersProvider;
  }
}
