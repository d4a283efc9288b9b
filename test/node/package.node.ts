/// <reference types="node" />
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import ts from 'typescript';

/**
 * What a host installs: package.json's entry points, the built dist/ (ES modules and .d.ts), the
 * custom elements manifest, and what `npm pack` would put in the tarball. `npm run test:node`
 * builds first, so dist/ and custom-elements.json are those of the current tree.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => join(root, path);
const run = promisify(execFile);

interface ConditionalExport {
  readonly types?: string;
  readonly default?: string;
}

interface PackageJson {
  readonly name: string;
  readonly type?: string;
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly files?: readonly string[];
  readonly exports: Readonly<Record<string, string | ConditionalExport>>;
  readonly sideEffects?: boolean | readonly string[];
  readonly customElements?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly scripts?: Readonly<Record<string, string>>;
}

const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as PackageJson;

/** The runtime dependencies a host's bundler resolves: left as imports, never copied into dist. */
const PEERS = ['lit', '@lit/context', 'zod'] as const;

/** The package an import specifier belongs to: `lit/decorators.js` → `lit`, `@lit/context` → itself. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every module specifier a built ES module imports, static or dynamic. */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/g)) found.add(match[1]!);
  for (const match of code.matchAll(/\bimport\s*["']([^"']+)["']/g)) found.add(match[1]!);
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.add(match[1]!);
  return [...found];
}

describe('package.json', () => {
  test('is an ES module package whose main, module and types are the built entry', () => {
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.main, './dist/index.js');
    assert.equal(pkg.module, './dist/index.js');
    assert.equal(pkg.types, './dist/index.d.ts');
  });

  test('exports the entry, ./all, ./testing, one entry per element, the framework types and the manifest, each to a file that exists', () => {
    assert.deepEqual(Object.keys(pkg.exports).sort(), [
      '.',
      './all',
      './api-token-list',
      './custom-elements.json',
      './delete-confirm',
      './edit-user',
      './invite-dialog',
      './package.json',
      './react',
      './testing',
      './user-list',
      './users-provider',
      './vue',
    ]);
    assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', default: './dist/index.js' });
    assert.deepEqual(pkg.exports['./all'], { types: './dist/all.d.ts', default: './dist/all.js' });
    assert.deepEqual(pkg.exports['./testing'], { types: './dist/testing.d.ts', default: './dist/testing.js' });
    assert.deepEqual(pkg.exports['./invite-dialog'], {
      types: './dist/components/invite-dialog/invite-dialog.d.ts',
      default: './dist/components/invite-dialog/invite-dialog.js',
    });
    assert.deepEqual(pkg.exports['./react'], { types: './dist/frameworks/react.d.ts' });
    assert.deepEqual(pkg.exports['./vue'], { types: './dist/frameworks/vue.d.ts' });
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
    assert.equal(pkg.exports['./package.json'], './package.json');
    for (const target of Object.values(pkg.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    )) {
      assert.ok(existsSync(at(target)), `${target} exists after the build`);
    }
  });

  test('declares its side effects: importing the entry defines the elements, nothing else is kept for its effects', () => {
    assert.ok(Array.isArray(pkg.sideEffects), 'sideEffects is a list, so bundlers may drop unused modules');
    assert.ok(pkg.sideEffects.includes('./dist/index.js'), 'the entry is kept even when nothing is imported from it');
    assert.ok(
      !pkg.sideEffects.some((pattern) => pattern.includes('testing') || pattern.includes('adapters')),
      'the testing entry and the adapters have no side effects',
    );
  });

  test('points "customElements" at the manifest and ships it', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files?.includes('custom-elements.json'));
    assert.ok(pkg.files?.includes('dist'));
  });

  test('builds the manifest in "build", and builds before packing', () => {
    assert.match(pkg.scripts?.['build'] ?? '', /npm run analyze/);
    assert.match(pkg.scripts?.['prepack'] ?? '', /npm run build/);
  });

  test('keeps lit, @lit/context and zod as dependencies', () => {
    for (const name of PEERS) assert.ok(pkg.dependencies?.[name], `${name} is a dependency`);
  });
});

describe('dist/', () => {
  /** Every built module reachable from an entry (dist/index.js by default) through relative imports, static or dynamic. */
  async function builtModules(entry = 'index.js'): Promise<Map<string, string>> {
    const modules = new Map<string, string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (modules.has(file)) continue;
      const source = await readFile(at(`dist/${file}`), 'utf8');
      modules.set(file, source);
      for (const specifier of importsOf(source).filter((s) => s.startsWith('.'))) {
        const target = join(dirname(file), specifier);
        assert.ok(existsSync(at(`dist/${target}`)), `${file} imports ${specifier}, which exists`);
        queue.push(target);
      }
    }
    return modules;
  }

  test('mirrors src/ module for module, each ES module importing lit, @lit/context and zod instead of bundling them', async () => {
    const modules = await builtModules();
    for (const file of ['components/user-list/user-list.js', 'adapters/gcore/gcore-adapter.js', 'core/schemas.js']) {
      assert.ok(modules.has(file), `dist/${file} is reached from dist/index.js`);
    }
    const bare = [...modules.values()].flatMap((code) => importsOf(code).filter((s) => !s.startsWith('.')));
    assert.deepEqual([...new Set(bare.map(packageOf))].sort(), [...PEERS].sort());
    assert.ok(bare.includes('zod/mini'), 'the shipped code uses zod/mini, not the full zod API');
    for (const [file, code] of modules) {
      // Lit's own source would carry these; the modules must only refer to them.
      assert.doesNotMatch(code, /class ReactiveElement\b|Lit is in dev mode/, file);
      assert.doesNotMatch(code, /\brequire\(/, `${file}: no CommonJS`);
    }
  });

  test('dist/testing.js holds the in-memory backend, and nothing of the elements or of lit', async () => {
    const modules = await builtModules('testing.js');
    assert.ok(modules.has('adapters/memory/memory-adapter.js'), 'the memory adapter is reached from dist/testing.js');
    assert.ok(existsSync(at('dist/testing.d.ts')), 'with its declarations');
    assert.deepEqual(
      [...modules.keys()].filter((file) => file.startsWith('components/') || file === 'index.js'),
      [],
      'importing the testing entry defines no element',
    );
    const bare = [...modules.values()].flatMap((code) => importsOf(code).filter((s) => !s.startsWith('.')));
    assert.ok(!bare.some((specifier) => packageOf(specifier) === 'lit'), bare.join(', '));
  });

  test('dist/index.js no longer reaches the in-memory backend', async () => {
    const modules = await builtModules();
    assert.ok(!modules.has('adapters/memory/memory-adapter.js'));
    assert.ok(!modules.has('adapters/memory/memory-backend.js'));
  });

  test('loads the de, zh and ru catalogs and the on-demand elements lazily, each from a module that exists', async () => {
    const modules = await builtModules();
    const dynamic = [...modules.entries()].flatMap(([file, code]) =>
      [...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((match) => join(dirname(file), match[1]!)),
    );
    assert.deepEqual(dynamic.sort(), [
      'components/on-demand.js',
      'i18n/catalogs/de/index.js',
      'i18n/catalogs/ru/index.js',
      'i18n/catalogs/zh/index.js',
    ]);
    for (const module of dynamic) assert.ok(modules.has(module), `${module} is built`);
  });

  test('custom-elements.json names the built modules: every path and reference exists in dist/', async () => {
    const manifest = await readFile(at('custom-elements.json'), 'utf8');
    const paths = [...new Set([...manifest.matchAll(/"(?:path|module)": "([^"]+)"/g)].map((match) => match[1]!))];
    assert.ok(paths.includes('dist/components/user-list/user-list.js'), paths.join(', '));
    for (const path of paths) {
      assert.ok(existsSync(at(path)), `${path} exists`);
      assert.ok(existsSync(at(path.replace(/\.js$/, '.d.ts'))), `${path} has its .d.ts`);
    }
  });

  test('holds only the library: no demo assets', () => {
    assert.ok(!existsSync(at('dist/favicon.svg')), "demo/public is the demo's");
    assert.ok(!existsSync(at('dist/index.html')));
  });

  test('the .d.ts entry and the ./react and ./vue types resolve and type-check for a host', () => {
    // A host's module, checked as TypeScript would in a project that installed the package: the
    // package imports itself by name, which resolves through "exports" (nodenext and bundler alike).
    const consumer = at('test/node/__host__.ts');
    const source = `
      import { GcoreIamAdapter, UserList, UsersError, type UsersAdapter, type UsersEventDetails } from 'users-widget';
      import { MemoryAdapter, SEED, type FaultOptions } from 'users-widget/testing';
      import type {} from 'users-widget/react';
      import type {} from 'users-widget/vue';
      import type { UsersWidgetJsxProps } from 'users-widget/react';
      import type { UsersWidgetVueElement } from 'users-widget/vue';

      const adapter: UsersAdapter = new MemoryAdapter();
      const gcore: UsersAdapter = new GcoreIamAdapter({ baseUrl: '/api', clientId: 42, auth: () => 'Bearer x' });
      const list: UserList = document.createElement('user-list');
      list.adapter = adapter ?? gcore;
      list.addEventListener('user-invited', (event) => {
        const detail: UsersEventDetails['user-invited'] = event.detail;
        console.log(detail.user.email, detail.outcome);
      });
      list.addEventListener('user-remove-request', (event) => event.preventDefault());
      const error: UsersError = new UsersError('network');
      const props: UsersWidgetJsxProps<'user-list'> = { adapter, lang: 'de', 'onuser-invited': (e) => e.detail.user };
      type Vue = UsersWidgetVueElement<'user-list'>;
      const memory = new MemoryAdapter({ userCount: 20, signedInAs: SEED.userId });
      const fault: FaultOptions = { method: 'listUsers' };
      memory.failNext('network', fault);
      export { error, props, memory, type Vue };
    `;
    for (const resolution of ['nodenext', 'bundler'] as const) {
      const options: ts.CompilerOptions = {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: resolution === 'nodenext' ? ts.ModuleKind.NodeNext : ts.ModuleKind.ESNext,
        moduleResolution:
          resolution === 'nodenext' ? ts.ModuleResolutionKind.NodeNext : ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        // The package's own .d.ts files are checked too, not only the host's use of them.
        skipLibCheck: false,
      };
      const host = ts.createCompilerHost(options);
      const { getSourceFile, fileExists, readFile: read } = host;
      host.fileExists = (file) => file === consumer || fileExists.call(host, file);
      host.readFile = (file) => (file === consumer ? source : read.call(host, file));
      host.getSourceFile = (file, version, ...rest) =>
        file === consumer
          ? ts.createSourceFile(file, source, version)
          : getSourceFile.call(host, file, version, ...rest);
      const program = ts.createProgram([consumer], options, host);
      const diagnostics = ts.getPreEmitDiagnostics(program);
      const text = ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (file) => file,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n',
      });
      assert.equal(diagnostics.length, 0, `moduleResolution ${resolution}:\n${text}`);
      const resolved = program.getSourceFiles().map((file) => file.fileName.slice(root.length));
      for (const entry of [
        'dist/index.d.ts',
        'dist/testing.d.ts',
        'dist/frameworks/react.d.ts',
        'dist/frameworks/vue.d.ts',
      ]) {
        assert.ok(resolved.includes(entry), `${resolution}: the host's imports resolved to ${entry}`);
      }
      assert.ok(!resolved.some((file) => file.startsWith('src/')), `${resolution}: nothing resolved to src/`);
    }
  });
});

describe('custom-elements.json', () => {
  interface Declaration {
    readonly name: string;
    readonly tagName?: string;
    readonly customElement?: boolean;
    readonly cssParts?: readonly unknown[];
    readonly cssProperties?: readonly unknown[];
  }
  interface Manifest {
    readonly schemaVersion: string;
    readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
  }

  test('describes every public element, with its parts and custom properties', async () => {
    const manifest = JSON.parse(await readFile(at('custom-elements.json'), 'utf8')) as Manifest;
    assert.ok(manifest.schemaVersion);
    const elements = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    );
    for (const tag of [
      'user-list',
      'invite-dialog',
      'edit-user',
      'delete-confirm',
      'api-token-list',
      'users-provider',
    ]) {
      assert.ok(elements.has(tag), `<${tag}> is in the manifest`);
    }
    for (const tag of ['user-list', 'invite-dialog', 'edit-user', 'delete-confirm', 'api-token-list']) {
      assert.ok((elements.get(tag)!.cssParts ?? []).length > 0, `<${tag}> documents its parts`);
      assert.ok((elements.get(tag)!.cssProperties ?? []).length > 0, `<${tag}> documents its custom properties`);
    }
  });
});

describe('npm pack', () => {
  test('ships dist/, the manifest, README and package.json, and nothing of src/, test/, demo/ or stories/', async () => {
    // --ignore-scripts: prepack would build again; test:node has just built.
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [report] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = report.files.map((file) => file.path);
    for (const required of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/testing.js',
      'dist/testing.d.ts',
      'dist/events.d.ts',
      'dist/frameworks/react.d.ts',
      'dist/frameworks/vue.d.ts',
    ]) {
      assert.ok(files.includes(required), `${required} is packed`);
    }
    const stray = files.filter(
      (file) =>
        !['package.json', 'README.md', 'LICENSE', 'custom-elements.json'].includes(file) && !file.startsWith('dist/'),
    );
    assert.deepEqual(stray, [], 'only dist/ and the top-level files are packed');
    assert.ok(
      files.every((file) => !file.startsWith('dist/') || /\.(js|d\.ts)$/.test(file)),
      'dist/ holds only modules and declarations',
    );
  });
});
