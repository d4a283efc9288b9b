import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/delete-confirm/delete-confirm.js';
import { focused, inner, maybeInner, unmountAll, waitForText } from '../internal/dialog-test-helpers.js';
import { referenceMember } from '../../support/reference-member.js';
import { mountDialog, openFromTrigger } from '../dialog-page.js';

/** The same dialog over HTTP: GcoreIamAdapter talking to the reference IAM server. */
describe('<delete-confirm> with GcoreIamAdapter and the reference IAM server', () => {
  afterEach(unmountAll);

  async function setUp(userId: number) {
    const { server, adapter, user } = await referenceMember(userId);
    const { dialog, trigger } = mountDialog(
      'delete-confirm',
      html`<button id="trigger">Delete</button><delete-confirm .adapter=${adapter}></delete-confirm>`,
    );
    const { outcome } = await openFromTrigger(
      trigger,
      () => dialog.show(user),
      async () => {
        await waitUntil(() => maybeInner(dialog, '[part~="delete-button"]') !== null, 'no Delete button', {
          timeout: 8000,
        });
        await waitUntil(() => focused()?.textContent?.trim() === 'Cancel', 'focus not on Cancel', { timeout: 4000 });
      },
    );
    return { server, adapter, dialog, outcome, trigger };
  }

  it('removes the user from the account', async () => {
    const { server, adapter, outcome, trigger } = await setUp(5);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect((await outcome).status).to.equal('done');
    const { items } = await adapter.listUsers({ offset: 0, limit: 50 });
    expect(items.some((user) => user.id === 5)).to.equal(false);
    expect(focused()).to.equal(trigger);
    await server.dispose();
  });

  it('shows the API’s refusal for a user with active tokens, and lists those tokens', async () => {
    const { server, dialog } = await setUp(3);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitForText(dialog, "You can't remove the user as they have active tokens.");
    await waitUntil(
      () => maybeInner(dialog, 'api-token-list')?.shadowRoot?.textContent?.includes('CI deploy'),
      'the blocking token never showed',
      { timeout: 8000 },
    );
    expect(inner(dialog, 'api-token-list').shadowRoot!.textContent).not.to.contain('Terraform');
    await expect(dialog).to.be.accessible();
    dialog.close();
    await server.dispose();
  });
});
