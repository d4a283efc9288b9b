import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { UsersEventName } from '../events.js';
import type {
  UsersEventListener,
  UsersWidgetElementMap,
  UsersWidgetEvents,
  UsersWidgetProperties,
  UsersWidgetTag,
} from './elements.js';

/**
 * JSX types for the widget's elements in React 19 (`users-widget/react`). Types only: import it
 * once anywhere in the host's program, e.g. `import type {} from 'users-widget/react';`.
 *
 * React 19 sets a prop as a property when the element has one (`adapter={adapter}` reaches the
 * `adapter` property, not an attribute), so import the package (which defines the elements)
 * before the first render. A prop `on<event>` holding a function becomes
 * `addEventListener('<event>', fn)`, with the event name as written: `onuser-invited={…}`.
 *
 * ```tsx
 * <user-list adapter={adapter} lang="de" onuser-invited={(event) => log(event.detail.user.email)} />
 * ```
 *
 * TypeScript does not report an unknown JSX attribute whose name contains a hyphen (as for
 * `data-*`), so a misspelled `on…` name goes unnoticed; a declared one is checked, handler and all.
 */

/** `onuser-invited`, `onusers-error`…: the React 19 listener props for the tag's events. */
export type UsersEventProps<Names extends UsersEventName> = {
  [K in Names as `on${K}`]?: UsersEventListener<K>;
};

/** Everything JSX accepts on `<Tag>`: the usual HTML attributes, the element's properties, its events. */
export type UsersWidgetJsxProps<Tag extends UsersWidgetTag> = DetailedHTMLProps<
  HTMLAttributes<UsersWidgetElementMap[Tag]>,
  UsersWidgetElementMap[Tag]
> &
  UsersWidgetProperties[Tag] &
  UsersEventProps<UsersWidgetEvents[Tag]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's own JSX namespace is augmented
  namespace JSX {
    interface IntrinsicElements {
      'user-list': UsersWidgetJsxProps<'user-list'>;
      'invite-dialog': UsersWidgetJsxProps<'invite-dialog'>;
      'edit-user': UsersWidgetJsxProps<'edit-user'>;
      'delete-confirm': UsersWidgetJsxProps<'delete-confirm'>;
      'api-token-list': UsersWidgetJsxProps<'api-token-list'>;
      'users-provider': UsersWidgetJsxProps<'users-provider'>;
    }
  }
}
