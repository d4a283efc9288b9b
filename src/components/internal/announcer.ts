import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type AnnouncementTone = 'success' | 'error';

export interface Announcement {
  readonly text: string;
  readonly tone: AnnouncementTone;
}

/** A success notice stays this long; an error stays until dismissed or replaced. */
export const SUCCESS_NOTICE_MS = 8000;

/**
 * What an element says after something happened ("Invitation sent to …", "The token … was
 * deleted."), in one polite live region that exists from the first render (a region added with
 * its text is not read).
 *
 * Each announcement clears the region first and writes the text after the next render, so the same
 * sentence twice is heard twice. A success goes away by itself after `SUCCESS_NOTICE_MS` (unless the
 * pointer or focus is on it); an error stays until it is dismissed or replaced.
 */
export class Announcer implements ReactiveController {
  current?: Announcement;

  private readonly host: ReactiveControllerHost;
  private timer?: ReturnType<typeof setTimeout>;
  private held = false;
  private generation = 0;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  async announce(text: string, tone: AnnouncementTone = 'success'): Promise<void> {
    const generation = ++this.generation;
    this.clearTimer();
    this.current = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (generation !== this.generation) return;
    this.current = { text, tone };
    this.host.requestUpdate();
    if (tone === 'success') this.scheduleDismiss();
  }

  /** An arrow function: the notice's button calls it with the element as `this`. */
  dismiss = (): void => {
    this.generation += 1;
    this.clearTimer();
    if (!this.current) return;
    this.current = undefined;
    this.host.requestUpdate();
  };

  hostDisconnected(): void {
    this.clearTimer();
  }

  /**
   * The visually hidden live region, for an element whose screen already shows the change (a row
   * that went away); `part` names it for hosts.
   */
  renderRegion(part: string, extra?: string): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" part=${part}>
      ${extra ?? this.current?.text ?? ''}
    </div>`;
  }

  /**
   * A visible notice that floats over the content instead of pushing it down, with a button that
   * dismisses it. Parts: `notice` plus `success-notice` / `error-notice`, `notice-dismiss`.
   */
  renderNotice(options: { dismissLabel: string }): TemplateResult {
    const current = this.current;
    const tone = current?.tone ?? 'success';
    return html`<div
      class="notice-slot"
      @pointerenter=${this.hold}
      @pointerleave=${this.release}
      @focusin=${this.hold}
      @focusout=${this.release}
    >
      <div class=${current ? `notice ${tone}` : 'notice empty'}>
        <p part=${`notice ${tone}-notice`} role="status" aria-live="polite">${current?.text ?? ''}</p>
        ${
          current
            ? html`<button
                type="button"
                class="notice-dismiss"
                part="notice-dismiss"
                aria-label=${options.dismissLabel}
                title=${options.dismissLabel}
                @click=${this.dismiss}
              >
                <span aria-hidden="true">×</span>
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private hold = (): void => {
    this.held = true;
    this.clearTimer();
  };

  private release = (): void => {
    this.held = false;
    if (this.current?.tone === 'success') this.scheduleDismiss();
  };

  private scheduleDismiss(): void {
    this.clearTimer();
    if (this.held) return;
    this.timer = setTimeout(() => this.dismiss(), SUCCESS_NOTICE_MS);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
