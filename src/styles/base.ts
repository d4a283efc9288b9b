import { css } from 'lit';
import { controlStyles } from './controls.js';
import { resetStyles } from './reset.js';
import { tokenStyles } from './tokens.js';

/**
 * What every element starts from: `static styles = [baseStyles, css\`…\`]`: the tokens, the reset and
 * the shared controls (`.button`, `.select`). The font is the host
 * page's unless `--users-font` says otherwise (an unset var() makes font-family inherit).
 */
export const baseStyles = [
  tokenStyles,
  resetStyles,
  controlStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--users-font);
      font-size: var(--users-font-size);
      line-height: 1.5;
      color: var(--_users-color-text);
    }

    :host([hidden]) {
      display: none;
    }
  `,
];
