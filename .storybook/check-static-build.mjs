// Opens the static Storybook (storybook-static/, from `npm run build-storybook`) in headless
// Chromium and checks that it works, because a build that "succeeds" can still ship a page that
// throws: every story must render its elements (defined, with a shadow root) without an error
// overlay or an uncaught exception, and every docs page must show the API table that
// custom-elements.json feeds. Run by `npm run test:storybook-build`.
// The functions given to waitForFunction run in the page, where these exist:
/* global document, customElements */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const outDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const root = resolve(outDir);
const TIMEOUT_MS = 10_000;

if (!existsSync(join(outDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A static file server for storybook-static/ on a free loopback port (nothing outside it is served). */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const firstStories = stories.filter((story, i) => stories.findIndex((other) => other.title === story.title) === i);

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions());
const failures = [];
const started = Date.now();

try {
  const page = await browser.newPage();
  let pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A failed load is reported with its URL below; the console line has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(message.text());
    }
  });
  page.on('response', (response) => {
    // Chromium asks every page for /favicon.ico; Storybook ships an SVG favicon instead.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      pageErrors.push(`${response.status()} ${response.url()}`);
    }
  });

  // The manager UI (the sidebar and toolbar a person opens first).
  await page.goto(`${base}/index.html`);
  try {
    await page.waitForSelector('#storybook-explorer-tree', { timeout: TIMEOUT_MS });
  } catch {
    failures.push('index.html: the manager never showed the story tree');
  }

  // Story mode (the canvas a person opens from the sidebar): the first story of each component.
  // Every other story is rendered on its component's docs page below, and played by `npm run
  // test:stories`; opening each here as well would cost a page load apiece.
  for (const story of firstStories) {
    pageErrors = [];
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    const problem = await page
      .waitForFunction(
        () => {
          const body = document.body;
          if (body.classList.contains('sb-show-errordisplay')) {
            return `error overlay: ${document.querySelector('#error-message')?.textContent?.trim()}`;
          }
          if (!body.classList.contains('sb-show-main')) return false;
          const root = document.querySelector('#storybook-root .story-root');
          if (!root) return 'the story root (preview decorator) is missing';
          const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
          if (elements.length === 0) return 'no custom element rendered';
          const broken = elements.filter((el) => !customElements.get(el.localName) || !el.shadowRoot);
          if (broken.length > 0) return `not upgraded: ${broken.map((el) => el.localName).join(', ')}`;
          return 'ok';
        },
        undefined,
        { timeout: TIMEOUT_MS },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'timed out waiting for the story to render');
    if (problem !== 'ok') failures.push(`${story.id}: ${problem}`);
    else if (pageErrors.length > 0) failures.push(`${story.id}: ${pageErrors.join(' | ')}`);
  }

  // Docs pages: the API table custom-elements.json feeds, and every story of the component
  // rendered inline with its elements upgraded.
  for (const doc of docs) {
    pageErrors = [];
    const expected = stories.filter((story) => story.title === doc.title).length;
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(doc.id)}&viewMode=docs`);
    const problem = await page
      .waitForFunction(
        (count) => {
          if (document.querySelector('.sb-show-errordisplay, .docs-story .sb-errordisplay')) {
            return `error: ${document.querySelector('#error-message')?.textContent?.trim() ?? 'in a story block'}`;
          }
          if (document.querySelectorAll('.docblock-argstable tbody tr').length === 0) return false;
          const blocks = [...document.querySelectorAll('.docs-story')];
          // A story that throws shows its error as text in its block, in place of the story root.
          const failed = blocks.find((block) => !block.querySelector('.story-root') && /\S/.test(block.textContent));
          if (failed) return `a story failed to render: ${failed.textContent.trim().slice(0, 300)}`;
          if (blocks.length < count) return false;
          const upgraded = (block) =>
            [...block.querySelectorAll('.story-root *')].some(
              (el) => el.localName.includes('-') && customElements.get(el.localName) && el.shadowRoot,
            );
          return blocks.every(upgraded) ? 'ok' : false;
        },
        expected,
        { timeout: TIMEOUT_MS * 2 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => `timed out: no API table, or fewer than ${expected} stories rendered`);
    if (problem !== 'ok') failures.push(`${doc.id}: ${problem}`);
    else if (pageErrors.length > 0) failures.push(`${doc.id}: ${pageErrors.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`Static Storybook: ${failures.length} pages broken:`);
  for (const failure of failures) console.error(`  ✗ ${failure}`);
  process.exit(1);
}
console.log(
  `Static Storybook works in Chromium: manager, ${firstStories.length} stories in story mode, ` +
    `${docs.length} docs pages rendering all ${stories.length} stories, in ${seconds} s.`,
);
