import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Minifies the markup and CSS inside the widget's `html` and `css` tagged templates at build time:
 * the indentation and comments in them are otherwise shipped as string data, which no JavaScript
 * minifier may touch. Used by the library build (what hosts get in dist/), by the size check and
 * benchmark (so they measure what ships), and by the end-to-end tests (so the flows run on the
 * minified templates).
 *
 * Two of the defaults are too eager for templates whose text is written by hand:
 * - whitespace is collapsed to one space, never removed, because the minifier cannot see that
 *   `</strong> ${message}` needs its space once the expression is a placeholder;
 * - empty attributes stay: `<option value="">` means something else without its value.
 */
export function minifyLitLiterals(): Plugin {
  const plugin = minifyHTMLLiterals({
    include: [fileURLToPath(new URL('../src/**/*.ts', import.meta.url))],
    // The token fragments there are declaration lists spliced into rules, which no CSS parser
    // takes on their own; every other template must minify, or the build fails.
    exclude: [fileURLToPath(new URL('../src/styles/tokens.ts', import.meta.url))],
    failOnError: true,
    options: {
      minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true, removeEmptyAttributes: false },
    },
  }) as unknown as Plugin; // typed for Rollup; Vite's Rolldown runs its one transform hook as is
  return { ...plugin, enforce: 'pre', apply: 'build' };
}
