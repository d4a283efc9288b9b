import { html, type TemplateResult } from 'lit';

/**
 * An email address as text that, when it has to wrap, wraps after the "@" (`<wbr>`) rather than
 * wherever the column ends ("linus.engineer@exam" / "ple.com"). Both halves stay text nodes.
 */
export function emailText(email: string): TemplateResult {
  // Without an "@" the break goes at the end, where it does nothing: the same elements whatever
  // the data, so a value can never change the shape of the markup.
  const split = email.lastIndexOf('@') + 1 || email.length;
  return html`${email.slice(0, split)}<wbr />${email.slice(split)}`;
}
