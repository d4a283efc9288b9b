import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, SEED } from '../../../src/adapters/memory/index.js';
import '../../../src/components/invite-dialog/invite-dialog.js';
import type { InviteDialog, InviteDialogOutcome } from '../../../src/components/invite-dialog/invite-dialog.js';
import '../../../src/components/users-provider/users-provider.js';
import { DAILY_INVITE_LIMIT, type InviteInput } from '../../../src/core/index.js';
import {
  clickOn,
  describedText,
  focused,
  headingText,
  inner,
  isOpen,
  maybeInner,
  unmountAll,
  visibleText,
  waitForFocus,
  waitForText,
} from '../internal/dialog-test-helpers.js';
import { type DialogPage, formShown, mountDialog, openFromTrigger } from '../dialog-page.js';

type Page = DialogPage<InviteDialog>;

const page = (adapter: MemoryAdapter | undefined, lang = 'en'): Page =>
  mountDialog(
    'invite-dialog',
    html`<div lang=${lang}>
      <button id="trigger">Invite</button>
      <invite-dialog .adapter=${adapter}></invite-dialog>
    </div>`,
  );

/** Focus the trigger and open, as a host's "Invite user" button would; waits for the form and focus on Name. */
const open = (p: Page): Promise<{ outcome: Promise<InviteDialogOutcome> }> =>
  openFromTrigger(
    p.trigger,
    () => p.dialog.show(),
    async () => {
      await formShown(p.dialog);
      await waitForFocus((el) => el?.id === 'name', 'focus did not move to Name');
    },
  );

const field = (p: Page, id: string) => inner<HTMLInputElement>(p.dialog, `#${id}`);
const radio = (p: Page, name: string, value: string | number) =>
  inner<HTMLInputElement>(p.dialog, `input[name="${name}"][value="${value}"]`);
const alertText = (p: Page) => inner(p.dialog, '[role="alert"]').textContent!.trim();

async function typeInto(p: Page, id: string, text: string): Promise<void> {
  field(p, id).focus();
  await sendKeys({ type: text });
}

describe('<invite-dialog>', () => {
  afterEach(unmountAll);

  describe('with MemoryAdapter', () => {
    it('opens on Name with English and Users chosen, and Cancel sends nothing and returns focus', async () => {
      const adapter = new MemoryAdapter();
      const p = page(adapter);
      const { outcome } = await open(p);
      expect(headingText(p.dialog)).to.equal('Invite user');
      expect(adapter.callsOf('getSession'), 'one session request per show()').to.have.length(1);
      expect(field(p, 'name').placeholder).to.equal('Jane Doe');
      expect(describedText(p.dialog, field(p, 'name'))).to.contain('We recommend first name and surname');
      expect(field(p, 'email').placeholder).to.equal('janedoe@example.com');
      expect(field(p, 'email').required).to.equal(true);
      expect(radio(p, 'lang', 'en').checked).to.equal(true);
      expect(radio(p, 'role', 2).checked).to.equal(true);
      const text = visibleText(p.dialog);
      for (const label of ['English', 'German', 'Chinese', 'Russian', 'Administrators', 'Engineers', 'Users']) {
        expect(text).to.contain(label);
      }
      expect(text).to.contain('Have view-only access to settings and statistics.');
      expect(describedText(p.dialog, radio(p, 'role', 1))).to.contain('Have full rights');
      await expect(p.dialog).to.be.accessible();

      await clickOn(inner(p.dialog, '[part~="cancel-button"]'));
      expect(await outcome).to.deep.equal({ status: 'cancelled' });
      expect(isOpen(p.dialog)).to.equal(false);
      expect(focused()).to.equal(p.trigger);
      expect(adapter.callsOf('inviteUser')).to.have.length(0);
    });

    it('invites with the keyboard alone, says a password link was sent, and closes on Close', async () => {
      const adapter = new MemoryAdapter();
      const p = page(adapter);
      const invited = oneEvent(p.dialog, 'user-invited');
      const { outcome } = await open(p);

      await sendKeys({ type: 'Jane Doe' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'jane.doe@example.com' });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(radio(p, 'lang', 'en'));
      await sendKeys({ press: 'ArrowRight' });
      expect(radio(p, 'lang', 'de').checked, 'arrow moved to German').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(radio(p, 'role', 2));
      await sendKeys({ press: 'ArrowUp' });
      expect(radio(p, 'role', 3022).checked).to.equal(true);
      await sendKeys({ press: 'Enter' });

      const event = await invited;
      expect(event.detail.outcome).to.equal('created');
      expect(adapter.callsOf('inviteUser').map((call) => call.args[0])).to.deep.equal([
        { email: 'jane.doe@example.com', name: 'Jane Doe', role: 3022, lang: 'de' } satisfies InviteInput,
      ]);
      await waitForText(p.dialog, 'Invitation sent to jane.doe@example.com.');
      expect(visibleText(p.dialog)).to.contain(
        'Invitation sent to jane.doe@example.com. They will get an email with a link to create a password; the link is valid for 24 hours.',
      );
      expect(focused()?.id, 'focus on the result message').to.equal('result');
      await expect(p.dialog).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent?.trim()).to.equal('Invite another');
      await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent?.trim()).to.equal('Close');
      await sendKeys({ press: 'Enter' });
      const result = await outcome;
      expect(result.status).to.equal('done');
      if (result.status !== 'done') return;
      expect(result.user.email).to.equal('jane.doe@example.com');
      expect(result.user.role).to.equal(3022);
      expect(result.outcome).to.equal('created');
      expect(focused()).to.equal(p.trigger);
    });

    it('tells an existing Gcore user apart: they were notified of access', async () => {
      const adapter = new MemoryAdapter();
      const p = page(adapter);
      const { outcome } = await open(p);
      await typeInto(p, 'email', SEED.externalEmail);
      await sendKeys({ press: 'Enter' });
      await waitForText(
        p.dialog,
        `${SEED.externalEmail} already has an account and was notified of access to this account.`,
      );
      expect(visibleText(p.dialog)).not.to.contain('create a password');
      p.dialog.close();
      const result = await outcome;
      expect(result.status === 'done' && result.outcome).to.equal('existing');
    });

    it('“Invite another” starts a fresh form; the outcome lists both invitations', async () => {
      const adapter = new MemoryAdapter();
      const p = page(adapter);
      const { outcome } = await open(p);
      await typeInto(p, 'email', 'first@example.com');
      await sendKeys({ press: 'Enter' });
      await waitForText(p.dialog, 'Invitation sent to first@example.com');
      await clickOn(inner(p.dialog, '[part~="invite-another-button"]'));
      await waitForFocus((el) => el?.id === 'name', 'Invite another did not focus Name');
      expect(field(p, 'email').value).to.equal('');
      expect(radio(p, 'role', 2).checked).to.equal(true);
      await typeInto(p, 'email', 'second@example.com');
      await sendKeys({ press: 'Enter' });
      await waitForText(p.dialog, 'Invitation sent to second@example.com');
      await sendKeys({ press: 'Escape' });
      const result = await outcome;
      expect(result.status === 'done' && result.invited.map((r) => r.user.email)).to.deep.equal([
        'first@example.com',
        'second@example.com',
      ]);
      expect(adapter.callsOf('inviteUser')).to.have.length(2);
    });

    it('checks a field when it loses focus, links the message, and clears it once fixed', async () => {
      const p = page(new MemoryAdapter());
      await open(p);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'not-an-email' });
      expect(field(p, 'email').getAttribute('aria-invalid')).to.equal('false', 'no complaint while typing');
      await sendKeys({ press: 'Tab' });
      await p.dialog.updateComplete;
      const email = field(p, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(describedText(p.dialog, email)).to.contain('Enter a valid email address, like name@example.com.');
      expect(field(p, 'name').getAttribute('aria-invalid'), 'the empty optional name is fine').to.equal('false');
      await expect(p.dialog).to.be.accessible();

      email.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '@example.com' });
      await p.dialog.updateComplete;
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      expect(visibleText(p.dialog)).not.to.contain('Enter a valid email');
    });

    it('on submit with errors focuses the first invalid field and sends nothing', async () => {
      const adapter = new MemoryAdapter();
      const p = page(adapter);
      await open(p);
      await sendKeys({ type: 'x'.repeat(256) });
      await clickOn(inner(p.dialog, '[part~="submit-button"]'));
      await waitForFocus((el) => el?.id === 'name', 'first invalid field (Name) not focused');
      expect(describedText(p.dialog, field(p, 'name'))).to.contain('at most 255 characters');
      expect(describedText(p.dialog, field(p, 'email'))).to.contain('Enter an email address.');
      await expect(p.dialog).to.be.accessible();
      expect(adapter.callsOf('inviteUser')).to.have.length(0);

      field(p, 'name').value = '';
      await typeInto(p, 'name', 'Jane');
      await sendKeys({ press: 'Enter' });
      await waitForFocus((el) => el?.id === 'email', 'then Email, the remaining invalid field');
      expect(adapter.callsOf('inviteUser')).to.have.length(0);
    });

    it('puts “already invited” under Email, keeps everything typed, and focuses Email', async () => {
      const adapter = new MemoryAdapter();
      const member = adapter.backend.getUser(SEED.adminId, SEED.userId);
      const p = page(adapter);
      let errorEvent: string | undefined;
      p.dialog.addEventListener('users-error', (e) => (errorEvent = `${e.detail.action}:${e.detail.error.code}`));
      await open(p);
      await sendKeys({ type: 'Someone' });
      radio(p, 'role', 5).click();
      await typeInto(p, 'email', member.email);
      await clickOn(inner(p.dialog, '[part~="submit-button"]'));
      await waitForText(p.dialog, 'This person already has access to this account.');
      const email = field(p, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(describedText(p.dialog, email)).to.contain('This person already has access to this account.');
      expect(alertText(p)).to.equal('The invitation was not sent. Check the highlighted fields.');
      expect(focused()).to.equal(email);
      expect(email.value).to.equal(member.email);
      expect(field(p, 'name').value).to.equal('Someone');
      expect(radio(p, 'role', 5).checked).to.equal(true);
      expect(errorEvent).to.equal('inviteUser:already_invited');
      expect(isOpen(p.dialog)).to.equal(true);
      await expect(p.dialog).to.be.accessible();
    });

    it('says when the backend refuses the person', async () => {
      const p = page(new MemoryAdapter());
      await open(p);
      await typeInto(p, 'email', SEED.uninvitableEmail);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(p) !== '', 'no error shown');
      expect(alertText(p)).to.equal("This user can't be added to this account.");
      expect(field(p, 'email').value).to.equal(SEED.uninvitableEmail);
      await expect(p.dialog).to.be.accessible();
    });

    it(`says when the daily limit of ${DAILY_INVITE_LIMIT} invitations is reached`, async () => {
      const adapter = new MemoryAdapter();
      for (let i = 0; i < DAILY_INVITE_LIMIT; i += 1) {
        await adapter.inviteUser({ email: `earlier${i}@example.com`, role: 2 });
      }
      const p = page(adapter);
      await open(p);
      await typeInto(p, 'email', 'one.more@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(p) !== '', 'no error shown');
      expect(alertText(p)).to.equal('You can invite up to 5 new users per day. Try again tomorrow.');
      expect(field(p, 'email').value).to.equal('one.more@example.com');
    });

    it('says when the session may not invite, with the server’s words', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('forbidden', {
        method: 'inviteUser',
        message: 'You do not have permission to perform this action.',
      });
      const p = page(adapter);
      await open(p);
      await typeInto(p, 'email', 'jane@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(p) !== '', 'no error shown');
      expect(alertText(p)).to.equal(
        'You don\'t have permission to do this. The server said: "You do not have permission to perform this action."',
      );
    });

    it('after a network failure keeps the input, and the same submit then succeeds', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('network', { method: 'inviteUser' });
      const p = page(adapter);
      const { outcome } = await open(p);
      await sendKeys({ type: 'Jane Doe' });
      await typeInto(p, 'email', 'jane@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(p) !== '', 'no error shown');
      expect(alertText(p)).to.equal("Can't reach the server. Check your connection and try again.");
      expect(field(p, 'name').value).to.equal('Jane Doe');
      expect(field(p, 'email').value).to.equal('jane@example.com');
      expect(focused(), 'focus stays where the user was').to.equal(field(p, 'email'));
      await expect(p.dialog).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await waitForText(p.dialog, 'Invitation sent to jane@example.com');
      expect(adapter.callsOf('inviteUser')).to.have.length(2);
      p.dialog.close();
      expect((await outcome).status).to.equal('done');
    });

    it('sends one request when Invite is pressed again while the first is in flight', async () => {
      const adapter = new MemoryAdapter({ latencyMs: 1500 });
      const p = page(adapter);
      await open(p);
      await typeInto(p, 'email', 'jane@example.com');
      const submit = inner(p.dialog, '[part~="submit-button"]');
      await clickOn(submit);
      await p.dialog.updateComplete;
      expect(submit.getAttribute('aria-busy')).to.equal('true');
      expect(submit.textContent!.trim()).to.equal('Inviting…');
      await clickOn(submit);
      await sendKeys({ press: 'Enter' });
      await waitForText(p.dialog, 'Invitation sent to jane@example.com');
      expect(adapter.callsOf('inviteUser')).to.have.length(1);
    });

    it('shows no form to a non-Administrator, only why', async () => {
      const adapter = new MemoryAdapter({ signedInAs: SEED.userId });
      const p = page(adapter);
      p.trigger.focus();
      const outcome = p.dialog.show();
      await waitForText(p.dialog, 'Only Administrators can invite users.');
      expect(maybeInner(p.dialog, 'form')).to.equal(null);
      expect(maybeInner(p.dialog, '[part~="submit-button"]')).to.equal(null);
      await waitForFocus((el) => el?.textContent?.trim() === 'Close', 'focus not on Close');
      await expect(p.dialog).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      expect(await outcome).to.deep.equal({ status: 'cancelled' });
      expect(focused()).to.equal(p.trigger);
    });

    it('asks before Escape discards typed input; Escape again or “Keep editing” goes back', async () => {
      const adapter = new MemoryAdapter();
      const p = page(adapter);
      const { outcome } = await open(p);
      await sendKeys({ type: 'Jane' });
      await sendKeys({ press: 'Escape' });
      await waitForText(p.dialog, 'Discard your changes?');
      expect(isOpen(p.dialog)).to.equal(true);
      expect(focused()?.textContent?.trim()).to.equal('Keep editing');
      await expect(p.dialog).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitForFocus((el) => el?.id === 'name', 'Escape on the question did not go back to Name');
      expect(visibleText(p.dialog)).not.to.contain('Discard your changes?');
      expect(field(p, 'name').value).to.equal('Jane');

      await sendKeys({ press: 'Escape' });
      await waitForText(p.dialog, 'Discard your changes?');
      await sendKeys({ press: 'Enter' });
      await waitForFocus((el) => el?.id === 'name', '“Keep editing” did not go back to Name');

      await sendKeys({ press: 'Escape' });
      await waitForText(p.dialog, 'Discard your changes?');
      await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent?.trim()).to.equal('Discard');
      await sendKeys({ press: 'Enter' });
      expect(await outcome).to.deep.equal({ status: 'cancelled' });
      expect(focused()).to.equal(p.trigger);
      expect(adapter.callsOf('inviteUser')).to.have.length(0);
    });

    it('closes at once on Escape when nothing was typed, and reopens empty', async () => {
      const p = page(new MemoryAdapter());
      let { outcome } = await open(p);
      await sendKeys({ press: 'Escape' });
      expect(await outcome).to.deep.equal({ status: 'cancelled' });
      ({ outcome } = await open(p));
      await sendKeys({ type: 'Left over' });
      p.dialog.close();
      await outcome;
      await open(p);
      expect(field(p, 'name').value, 'a new show() starts empty').to.equal('');
      p.dialog.close();
    });

    it('takes its adapter from <users-provider> and speaks the page’s language', async () => {
      const adapter = new MemoryAdapter();
      const p = mountDialog(
        'invite-dialog',
        html`<users-provider .adapter=${adapter} lang="de">
          <button id="trigger">Einladen</button>
          <invite-dialog></invite-dialog>
        </users-provider>`,
      );
      await open(p);
      await waitUntil(() => headingText(p.dialog) === 'Benutzer einladen', 'German catalog never arrived');
      expect(visibleText(p.dialog)).to.contain('Wir empfehlen Vor- und Nachname');
      await typeInto(p, 'email', 'erika@example.com');
      await sendKeys({ press: 'Enter' });
      await waitForText(p.dialog, 'Einladung an erika@example.com gesendet.');
      expect(adapter.callsOf('inviteUser')).to.have.length(1);
      await expect(p.dialog).to.be.accessible();
      p.dialog.close();
    });

    it('says when the permissions could not be checked, and Try again loads the form', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('network', { method: 'getSession' });
      const p = page(adapter);
      p.trigger.focus();
      const outcome = p.dialog.show();
      await waitForText(p.dialog, "Couldn't check your permissions.");
      expect(alertText(p)).to.contain("Can't reach the server.");
      expect(maybeInner(p.dialog, 'form')).to.equal(null);
      await expect(p.dialog).to.be.accessible();
      await clickOn(inner(p.dialog, '[part~="retry-button"]'));
      await waitForFocus((el) => el?.id === 'name', 'the form did not get focus after Try again');
      p.dialog.close();
      expect(await outcome).to.deep.equal({ status: 'cancelled' });
    });

    it('says so when no adapter was given', async () => {
      const p = page(undefined);
      const outcome = p.dialog.show();
      await waitForText(p.dialog, "This dialog isn't connected to a backend.");
      p.dialog.close();
      expect(await outcome).to.deep.equal({ status: 'cancelled' });
    });
  });
});
