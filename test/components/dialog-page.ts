import { ContextProvider } from '@lit/context';
import { waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sessionContext, type SessionState } from '../../src/state/index.js';
import { maybeInner, mount } from './internal/dialog-test-helpers.js';

/**
 * The setup the <invite-dialog>, <edit-user> and <delete-confirm> tests share (memory and gcore):
 * a dialog mounted next to the button a host page opens it from, and opening it from that button.
 */

/** A dialog on the page, the button that opens it, and the container holding both. */
export interface DialogPage<D extends HTMLElement> {
  container: HTMLElement;
  trigger: HTMLButtonElement;
  dialog: D;
}

type DialogTag = 'invite-dialog' | 'edit-user' | 'delete-confirm';

/** Mounts `template`, which holds a `<button id="trigger">` and one `<tag>`, and finds both. */
export function mountDialog<K extends DialogTag>(
  tag: K,
  template: TemplateResult,
): DialogPage<HTMLElementTagNameMap[K]> {
  const container = mount(template);
  const trigger = container.querySelector<HTMLButtonElement>('#trigger');
  const dialog = container.querySelector(tag);
  if (!trigger || !dialog) throw new Error(`the template needs a <button id="trigger"> and a <${tag}>`);
  return { container, trigger, dialog };
}

/**
 * Opens a dialog as a host's button does: focus on `trigger`, then `show()`; then waits for
 * `ready` (the form, or focus on a button). The outcome comes back wrapped: an async function
 * returning the promise itself would make the caller wait for the close.
 */
export async function openFromTrigger<O>(
  trigger: HTMLElement,
  show: () => Promise<O>,
  ready: () => Promise<unknown>,
): Promise<{ outcome: Promise<O> }> {
  trigger.focus();
  const outcome = show();
  await ready();
  return { outcome };
}

/** Waits until the dialog renders its form (longer `timeout` for a backend over HTTP). */
export async function formShown(dialog: HTMLElement, timeout = 4000): Promise<void> {
  await waitUntil(() => maybeInner(dialog, 'form') !== null, 'the form never appeared', { timeout });
}

/**
 * Provides `state` as <user-list> does (through context) instead of the dialog loading the session
 * itself. The dialog is attached again so that it asks for the context.
 */
export function provideSession(p: DialogPage<HTMLElement>, state: SessionState): void {
  new ContextProvider(p.container, { context: sessionContext, initialValue: state });
  p.container.append(p.dialog);
}
