/**
 * The one way every element of the package registers: `defineElement('tag', Class)` at the end of
 * its module, next to its `HTMLElementTagNameMap` entry (lint forbids `customElements.define`
 * elsewhere in src/). Registers `tag` unless it already is: importing the package twice (two bundles on one page, HMR)
 * must not throw "already defined". In Node (SSR, tests importing the package) there is no
 * registry, and registration is skipped.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`users-widget: <${tag}> is already defined by another class; keeping the first one.`);
  }
}
