import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { css, html, LitElement } from 'lit';
import { PopupController } from '../../../src/components/internal/popup-controller.js';
import { popupStyles } from '../../../src/components/internal/popup.styles.js';
import { defineElement } from '../../../src/components/internal/define-element.js';
import { tokenStyles } from '../../../src/styles/tokens.js';

/**
 * The smallest host of a popup: a trigger and a panel of two buttons, wired as the row menu and the
 * filter panel wire theirs. It resolves the widget tokens itself, as a widget element would.
 */
class TestPopup extends LitElement {
  static override styles = [
    tokenStyles,
    popupStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      .popup {
        inline-size: 16rem;
        block-size: 8rem;
      }
    `,
  ];

  /** Which trigger edge the popup lines up with; the subclass below says `end`. */
  static align: 'start' | 'end' = 'start';

  readonly popup = new PopupController(this, {
    trigger: () => this.renderRoot.querySelector<HTMLElement>('#trigger'),
    popup: () => this.panel,
    align: (this.constructor as typeof TestPopup).align,
  });

  get panel(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.popup')!;
  }

  get trigger(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('#trigger')!;
  }

  protected override render() {
    return html`
      <button
        id="trigger"
        aria-expanded=${String(this.popup.open)}
        @click=${() => this.toggle()}
        @keydown=${this.popup.onKeydown}
      >
        Open
      </button>
      <div
        class="popup"
        ?hidden=${!this.popup.open}
        @keydown=${this.popup.onKeydown}
        @focusout=${this.popup.onFocusOut}
      >
        <button id="first" class="popup-row">First, with a long label</button
        ><button id="second" class="popup-row">Second</button>
      </div>
    `;
  }

  toggle(): void {
    this.popup.toggle(() => this.renderRoot.querySelector<HTMLElement>('#first'));
  }
}
defineElement('test-popup', TestPopup);

/** An end-aligned variant, as the row menu is. */
class TestEndPopup extends TestPopup {
  static override align = 'end' as const;
}
defineElement('test-end-popup', TestEndPopup);

const mounted: HTMLElement[] = [];

async function mount(tag = 'test-popup', style = ''): Promise<{ wrapper: HTMLElement; host: TestPopup }> {
  const wrapper = document.createElement('div');
  wrapper.style.cssText = style;
  const before = document.createElement('button');
  before.id = 'before';
  before.textContent = 'Before';
  const host = document.createElement(tag) as TestPopup;
  const after = document.createElement('button');
  after.id = 'after';
  after.textContent = 'After';
  wrapper.append(before, host, after);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await host.updateComplete;
  return { wrapper, host };
}

async function open(host: TestPopup): Promise<void> {
  host.trigger.click();
  await host.updateComplete;
}

const focused = (host: TestPopup) => (host.shadowRoot!.activeElement as HTMLElement | null)?.id;
const isOpen = (host: TestPopup) => host.trigger.getAttribute('aria-expanded') === 'true' && !host.panel.hidden;

describe('PopupController', () => {
  afterEach(async () => {
    for (const wrapper of mounted.splice(0)) wrapper.remove();
    await resetMouse();
  });

  it('opens with focus on the given element, and a second click closes it with focus on the trigger', async () => {
    const { host } = await mount();
    await open(host);
    expect(isOpen(host)).to.equal(true);
    expect(focused(host)).to.equal('first');
    await open(host);
    expect(isOpen(host)).to.equal(false);
    expect(focused(host)).to.equal('trigger');
  });

  it('Escape in the popup or on the trigger closes it and returns focus to the trigger', async () => {
    const { host } = await mount();
    await open(host);
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(isOpen(host)).to.equal(false);
    expect(focused(host)).to.equal('trigger');

    await open(host);
    host.trigger.focus();
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(isOpen(host), 'Escape on the trigger').to.equal(false);
  });

  it('Escape on a closed popup is left to the page (a dialog around it still closes)', async () => {
    const { host } = await mount();
    host.trigger.focus();
    let reached = false;
    document.addEventListener('keydown', () => (reached = true), { once: true });
    await sendKeys({ press: 'Escape' });
    expect(reached).to.equal(true);
  });

  it('closes when focus leaves the host, without taking focus back', async () => {
    const { host } = await mount();
    await open(host);
    await sendKeys({ press: 'Tab' }); // to "Second", still inside
    await host.updateComplete;
    expect(isOpen(host), 'moving inside keeps it open').to.equal(true);
    await sendKeys({ press: 'Tab' });
    await host.updateComplete;
    expect(isOpen(host)).to.equal(false);
    expect(document.activeElement?.id).to.equal('after');
  });

  it('closes on a press outside, and not on one inside', async () => {
    const { wrapper, host } = await mount();
    const press = async (element: Element) => {
      const rect = element.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.x + 5), Math.round(rect.y + 5)] });
      await host.updateComplete;
    };
    await open(host);
    await press(host.panel);
    expect(isOpen(host), 'a press inside the popup').to.equal(true);
    await press(wrapper.querySelector('#before')!);
    expect(isOpen(host)).to.equal(false);
  });

  it('closes when its host leaves the page, so it does not come back open', async () => {
    const { wrapper, host } = await mount();
    await open(host);
    host.remove();
    wrapper.append(host);
    await host.updateComplete;
    expect(isOpen(host)).to.equal(false);
  });

  it('opens below, lined up with the start edge; upwards when there is no room below', async () => {
    const { host } = await mount('test-popup', 'padding: 20px');
    await open(host);
    let box = host.panel.getBoundingClientRect();
    let at = host.trigger.getBoundingClientRect();
    expect(box.top).to.be.at.least(at.bottom);
    expect(Math.round(box.left)).to.equal(Math.round(at.left));
    await open(host);

    host.parentElement!.style.paddingTop = `${window.innerHeight - 60}px`;
    await open(host);
    box = host.panel.getBoundingClientRect();
    at = host.trigger.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(at.top);
  });

  it("lines up with the trigger's other edge when it would cross the window's edge and fits that way", async () => {
    const { host } = await mount('test-popup', `padding-left: ${window.innerWidth - 120}px`);
    await open(host);
    const box = host.panel.getBoundingClientRect();
    expect(Math.round(box.right)).to.equal(Math.round(host.trigger.getBoundingClientRect().right));
  });

  it('an end-aligned popup lines up with the end edge, and with the start edge near the window start', async () => {
    const { host } = await mount('test-end-popup', 'padding-left: 300px');
    await open(host);
    expect(Math.round(host.panel.getBoundingClientRect().right)).to.equal(
      Math.round(host.trigger.getBoundingClientRect().right),
    );
    await open(host);

    host.parentElement!.style.paddingLeft = '0';
    await open(host);
    expect(Math.round(host.panel.getBoundingClientRect().left)).to.equal(
      Math.round(host.trigger.getBoundingClientRect().left),
    );
  });

  it('fitting neither way, it takes the room up to the far edge and its rows wrap, instead of sticking out', async () => {
    await setViewport({ width: 320, height: 600 });
    try {
      const { host } = await mount('test-popup', 'padding-left: 100px');
      await open(host);
      const box = host.panel.getBoundingClientRect();
      expect(Math.round(box.left)).to.equal(Math.round(host.trigger.getBoundingClientRect().left));
      expect(box.right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      expect(getComputedStyle(host.panel.querySelector('button')!).whiteSpace).to.equal('normal');

      await open(host); // closed
      host.parentElement!.style.paddingLeft = '0';
      await open(host);
      expect(host.panel.style.inlineSize, 'with room again, the width is its own').to.equal('');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in a right-to-left page, the start edge is the right one', async () => {
    const { host } = await mount('test-popup', 'direction: rtl; padding-right: 300px');
    await open(host);
    expect(Math.round(host.panel.getBoundingClientRect().right)).to.equal(
      Math.round(host.trigger.getBoundingClientRect().right),
    );
  });
});
