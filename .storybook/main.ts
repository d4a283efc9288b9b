import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Storybook for the widget's elements: `npm run storybook` (dev server on :6006) and
 * `npm run build-storybook` (static, offline, in storybook-static/). The same stories run as
 * tests under Vitest (vitest.config.ts, `npm run test:stories`): play functions and axe checks.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // Without this the builder loads the demo's vite.config.ts (its root, library build and
      // reference IAM server are for the demo, not for Storybook).
      builder: { viteConfigPath: here('./vite.config.ts') },
    },
  },
  core: {
    // Nothing outside the machine is reachable; don't try.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Pre-bundle Lit once: otherwise a story importing lit/directive-helpers.js (through
      // storybook's web-components renderer) gets a second copy of Lit in story tests.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    });
  },
};

export default config;
