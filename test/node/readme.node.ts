/// <reference types="node" />
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { USERS_ERROR_CODES } from '../../src/core/index.js';

/**
 * The README's element reference is generated from custom-elements.json (the JSDoc of each element
 * class, as `npm run analyze` reads it): between `<!-- api:<tag> -->` and `<!-- /api:<tag> -->`
 * stand the tables this file builds. The test fails when they drift apart;
 *
 *     npm run docs
 *
 * (`npm run analyze`, then this file with UPDATE_README=1, then prettier) rewrites them. It also checks the hand-written parts that mirror code: every event of
 * src/events.ts and every UsersError code is documented, and the custom adapter example is
 * demo/examples/rest-adapter.ts as it is.
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');
const README = 'README.md';

const PUBLIC_TAGS = ['user-list', 'invite-dialog', 'edit-user', 'delete-confirm', 'api-token-list', 'users-provider'];

interface Described {
  readonly name: string;
  readonly description?: string;
  readonly summary?: string;
}

interface Member extends Described {
  readonly kind: 'field' | 'method';
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly attribute?: string;
  readonly reflects?: boolean;
  readonly parameters?: readonly { readonly name: string; readonly type?: { readonly text: string } }[];
  readonly return?: { readonly type?: { readonly text: string } };
}

interface ElementDeclaration extends Described {
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly members?: readonly Member[];
  readonly events?: readonly Described[];
  readonly slots?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly Described[];
}

interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly ElementDeclaration[] }[];
}

/**
 * Public members that are not for hosts: `emit` dispatches the element's own events, read-only
 * fields (`i18n`, `effectiveAdapter`) are what subclasses read, and statics are the classes' own.
 */
const isHostApi = (member: Member) =>
  !member.static && !(member.kind === 'field' && member.readonly) && member.name !== 'emit';

/** One line of a table cell: newlines become spaces, pipes are escaped. */
const cell = (text: string | undefined) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text: string | undefined) => (text ? `\`${cell(text)}\`` : '');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The tables for one element, as the README holds them between its markers. */
function elementReference(element: ElementDeclaration): string {
  const members = (element.members ?? []).filter(isHostApi);
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  const events = (element.events ?? []).filter((event) => event.description);
  const sections: [string, string][] = [
    [
      'Properties',
      table(
        ['Property', 'Attribute', 'Type', 'Default', 'Description'],
        fields.map((field) => [
          code(field.name),
          field.attribute ? code(field.attribute) + (field.reflects ? ' (reflected)' : '') : '—',
          code(field.type?.text),
          code(field.default),
          cell(field.description),
        ]),
      ),
    ],
    [
      'Methods',
      table(
        ['Method', 'Returns', 'Description'],
        methods.map((method) => [
          code(
            `${method.name}(${(method.parameters ?? [])
              .map((parameter) => `${parameter.name}${parameter.type ? `: ${parameter.type.text}` : ''}`)
              .join(', ')})`,
          ),
          code(method.return?.type?.text),
          cell(method.description),
        ]),
      ),
    ],
    [
      'Events',
      table(
        ['Event', 'Description'],
        events.map((event) => [code(event.name), cell(event.description)]),
      ),
    ],
    [
      'Slots',
      table(
        ['Slot', 'Description'],
        (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['Part', 'Description'],
        (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['Property', 'Description'],
        (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)]),
      ),
    ],
  ];
  return sections
    .filter(([, body]) => body !== '')
    .map(([title, body]) => `**${title}**\n\n${body}`)
    .join('\n\n');
}

/**
 * Lines compared as content: table cells trimmed (Prettier pads them to align columns), delimiter
 * rows reduced to their column count, blank lines dropped.
 */
function normalize(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((part) => part.trim());
      return cells.every((part) => /^:?-+:?$/.test(part)) ? `|${cells.map(() => '---').join('|')}|` : cells.join(' | ');
    });
}

const blockPattern = (tag: string) => new RegExp(`(<!-- api:${tag} -->)([\\s\\S]*?)(<!-- /api:${tag} -->)`);

function loadElements(): Map<string, ElementDeclaration> {
  const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration]),
  );
}

if (process.env['UPDATE_README']) {
  const elements = loadElements();
  let readme = read(README);
  for (const tag of PUBLIC_TAGS) {
    const element = elements.get(tag);
    assert.ok(element, `<${tag}> is in custom-elements.json`);
    assert.match(readme, blockPattern(tag), `README has the markers for <${tag}>`);
    readme = readme.replace(blockPattern(tag), (_match, start: string, _body: string, end: string) => {
      return `${start}\n\n${elementReference(element)}\n\n${end}`;
    });
  }
  writeFileSync(fileURLToPath(new URL(README, root)), readme);
}

describe('README', () => {
  const readme = read(README);

  test('starts with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.match(firstBlock, /^npm install && npm start\b/m);
    assert.match(firstBlock, /^npm test\b/m);
    assert.ok(readme.indexOf('```sh') < readme.indexOf('\n## '), 'before the first section');
  });

  test("each element's reference matches custom-elements.json", () => {
    const elements = loadElements();
    for (const tag of PUBLIC_TAGS) {
      const element = elements.get(tag);
      assert.ok(element, `<${tag}> is in custom-elements.json`);
      const block = blockPattern(tag).exec(readme);
      assert.ok(block, `README has <!-- api:${tag} --> … <!-- /api:${tag} -->`);
      assert.deepEqual(
        normalize(block[2]!),
        normalize(elementReference(element)),
        `<${tag}>'s tables drifted from its JSDoc: run npm run docs`,
      );
    }
  });

  test('documents every event of src/events.ts', () => {
    const source = read('src/events.ts');
    const body = /interface UsersEventDetails \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const names = [...body.matchAll(/^\s*'([a-z-]+)':/gm)].map((match) => match[1]!);
    assert.ok(names.length >= 8, `found the events: ${names.join(', ')}`);
    const eventsSection = section(readme, '### Events');
    for (const name of names) assert.match(eventsSection, new RegExp(`\`${name}\``), `the Events table has ${name}`);
  });

  test('documents every UsersError code', () => {
    const errors = section(readme, '### Errors');
    for (const code of USERS_ERROR_CODES) assert.match(errors, new RegExp(`\`${code}\``), `${code} is documented`);
  });

  test("the Theming section lists every --users-* token with both themes' defaults from src/styles", () => {
    const theming = section(readme, '## Theming');
    const rows = new Map(
      normalize(theming)
        .filter((line) => line.startsWith('`--users-'))
        .map((line) => line.split(' | '))
        .map((cells) => [cells[0]!, cells.slice(1)]),
    );
    const tokens = read('src/styles/tokens.ts');
    const defaults = (theme: 'light' | 'dark') => {
      const block = new RegExp(`const ${theme} = css\`([\\s\\S]*?)\``).exec(tokens)?.[1] ?? '';
      return new Map([...block.matchAll(/var\((--users-[a-z-]+), (.+)\);/g)].map((match) => [match[1]!, match[2]!]));
    };
    const light = defaults('light');
    const dark = defaults('dark');
    assert.ok(light.size >= 15, 'found the colour tokens');
    for (const [name, value] of light) {
      assert.deepEqual(
        rows.get(`\`${name}\``),
        [`\`${value}\``, `\`${dark.get(name)}\``],
        `${name}: light and dark defaults`,
      );
    }
    const everyToken = new Set(
      [...(tokens + read('src/styles/base.ts')).matchAll(/var\((--users-[a-z0-9-]+)/g)].map((match) => match[1]!),
    );
    for (const name of everyToken) {
      const documented = /^--users-space-\d$/.test(name)
        ? theming.includes('`--users-space-1` … `--users-space-6`')
        : theming.includes(`\`${name}\``);
      assert.ok(documented, `${name} is documented under Theming`);
    }
  });

  test('embeds demo/examples/rest-adapter.ts as it is', () => {
    const example = read('demo/examples/rest-adapter.ts');
    assert.ok(readme.includes('```ts\n' + example + '```'), 'the README holds the file verbatim in a ts block');
  });
});

/** From `heading` to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has "${heading}"`);
  const level = heading.indexOf(' ');
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return end < 0 ? rest : rest.slice(0, end);
}
