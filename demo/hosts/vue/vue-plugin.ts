import vue from '@vitejs/plugin-vue';
import type { UsersWidgetTag } from '../../../src/frameworks/elements.js';

/** The widget's public tags: Vue leaves these to the browser's custom element registry. */
export const USERS_WIDGET_TAGS: readonly string[] = [
  'user-list',
  'invite-dialog',
  'edit-user',
  'delete-confirm',
  'api-token-list',
  'users-provider',
] satisfies readonly UsersWidgetTag[];

/** @vitejs/plugin-vue as a host configures it for the widget (used by vite.config.ts and the e2e build). */
export function vueWithUsersWidget() {
  return vue({
    template: { compilerOptions: { isCustomElement: (tag) => USERS_WIDGET_TAGS.includes(tag) } },
  });
}
