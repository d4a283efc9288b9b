import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createReferenceInstance } from '../../../demo/server/reference-client.js';
import '../../../src/components/invite-dialog/invite-dialog.js';
import {
  describedText,
  focused,
  inner,
  unmountAll,
  visibleText,
  waitForFocus,
  waitForText,
} from '../internal/dialog-test-helpers.js';
import { gcoreAdapterFor } from '../../support/reference-adapter.js';
import { formShown, mountDialog, openFromTrigger } from '../dialog-page.js';

/** The same dialog over HTTP: GcoreIamAdapter talking to the reference IAM server. */
describe('<invite-dialog> with GcoreIamAdapter and the reference IAM server', () => {
  afterEach(unmountAll);

  async function setUp() {
    const server = await createReferenceInstance();
    const adapter = gcoreAdapterFor(server);
    const { dialog, trigger } = mountDialog(
      'invite-dialog',
      html`<button id="trigger">Invite</button><invite-dialog .adapter=${adapter}></invite-dialog>`,
    );
    const { outcome } = await openFromTrigger(
      trigger,
      () => dialog.show(),
      async () => {
        await formShown(dialog, 8000);
        await waitForFocus((el) => el?.id === 'name', 'focus did not move to Name');
      },
    );
    return { server, adapter, dialog, outcome };
  }

  it('sends the invitation and says a create-password link went out', async () => {
    const { server, dialog, outcome } = await setUp();
    await sendKeys({ type: 'Jane Doe' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'jane.http@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitForText(dialog, 'Invitation sent to jane.http@example.com.');
    const state = await server.state();
    expect(state.sentEmails).to.deep.include({ to: 'jane.http@example.com', kind: 'create-password' });
    await expect(dialog).to.be.accessible();
    dialog.close();
    const result = await outcome;
    expect(result.status === 'done' && result.user.name).to.equal('Jane Doe');
    await server.dispose();
  });

  it('shows the API’s “already invited” answer under Email and keeps the input', async () => {
    const { server, adapter, dialog } = await setUp();
    const page = await adapter.listUsers({ offset: 0, limit: 50 });
    const member = page.items.find((user) => user.id !== 1)!;
    inner<HTMLInputElement>(dialog, '#email').focus();
    await sendKeys({ type: member.email });
    await sendKeys({ press: 'Enter' });
    await waitForText(dialog, 'This person already has access to this account.');
    const email = inner<HTMLInputElement>(dialog, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(dialog, email)).to.contain('This person already has access to this account.');
    expect(email.value).to.equal(member.email);
    expect(focused()).to.equal(email);
    expect(visibleText(dialog)).to.contain('The invitation was not sent.');
    await expect(dialog).to.be.accessible();
    dialog.close();
    await server.dispose();
  });
});
