/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PluginOption } from 'vite';
import { createNodeMiddleware } from '../../demo/server/node-http.js';
import { createReferenceServer } from '../../demo/server/reference-server.js';
import { minifyLitLiterals } from '../../scripts/minify-literals.js';

/**
 * End-to-end pages are built for production (as a host would ship them), then served by a plain
 * Node server that sends the strictest Content-Security-Policy the widget promises to work under,
 * with the reference IAM server on the same origin.
 */

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const root = fileURLToPath(new URL('../../', import.meta.url));

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Builds `pages` (names → HTML files under demo/) into `outDir`, templates minified as dist/ ships them. */
export async function buildPages(
  pages: Record<string, string>,
  outDir: string,
  plugins: PluginOption[] = [],
): Promise<void> {
  const input = Object.fromEntries(Object.entries(pages).map(([name, file]) => [name, join(root, 'demo', file)]));
  await build({
    configFile: false,
    root: join(root, 'demo'),
    logLevel: 'warn',
    plugins: [minifyLitLiterals(), ...plugins],
    build: { outDir, emptyOutDir: true, minify: false, rolldownOptions: { input } },
  });
}

export interface E2eServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveBuiltPages(dir: string, options: { csp?: string } = {}): Promise<E2eServer> {
  const iam = createNodeMiddleware(createReferenceServer());
  const server: Server = createServer((req, res) => {
    const fallThrough = async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
      if (!file.startsWith(dir)) {
        res.statusCode = 403;
        return res.end();
      }
      try {
        const body = await readFile(file);
        res.setHeader('content-type', MIME[extname(file)] ?? 'application/octet-stream');
        if (options.csp) res.setHeader('content-security-policy', options.csp);
        res.end(body);
      } catch {
        res.statusCode = 404;
        res.end('Not found');
      }
    };
    void iam(req, res, () => void fallThrough());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
