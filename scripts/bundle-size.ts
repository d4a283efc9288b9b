import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { minifyLitLiterals } from './minify-literals.js';

/**
 * Bundles an entry the way a host's bundler would (minified ES module, tree-shaken) and measures
 * every emitted chunk gzipped. Sizes are deterministic for a given tree, so they can be checked in
 * `npm test`; timings are not, and live in the benchmark.
 */

export interface BundleSize {
  /** What loads up front: the entry chunk and everything it imports statically. */
  readonly initialGzip: number;
  readonly initialMinified: number;
  /** Chunks loaded on demand (the de/zh/ru catalogs), by name. */
  readonly lazy: ReadonlyArray<{ readonly name: string; readonly gzip: number }>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const LIT_AND_ZOD = /^(lit|lit-html|lit-element|@lit\/[^/]+|zod)(\/.*)?$/;

/** `source` is the entry module's code; imports in it resolve from the repository root. */
export async function measureBundle(source: string, options: { externalDeps?: boolean } = {}): Promise<BundleSize> {
  const entryId = '\0size-entry.js';
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [
      minifyLitLiterals(),
      {
        name: 'size-entry',
        resolveId: (id) => (id === 'size-entry' ? entryId : undefined),
        load: (id) => (id === entryId ? source : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: {
        input: 'size-entry',
        // A host keeps what it imports; without this an app build drops the entry's exports.
        preserveEntrySignatures: 'strict',
        external: options.externalDeps ? (id: string) => LIT_AND_ZOD.test(id) : undefined,
        output: { format: 'es' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output.flatMap((o) => o.output) : output.output).filter(
    (item): item is Rolldown.OutputChunk => item.type === 'chunk',
  );
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);

  let initialGzip = 0;
  let initialMinified = 0;
  const lazy: Array<{ name: string; gzip: number }> = [];
  for (const chunk of chunks) {
    const gzip = gzipSync(chunk.code, { level: 9 }).length;
    if (initial.has(chunk.fileName)) {
      initialGzip += gzip;
      initialMinified += Buffer.byteLength(chunk.code);
    } else {
      lazy.push({ name: chunk.name, gzip });
    }
  }
  return { initialGzip, initialMinified, lazy };
}

/** What a host writes to get the whole section against the Gcore API. */
export const FULL_WIDGET_ENTRY = `
  export { GcoreIamAdapter } from '/src/index.ts';
`;
