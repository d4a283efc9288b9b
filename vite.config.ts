import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { vueWithUsersWidget } from './demo/hosts/vue/vue-plugin.js';
import { createNodeMiddleware } from './demo/server/node-http.js';
import { minifyLitLiterals } from './scripts/minify-literals.js';

/**
 * One config for the demo (`npm start`: the page in demo/ at http://localhost:5173/, with the
 * reference IAM server under /api) and the library build (`npm run build`: dist/index.js from
 * src/, plus dist/testing.js, one module per source module, dependencies left to the host's bundler).
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Mounts the reference Gcore IAM server (demo/server) on the dev and preview servers. */
function referenceIamServer(): Plugin {
  // One server for both hooks, created on first use: `vite build` never seeds an account.
  let middleware: ReturnType<typeof createNodeMiddleware> | undefined;
  const mount = (server: { middlewares: { use(fn: ReturnType<typeof createNodeMiddleware>): unknown } }) => {
    server.middlewares.use((middleware ??= createNodeMiddleware()));
  };
  return {
    name: 'reference-iam-server',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}

/** lit, @lit/context, zod and any subpath of them (lit/decorators.js, zod/mini, @lit/reactive-element…). */
const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|zod)(\/.*)?$/;

export default defineConfig({
  // The demo page lives in demo/; src/ is imported from there (inside the workspace, so allowed).
  root: here('./demo'),
  // Vue compiles the Vue host's SFC (demo/hosts/vue/), leaving the widget's tags to the browser.
  // minifyLitLiterals applies to builds only: dist/ ships minified templates, dev serves them as written.
  plugins: [referenceIamServer(), vueWithUsersWidget(), minifyLitLiterals()],
  // Pre-bundle Lit once, or a story or page importing lit/directive-helpers.js loads a second copy.
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true, // outDir is outside root, where Vite would otherwise refuse to empty it
    // demo/public holds the demo page's favicon: it is the demo's, not the package's.
    copyPublicDir: false,
    // Two entries: the package ("users-widget") and the in-memory backend for tests ("users-widget/testing").
    lib: {
      // The package entry, users-widget/all (every element defined at once) and users-widget/testing.
      entry: { index: here('./src/index.ts'), all: here('./src/all.ts'), testing: here('./src/testing.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => EXTERNAL.test(id),
      // dist/ mirrors src/ module for module: the .d.ts files and custom-elements.json name the same
      // paths, and a host's bundler tree-shakes what it does not import.
      output: { preserveModules: true, preserveModulesRoot: here('./src'), entryFileNames: '[name].js' },
    },
  },
});
