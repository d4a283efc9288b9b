import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';

/**
 * The styles of every element the package defines, checked for how they use the private tokens
 * (`--_users-*` and any other `--_x`), in the way Material Web's `createTokenTests` checks its
 * components. Widget elements resolve the tokens on their `:host` (`tokenStyles`); inner parts (row
 * menu, multi-select, dialog shell) live in a widget element's shadow root and inherit them.
 */

/** Every tag the package registers, recorded as it registers them. */
const registered = new Map<string, CustomElementConstructor>();

before(async () => {
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, constructor, options) => {
    registered.set(tag, constructor);
    define(tag, constructor, options);
  };
  await import('../../src/index.js');
  customElements.define = define;
});

interface TokenUse {
  /** `--_x` properties given a value. */
  readonly defined: Set<string>;
  /** `--_x` properties read through `var()`. */
  readonly used: Set<string>;
  /** `--_x` properties read through `var(--_x, <fallback>)`. */
  readonly withFallback: Set<string>;
}

function tokenUse(styles: readonly CSSResultOrNative[]): TokenUse {
  const use: TokenUse = { defined: new Set(), used: new Set(), withFallback: new Set() };
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      if (!('style' in rule)) continue;
      // The serialised declarations keep a shorthand written with var() whole, so no use is missed.
      const text = (rule as CSSStyleRule).style.cssText;
      for (const [, name] of text.matchAll(/(?:^|;)\s*(--_[\w-]+)\s*:/g)) use.defined.add(name!);
      for (const [, name] of text.matchAll(/var\(\s*(--_[\w-]+)/g)) use.used.add(name!);
      for (const [, name] of text.matchAll(/var\(\s*(--_[\w-]+)\s*,/g)) use.withFallback.add(name!);
    }
  };
  for (const style of styles) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (!sheet) throw new Error('constructable style sheets are not supported here');
    visit(sheet.cssRules);
  }
  return use;
}

function stylesOf(constructor: CustomElementConstructor): readonly CSSResultOrNative[] {
  return (constructor as unknown as typeof LitElement).elementStyles ?? [];
}

/** An element whose own styles resolve the widget tokens, rather than inheriting them. */
function resolvesTokens(use: TokenUse): boolean {
  return use.defined.has('--_users-color-text');
}

describe('private tokens in the styles of every element', () => {
  it('finds the elements (the registry probe works)', () => {
    expect([...registered.keys()]).to.include.members(['user-list', 'users-row-menu', 'users-multi-select']);
  });

  it('inner parts restate no token defaults: they read the tokens their widget element resolved', () => {
    const restated: string[] = [];
    for (const [tag, constructor] of registered) {
      // The dialog shell's fallbacks go with the dialogs' own rework (issue 12).
      if (tag === 'users-dialog-shell') continue;
      const use = tokenUse(stylesOf(constructor));
      if (resolvesTokens(use)) continue;
      for (const name of use.withFallback) restated.push(`<${tag}> ${name}`);
    }
    expect(restated).to.deep.equal([]);
  });
});
