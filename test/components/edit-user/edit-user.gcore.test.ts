import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/edit-user/edit-user.js';
import { focused, inner, unmountAll, waitForText } from '../internal/dialog-test-helpers.js';
import { referenceMember } from '../../support/reference-member.js';
import { formShown, mountDialog, openFromTrigger } from '../dialog-page.js';

/** The same dialog over HTTP: GcoreIamAdapter talking to the reference IAM server. */
describe('<edit-user> with GcoreIamAdapter and the reference IAM server', () => {
  afterEach(unmountAll);

  async function setUp(userId: number) {
    const { server, adapter, user } = await referenceMember(userId);
    const { dialog, trigger } = mountDialog(
      'edit-user',
      html`<button id="trigger">Edit</button><edit-user .adapter=${adapter}></edit-user>`,
    );
    const { outcome } = await openFromTrigger(
      trigger,
      () => dialog.show(user),
      async () => {
        await formShown(dialog, 8000);
        await waitUntil(() => focused()?.getAttribute('name') === 'role', 'focus not on the role', { timeout: 4000 });
      },
    );
    return { server, adapter, dialog, outcome, trigger };
  }

  it('changes another user’s role', async () => {
    const { server, adapter, outcome, trigger } = await setUp(5);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    const result = await outcome;
    expect(result.status === 'done' && result.user.role).to.equal(3022);
    const { items } = await adapter.listUsers({ offset: 0, limit: 50 });
    expect(items.find((user) => user.id === 5)!.role, 'the server has it').to.equal(3022);
    expect(focused()).to.equal(trigger);
    await server.dispose();
  });

  it('lists the issuer’s higher tokens when the API refuses a demotion without naming them', async () => {
    const { server, dialog } = await setUp(3);
    inner<HTMLInputElement>(dialog, 'input[name="role"][value="2"]').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await waitForText(dialog, 'CI deploy (Engineers)');
    const report = inner(dialog, '[role="alert"]').textContent!.replace(/\s+/g, ' ');
    expect(report).to.contain(
      'Not saved: role. The specified user has issued a token with a higher role. Try using another role.',
    );
    expect(inner<HTMLInputElement>(dialog, 'input[name="role"][value="2"]').checked).to.equal(true);
    await expect(dialog).to.be.accessible();
    dialog.close();
    await server.dispose();
  });
});
