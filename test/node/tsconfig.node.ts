/// <reference types="node" />
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

/**
 * The compiler settings the code is written for. `noUncheckedIndexedAccess` makes `list[i]` a
 * `T | undefined`, so a missing entry is handled where it is read; lint forbids asserting it away
 * with `list[i]!` in src/.
 */
test('tsconfig.json is strict, with noUncheckedIndexedAccess', () => {
  const { compilerOptions } = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };
  assert.equal(compilerOptions['strict'], true);
  assert.equal(compilerOptions['noUncheckedIndexedAccess'], true);
});
