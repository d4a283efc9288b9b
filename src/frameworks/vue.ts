import type { DefineSetupFnComponent, HTMLAttributes } from 'vue';
import type { UsersEventName } from '../events.js';
import type { UsersEventListener, UsersWidgetEvents, UsersWidgetProperties, UsersWidgetTag } from './elements.js';

/**
 * Template types for the widget's elements in Vue 3 (`users-widget/vue`), for `vue-tsc` and
 * editors. Types only: import it once anywhere in the host's program, e.g.
 * `import type {} from 'users-widget/vue';`.
 *
 * At run time Vue must treat the tags as custom elements: `isCustomElement` in the Vue plugin's
 * `template.compilerOptions`. Bind objects as properties with `.prop` (`:adapter.prop="adapter"`;
 * keep the adapter in a `shallowRef`, never a deep `ref`, which would hand the element a proxy)
 * and listen with `@user-invited="…"`: the handler receives the DOM event, `detail` typed.
 *
 * With `vueCompilerOptions.strictTemplates` (or `checkUnknownProps` / `checkUnknownEvents`) a
 * misspelled property or event is an error; without, Vue lets unknown attributes fall through.
 */

/** The tag's events as Vue emits: each handler receives the CustomEvent. */
export type UsersVueEmits<Names extends UsersEventName> = {
  [K in Names]: UsersEventListener<K>;
};

/** `<Tag>` as a component type: HTML attributes, the element's properties, its events. */
export type UsersWidgetVueElement<Tag extends UsersWidgetTag> = DefineSetupFnComponent<
  HTMLAttributes & UsersWidgetProperties[Tag],
  UsersVueEmits<UsersWidgetEvents[Tag]>
>;

declare module 'vue' {
  interface GlobalComponents {
    'user-list': UsersWidgetVueElement<'user-list'>;
    'invite-dialog': UsersWidgetVueElement<'invite-dialog'>;
    'edit-user': UsersWidgetVueElement<'edit-user'>;
    'delete-confirm': UsersWidgetVueElement<'delete-confirm'>;
    'api-token-list': UsersWidgetVueElement<'api-token-list'>;
    'users-provider': UsersWidgetVueElement<'users-provider'>;
  }
}
