import { expect } from '@open-wc/testing';
import { css, type CSSResultOrNative, type LitElement } from 'lit';
import { tokenStyles } from '../../src/styles/tokens.js';

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
  // users-widget/all: the elements the package entry loads on demand are defined at once.
  await import('../../src/all.js');
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

/** What the shared token sheet defines: every widget element resolves these on its `:host`. */
const shared = () => tokenUse([tokenStyles]);

/** An element whose own styles resolve the widget tokens, rather than inheriting them. */
function resolvesTokens(use: TokenUse): boolean {
  return [...shared().defined].every((name) => use.defined.has(name));
}

/**
 * Tokens an element reads that nothing gives a value: its own styles for a widget element; its own
 * styles or the widget element's resolved tokens for an inner part.
 */
function undefinedTokens(use: TokenUse): string[] {
  const available = resolvesTokens(use) ? use.defined : new Set([...use.defined, ...shared().defined]);
  return [...use.used].filter((name) => !available.has(name));
}

interface ElementTokens {
  readonly tag: string;
  readonly use: TokenUse;
}

const elements = (): ElementTokens[] =>
  [...registered].map(([tag, constructor]) => ({ tag, use: tokenUse(stylesOf(constructor)) }));

describe('private tokens in the styles of every element', () => {
  it('finds the elements and reads their tokens (the probes work)', () => {
    expect([...registered.keys()]).to.include.members(['user-list', 'users-row-menu', 'users-multi-select']);
    const probe = tokenUse([
      css`
        :host {
          --_a: 1px;
          --_b: var(--public-b, var(--_a));
        }
        @media (min-width: 1px) {
          .x {
            padding: var(--_a) var(--_c, 2px);
          }
        }
      `,
    ]);
    expect([...probe.defined].sort()).to.deep.equal(['--_a', '--_b']);
    expect([...probe.used].sort()).to.deep.equal(['--_a', '--_c']);
    expect([...probe.withFallback]).to.deep.equal(['--_c']);
    expect(undefinedTokens(probe)).to.deep.equal(['--_c']);
  });

  it('every token an element reads is defined: by the element, or by the widget element an inner part sits in', () => {
    const missing = elements().flatMap(({ tag, use }) => undefinedTokens(use).map((name) => `<${tag}> ${name}`));
    expect(missing).to.deep.equal([]);
  });

  it('every private token an element defines of its own is read, by it or by an inner part', () => {
    const all = elements();
    const readByInnerParts = new Set(all.filter(({ use }) => !resolvesTokens(use)).flatMap(({ use }) => [...use.used]));
    const sharedNames = shared().defined;
    const unused = all.flatMap(({ tag, use }) =>
      [...use.defined]
        .filter((name) => !sharedNames.has(name) && !use.used.has(name) && !readByInnerParts.has(name))
        .map((name) => `<${tag}> ${name}`),
    );
    expect(unused).to.deep.equal([]);
  });

  it('every shared token (src/styles/tokens.ts) is read by some element', () => {
    const read = new Set([...shared().used, ...elements().flatMap(({ use }) => [...use.used])]);
    expect([...shared().defined].filter((name) => !read.has(name))).to.deep.equal([]);
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
