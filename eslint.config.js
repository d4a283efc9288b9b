import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';
import importBoundaries from './scripts/lint/import-boundaries.js';

// The Node globals our scripts, configs and the demo server use. Listed here rather than taken
// from the `globals` package, which is not a dependency; add a name when a Node file needs it.
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'globalThis',
    'process',
    'queueMicrotask',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores(['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/', '.cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (e.g. a property dropped by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    // The layers of src/ (core, adapters, state, i18n, components, styles) import only what they may.
    files: ['src/**/*.ts'],
    plugins: { 'users-widget': importBoundaries },
    rules: { 'users-widget/layer-imports': 'error' },
  },
  {
    // noUncheckedIndexedAccess (tsconfig.json) says an index may find nothing; handle that instead of
    // asserting it away with \`list[i]!\`.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSNonNullExpression > MemberExpression[computed=true]',
          message: 'An indexed value may be missing (noUncheckedIndexedAccess): handle undefined instead of `!`.',
        },
      ],
    },
  },
  {
    // One way of registering elements: defineElement('tag', Class), which guards against a second
    // definition and skips registration in Node.
    files: ['src/**/*.ts'],
    ignores: ['src/components/internal/define-element.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'customElements',
          property: 'define',
          message: "Register with defineElement('tag', Class) from components/internal/define-element.ts.",
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'demo/server/**', '**/*.config.*', '.storybook/**/*.{js,mjs,ts}'],
    languageOptions: { globals: nodeGlobals },
  },
);
