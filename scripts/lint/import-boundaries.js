// The layers of src/ and what each may import, enforced by ESLint (`users-widget/layer-imports`,
// configured in eslint.config.js). The README's project layout describes the same table.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src', import.meta.url));

/**
 * For each part of src/ (a folder, or one file), the parts it may import from. The longest
 * matching key wins, so `adapters/gcore` is stricter than `adapters`. Packages (lit, zod) are not
 * the project's and are not checked here.
 */
export const LAYERS = {
  core: ['core'],
  i18n: ['i18n', 'core'],
  styles: ['styles'],
  adapters: ['adapters/users-adapter.ts', 'core'],
  'adapters/shared': ['adapters/shared', 'core'],
  'adapters/memory': ['adapters/memory', 'adapters/shared', 'adapters/users-adapter.ts', 'core'],
  'adapters/gcore': ['adapters/gcore', 'adapters/shared', 'adapters/users-adapter.ts', 'core'],
  state: ['state', 'adapters/users-adapter.ts', 'core'],
  // Components use the adapter interface, never an implementation: the host chooses that.
  components: ['components', 'state', 'i18n', 'styles', 'events.ts', 'adapters/users-adapter.ts', 'core'],
  frameworks: ['frameworks', 'components', 'events.ts', 'core'],
  // The event map names the detail types the elements define (e.g. <user-list>'s view state).
  'events.ts': ['adapters/users-adapter.ts', 'components', 'core'],
  // The entries put the package together.
  'index.ts': ['*'],
  'testing.ts': ['*'],
  'all.ts': ['*'],
};

/** `components/user-list/user-list.ts` → the most specific key of LAYERS it falls under. */
function layerOf(path) {
  let best;
  for (const key of Object.keys(LAYERS)) {
    if ((path === key || path.startsWith(`${key}/`)) && (!best || key.length > best.length)) best = key;
  }
  return best;
}

const within = (path, part) => part === '*' || path === part || path.startsWith(`${part}/`);

/** @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer of src/ imports only the layers it may (see scripts/lint/import-boundaries.js).' },
    schema: [],
    messages: {
      forbidden: "{{from}} may not import {{target}}: the '{{layer}}' layer imports only {{allowed}}.",
      unknownLayer: '{{from}} is in no layer of scripts/lint/import-boundaries.js: add it there.',
    },
  },
  create(context) {
    const toSrcPath = (absolute) => relative(src, absolute).split(sep).join('/');
    const from = toSrcPath(context.filename);
    if (from.startsWith('..')) return {};
    const layer = layerOf(from);

    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      if (!layer) {
        context.report({ node, messageId: 'unknownLayer', data: { from } });
        return;
      }
      const target = toSrcPath(resolve(dirname(context.filename), source)).replace(/\.js$/, '.ts');
      const allowed = LAYERS[layer];
      if (allowed.some((part) => within(target, part))) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: { from, target, layer, allowed: allowed.join(', ') },
      });
    };

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'layer-imports': layerImports } };
