import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import type { UsersEventDetails, UsersEventName } from '../../events.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { CatalogOverrides } from '../../i18n/catalog-overrides.js';
import { checkedAdapter } from '../../state/checked-adapter.js';
import { adapterContext } from '../../state/contexts.js';
import { baseStyles } from '../../styles/base.js';

/**
 * Base class of every public element: where the adapter comes from, the messages, typed events.
 *
 * The adapter is the `adapter` property if set, otherwise the one provided by the nearest
 * ancestor (`<users-provider>`, `<user-list>`). Either way elements use `effectiveAdapter`, which
 * validates every answer, so a faulty adapter yields a `bad_response` error instead of a crash.
 */
export class UsersElement extends LitElement {
  /** Subclasses replace this with `[baseStyles, css\`…\`]`. */
  static override styles = baseStyles;

  /** The backend to talk to; wins over one provided by an ancestor. */
  @property({ attribute: false }) adapter?: UsersAdapter;

  /** Replaces any of the element's strings, e.g. `{ common: { cancel: 'Back' } }`; the rest follow `lang`. */
  @property({ attribute: false }) i18nOverrides?: CatalogOverrides;

  /** The adapter an ancestor provides; reactive, so a replaced adapter re-renders. */
  @state() protected contextAdapter?: UsersAdapter;

  /**
   * Pins the colour theme; unset follows `prefers-color-scheme`. Reflected, because the styles
   * key on the attribute; composite elements pass it on to the widget elements they render.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `this.i18n.t.common.cancel`, `this.i18n.lang`. */
  readonly i18n = new I18nController(this, () => this.i18nOverrides);

  constructor() {
    super();
    new ContextConsumer(this, {
      context: adapterContext,
      subscribe: true,
      callback: (adapter) => {
        this.contextAdapter = adapter;
      },
    });
  }

  /** The adapter to call, wrapped in answer validation; undefined until a host supplies one. */
  get effectiveAdapter(): UsersAdapter | undefined {
    const adapter = this.adapter ?? this.contextAdapter;
    return adapter ? checkedAdapter(adapter) : undefined;
  }

  /**
   * True when this update changes which adapter `effectiveAdapter` returns: the moment to
   * (re)load, from `willUpdate(changed)`. Compares identities, so setting the same adapter again
   * or a context adapter hidden by the property changes nothing.
   */
  protected adapterChanged(changed: PropertyValues): boolean {
    if (!changed.has('adapter') && !changed.has('contextAdapter')) return false;
    const before = (changed.has('adapter') ? changed.get('adapter') : this.adapter) as UsersAdapter | undefined;
    const contextBefore = (changed.has('contextAdapter') ? changed.get('contextAdapter') : this.contextAdapter) as
      UsersAdapter | undefined;
    return (before ?? contextBefore) !== (this.adapter ?? this.contextAdapter);
  }

  /**
   * Dispatches one of the widget's events (bubbling, composed). Returns false when the event was
   * cancelable and a listener called `preventDefault()`: the caller must then not go ahead.
   */
  emit<K extends UsersEventName>(
    name: K,
    detail: UsersEventDetails[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
