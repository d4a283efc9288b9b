// Configuration of `npm run analyze` (cem analyze): writes custom-elements.json, the element API
// that Storybook's autodocs (and editors, via package.json "customElements") read from the JSDoc
// of each element class: @summary, @slot, @event, @csspart, @cssproperty, property comments.

/**
 * The analyzer only recognises `customElements.define('tag', Class)`. Our elements register
 * through a guard against double definition, `defineElement('tag', Class)`; this plugin records
 * those calls as custom element definitions too, so each class gets its `tagName` (which Storybook
 * looks components up by).
 */
function defineElementCalls() {
  return {
    name: 'users-widget: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [first, second] = node.arguments;
      if (!first || !ts.isStringLiteral(first) || !first.text.includes('-')) return;
      if (!second || !ts.isIdentifier(second)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: first.text,
          declaration: { name: second.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/**
 * Private and protected members, and Lit's internals, are not API: leaving them out keeps the
 * docs tables to what a host can use.
 */
function publicMembersOnly() {
  return {
    name: 'users-widget: public members only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/**
 * The manifest describes the package as installed: `src/components/x.ts` ships as
 * `dist/components/x.js` (the library build keeps one module per source module), so every module
 * path and reference points there. Modules that declare nothing (type-only ones, which emit no
 * JavaScript) are left out.
 */
function pathsInDist() {
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toDist(inner);
      else rewrite(inner);
    }
  };
  return {
    name: 'users-widget: paths in dist/',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(
        (mod) => (mod.declarations ?? []).length > 0 || (mod.exports ?? []).length > 0,
      );
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  // Tests live in test/ and stories in stories/; keep the manifest clean should one land here.
  exclude: ['src/components/**/*.test.ts', 'src/components/**/*.spec.ts', 'src/components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), publicMembersOnly(), pathsInDist()],
};
