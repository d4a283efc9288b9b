import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A 360 px wide container: the narrowest phone layout the widget supports (its container queries switch to cards). */
export const narrowContainer: Decorator = (story) =>
  html`<div data-testid="narrow-container" style="width: 360px; max-width: 100%; outline: 1px dashed #7b8494">
    ${story()}
  </div>`;
