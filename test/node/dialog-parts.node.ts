/// <reference types="node" />
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dialogExportParts } from '../../src/components/user-list/dialog-parts.js';

/**
 * `<user-list>` renders its three dialogs in its shadow root and re-exports their parts, prefixed
 * (`invite-dialog-input`), through the list in src/components/user-list/dialog-parts.ts. A part a
 * dialog documents but the list does not re-export is out of a host's reach inside the list; a part
 * the list re-exports that no dialog documents is stale or undocumented. The dialogs' parts are
 * read from custom-elements.json (`npm run test:node` builds it first): each `@csspart` and every
 * part its description names in backticks (`also \`header\`, \`heading\``).
 */

const DIALOG_TAGS = ['invite-dialog', 'edit-user', 'delete-confirm'] as const;

interface CssPart {
  readonly name: string;
  readonly description?: string;
}
interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly { readonly tagName?: string; readonly cssParts?: readonly CssPart[] }[];
  }[];
}

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as Manifest;

function documentedParts(tag: string): Set<string> {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(declaration, `<${tag}> is in custom-elements.json`);
  const parts = new Set<string>();
  for (const part of declaration.cssParts ?? []) {
    parts.add(part.name);
    for (const [, named] of (part.description ?? '').matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)) parts.add(named!);
  }
  return parts;
}

/** `dialog: invite-dialog-dialog, header: invite-dialog-header, …` → the inner part names. */
function reExported(tag: (typeof DIALOG_TAGS)[number]): string[] {
  return dialogExportParts(tag)
    .split(',')
    .map((mapping) => {
      const [inner, outer] = mapping.split(':').map((name) => name.trim());
      assert.equal(outer, `${tag}-${inner}`, `${inner} is exported as ${tag}-${inner}`);
      return inner!;
    });
}

describe("<user-list> re-exports its dialogs' parts", () => {
  for (const tag of DIALOG_TAGS) {
    test(`every part <${tag}> documents is re-exported as ${tag}-<part>`, () => {
      const exported = new Set(reExported(tag));
      assert.deepEqual(
        [...documentedParts(tag)].filter((part) => !exported.has(part)),
        [],
      );
    });
  }

  test('every re-exported part is documented by at least one dialog', () => {
    const documented = new Set(DIALOG_TAGS.flatMap((tag) => [...documentedParts(tag)]));
    assert.deepEqual(
      reExported('invite-dialog').filter((part) => !documented.has(part)),
      [],
    );
  });
});
