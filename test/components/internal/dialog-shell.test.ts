import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { query } from 'lit/decorators.js';
import '../../../src/components/internal/dialog-shell.js';
import type { UsersDialogShell } from '../../../src/components/internal/dialog-shell.js';
import { deepActiveElement } from '../../../src/components/internal/focus.js';
import { mount, unmountAll } from './dialog-test-helpers.js';

/** Like a real dialog element: a trigger button and the shell, both in its shadow root. */
class ShellHost extends LitElement {
  @query('#trigger') trigger!: HTMLButtonElement;
  @query('users-dialog-shell') shell!: UsersDialogShell;
  alert = false;
  autofocusCancel = false;
  override render() {
    return html`<button id="trigger">Open</button>
      <users-dialog-shell label="Edit thing" ?alert=${this.alert}>
        <p slot="description" id="desc">The thing will be gone.</p>
        <label>Name <input id="name" /></label>
        <button slot="footer" id="cancel" ?autofocus=${this.autofocusCancel} @click=${() => this.shell.close('cancel')}>
          Cancel
        </button>
        <button slot="footer" id="ok" @click=${() => this.shell.close('ok')}>OK</button>
      </users-dialog-shell>`;
  }
}
customElements.define('shell-host', ShellHost);

/** Focuses the trigger and opens; resolves once shown, with the wait for the close. */
async function openFromTrigger(host: ShellHost): Promise<{ closed: Promise<string> }> {
  host.trigger.focus();
  const closed = host.shell.open();
  await host.shell.updateComplete;
  return { closed };
}

describe('<users-dialog-shell>', () => {
  afterEach(unmountAll);

  it('opens modally, names itself by its heading and focuses the first field', async () => {
    const host = await fixture<ShellHost>(html`<shell-host></shell-host>`);
    void openFromTrigger(host);
    await aTimeout(0);
    const dialog = host.shell.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(host.shell.isOpen).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    expect(host.shell.shadowRoot!.getElementById('heading')!.textContent).to.contain('Edit thing');
    expect(dialog.hasAttribute('role')).to.equal(false);
    expect(deepActiveElement()?.id).to.equal('name');
    await expect(host).to.be.accessible();
  });

  it('returns focus to the trigger inside a shadow root and resolves with the return value', async () => {
    const host = await fixture<ShellHost>(html`<shell-host></shell-host>`);
    const { closed } = await openFromTrigger(host);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('ok');
    await sendKeys({ press: 'Enter' });
    expect(await closed).to.equal('ok');
    expect(host.shell.isOpen).to.equal(false);
    expect(deepActiveElement()).to.equal(host.trigger);
  });

  it('as an alert, is an alertdialog described by its description and starts on autofocus', async () => {
    const host = document.createElement('shell-host') as ShellHost;
    host.alert = true;
    host.autofocusCancel = true;
    // Not `fixture(html\`<div>\`)`: for a non-Lit root it waits for an animation frame, which a
    // background test page never gets.
    const parent = mount(html`<div></div>`).firstElementChild!;
    parent.append(host);
    await host.updateComplete;
    void openFromTrigger(host);
    await aTimeout(0);
    const dialog = host.shell.shadowRoot!.querySelector('dialog')!;
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(dialog.getAttribute('aria-describedby')).to.equal('description');
    const description = host.shell.shadowRoot!.getElementById('description')!;
    const slotted = description.querySelector('slot')!.assignedElements();
    expect(slotted.map((el) => el.id)).to.deep.equal(['desc']);
    expect(deepActiveElement()?.id).to.equal('cancel');
    await expect(host).to.be.accessible();
  });

  it('asks before closing on Escape, and stays open when the request is prevented', async () => {
    const host = await fixture<ShellHost>(html`<shell-host></shell-host>`);
    const { closed } = await openFromTrigger(host);
    let requests = 0;
    const veto = (event: Event) => {
      requests += 1;
      event.preventDefault();
    };
    host.shell.addEventListener('dialog-close-request', veto);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(requests).to.equal(2);
    expect(host.shell.isOpen, 'vetoed twice, still open').to.equal(true);

    host.shell.removeEventListener('dialog-close-request', veto);
    const request = oneEvent(host.shell, 'dialog-close-request');
    await sendKeys({ press: 'Escape' });
    expect((await request).detail.reason).to.equal('escape');
    expect(await closed).to.equal('cancel');
    expect(deepActiveElement()).to.equal(host.trigger);
  });

  it('ignores an Escape that an inner element already handled', async () => {
    const host = await fixture<ShellHost>(html`<shell-host></shell-host>`);
    await openFromTrigger(host);
    const input = host.shadowRoot!.getElementById('name')!;
    input.addEventListener('keydown', (event) => event.key === 'Escape' && event.preventDefault());
    let requests = 0;
    host.shell.addEventListener('dialog-close-request', () => (requests += 1));
    await sendKeys({ press: 'Escape' });
    expect(requests).to.equal(0);
    expect(host.shell.isOpen).to.equal(true);
    host.shell.close();
  });

  it('settles when removed while open, and reopens cleanly', async () => {
    const host = await fixture<ShellHost>(html`<shell-host></shell-host>`);
    const { closed: first } = await openFromTrigger(host);
    expect(host.shell.open(), 'open while open is the same wait').to.equal(first);
    host.shell.close('x');
    expect(await first).to.equal('x');
    const { closed: second } = await openFromTrigger(host);
    expect(host.shell.isOpen).to.equal(true);
    host.remove();
    expect(await second).to.equal('');
  });
});
