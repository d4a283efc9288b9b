import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

/** A 360 px wide container: the narrowest phone layout the widget supports (its container queries switch to cards). */
export const narrowContainer: Decorator = (story) =>
  html`<div data-testid="narrow-container" style="width: 360px; max-width: 100%; outline: 1px dashed #7b8494">
    ${story()}
  </div>`;

/**
 * Spread into a story for the narrow case: the 360 px container and a 360 px wide viewport (the
 * `phone360` option of preview.ts), which is what a dialog in the top layer measures itself against.
 */
export const narrow = {
  decorators: [narrowContainer],
  globals: { viewport: { value: 'phone360', isRotated: false } },
};

/**
 * Nothing inside `element` (through its shadow root) sticks out to the right of `bounds`: in a
 * narrow container every control must wrap or shrink rather than overflow.
 */
export async function expectNoOverflow(
  element: Element,
  options: { bounds?: Element; ignore?: string } = {},
): Promise<void> {
  const limit = (options.bounds ?? element).getBoundingClientRect().right + 0.5;
  const root = element.shadowRoot ?? element;
  const offenders = [...root.querySelectorAll('*')]
    .filter((node) => !(options.ignore && node.closest(options.ignore)))
    .filter((node) => node.getBoundingClientRect().right > limit && node.getClientRects().length > 0)
    .map((node) => `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}`);
  await expect(offenders, 'elements wider than the container').toEqual([]);
}
