import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config, named in main.ts so the demo's vite.config.ts stays out of it.
 * Nothing to add: Vite reads `experimentalDecorators` and `useDefineForClassFields` from
 * tsconfig.json, which is all Lit's decorators need; main.ts's viteFinal adds the rest.
 */
export default defineConfig({});
