import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, SEED } from '../../../src/adapters/memory/index.js';
import '../../../src/components/edit-user/edit-user.js';
import type { EditUser, EditUserOutcome } from '../../../src/components/edit-user/edit-user.js';
import type { User } from '../../../src/core/index.js';
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
import { type DialogPage, formShown, mountDialog, openFromTrigger, provideSession } from '../dialog-page.js';

type Page = DialogPage<EditUser>;

const page = (adapter: MemoryAdapter): Page =>
  mountDialog('edit-user', html`<button id="trigger">Edit</button><edit-user .adapter=${adapter}></edit-user>`);

function userOf(adapter: MemoryAdapter, id: number): User {
  return adapter.backend.getUser(SEED.adminId, id);
}

/** Opens for `user` from the trigger and waits for the form and for focus to move into it. */
const open = (p: Page, user: User): Promise<{ outcome: Promise<EditUserOutcome> }> =>
  openFromTrigger(
    p.trigger,
    () => p.dialog.show(user),
    async () => {
      await formShown(p.dialog);
      await waitForFocus((el) => el !== p.trigger && el !== undefined, 'focus never moved in');
    },
  );

const input = (p: Page, selector: string) => inner<HTMLInputElement>(p.dialog, selector);
const radio = (p: Page, name: string, value: string | number) => input(p, `input[name="${name}"][value="${value}"]`);
const saveButton = (p: Page) => inner<HTMLButtonElement>(p.dialog, '[part~="save-button"]');
const alertText = (p: Page) => inner(p.dialog, '[role="alert"]').textContent!.replace(/\s+/g, ' ').trim();

async function replaceText(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

describe('<edit-user>', () => {
  afterEach(unmountAll);

  it('an Administrator on their own row edits name and language; the role is locked and says why', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const updated = oneEvent(p.dialog, 'user-updated');
    const { outcome } = await open(p, userOf(adapter, SEED.adminId));
    expect(headingText(p.dialog)).to.equal('Edit your profile');
    expect(focused()?.id).to.equal('name');
    const email = input(p, '#email');
    expect(email.readOnly).to.equal(true);
    expect(email.value).to.equal('ada.lovelace@example.com');
    expect(describedText(p.dialog, email)).to.equal("The email address can't be changed here.");
    expect(maybeInner(p.dialog, 'input[name="role"][type="radio"]'), 'no role choice').to.equal(null);
    expect(input(p, '#role').value).to.equal('Administrators');
    expect(describedText(p.dialog, input(p, '#role'))).to.equal("You can't change your own role.");
    expect(radio(p, 'lang', 'en').checked).to.equal(true);
    expect(saveButton(p).disabled, 'nothing changed yet').to.equal(true);
    await expect(p.dialog).to.be.accessible();

    await replaceText('Ada King');
    await sendKeys({ press: 'Tab' }); // email (read-only)
    await sendKeys({ press: 'Tab' }); // language
    expect(focused()).to.equal(radio(p, 'lang', 'en'));
    await sendKeys({ press: 'ArrowRight' });
    expect(saveButton(p).disabled).to.equal(false);
    await sendKeys({ press: 'Enter' });

    const event = await updated;
    expect(event.detail.changed).to.deep.equal(['name', 'lang']);
    expect(adapter.callsOf('updateUser').map((call) => call.args)).to.deep.equal([
      [SEED.adminId, { name: 'Ada King', lang: 'de' }],
    ]);
    expect(adapter.callsOf('setUserRole')).to.have.length(0);
    const result = await outcome;
    expect(result.status === 'done' && [result.user.name, result.user.lang, result.changed]).to.deep.equal([
      'Ada King',
      'de',
      ['name', 'lang'],
    ]);
    expect(isOpen(p.dialog)).to.equal(false);
    expect(focused()).to.equal(p.trigger);
  });

  it('an Administrator on another row changes only the role, with the keyboard', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    expect(headingText(p.dialog)).to.equal('Edit user');
    expect(focused(), 'starts on the checked role').to.equal(radio(p, 'role', 2));
    for (const id of ['name', 'email', 'lang']) expect(input(p, `#${id}`).readOnly, id).to.equal(true);
    expect(input(p, '#name').value).to.equal('Victor Viewer');
    expect(input(p, '#lang').value).to.equal('Russian');
    const roles = [...p.dialog.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="role"]')];
    expect(roles.map((r) => r.value)).to.deep.equal(['1', '5', '3009', '3022', '2']);
    expect(describedText(p.dialog, radio(p, 'role', 5))).to.contain('Have rights to manage settings');
    await expect(p.dialog).to.be.accessible();

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(radio(p, 'role', 5).checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const result = await outcome;
    expect(adapter.callsOf('setUserRole').map((call) => call.args)).to.deep.equal([[SEED.userId, 5]]);
    expect(adapter.callsOf('updateUser')).to.have.length(0);
    expect(result.status === 'done' && [result.user.role, result.changed]).to.deep.equal([5, ['role']]);
    expect(focused()).to.equal(p.trigger);
  });

  it('a non-admin edits their own name and language, sees the role read-only', async () => {
    const adapter = new MemoryAdapter({ signedInAs: SEED.userId });
    const p = page(adapter);
    await open(p, userOf(adapter, SEED.userId));
    expect(headingText(p.dialog)).to.equal('Edit your profile');
    expect(input(p, '#name').readOnly).to.equal(false);
    expect(radio(p, 'lang', 'ru').checked).to.equal(true);
    expect(input(p, '#role').readOnly).to.equal(true);
    expect(input(p, '#role').value).to.equal('Users');
    await expect(p.dialog).to.be.accessible();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Jr.' });
    await clickOn(saveButton(p));
    await waitUntil(() => !isOpen(p.dialog), 'did not close after saving');
    expect(adapter.callsOf('updateUser').map((call) => call.args)).to.deep.equal([
      [SEED.userId, { name: 'Victor Viewer Jr.' }],
    ]);
  });

  it('a non-admin gets no form for someone else', async () => {
    const adapter = new MemoryAdapter({ signedInAs: SEED.userId });
    const p = page(adapter);
    p.trigger.focus();
    const outcome = p.dialog.show(userOf(adapter, SEED.engineerId));
    await waitForText(p.dialog, 'You can edit only your own profile.');
    expect(maybeInner(p.dialog, 'form')).to.equal(null);
    await expect(p.dialog).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(await outcome).to.deep.equal({ status: 'cancelled' });
    expect(focused()).to.equal(p.trigger);
  });

  it('enables Save only while something differs from the saved user', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    await open(p, userOf(adapter, SEED.userId));
    expect(saveButton(p).disabled).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    expect(saveButton(p).disabled).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    expect(saveButton(p).disabled, 'back to the saved role').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await p.dialog.updateComplete;
    expect(adapter.callsOf('setUserRole'), 'Enter with nothing changed sends nothing').to.have.length(0);
    p.dialog.close();
  });

  it('a refused demotion shows the API’s message and the tokens with a higher role, and keeps the choice', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    let logged: string | undefined;
    p.dialog.addEventListener('users-error', (e) => (logged = `${e.detail.action}:${e.detail.error.code}`));
    const { outcome } = await open(p, userOf(adapter, SEED.engineerId));
    expect(focused()).to.equal(radio(p, 'role', 5));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(radio(p, 'role', 2).checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitForText(p.dialog, 'CI deploy (Engineers)');
    expect(alertText(p)).to.contain(
      'Not saved: role. The specified user has issued a token with a higher role. Try using another role.',
    );
    expect(alertText(p)).to.contain('Active tokens with a higher role: CI deploy (Engineers)');
    expect(logged).to.equal('setUserRole:token_role_conflict');
    expect(radio(p, 'role', 2).checked, 'the unsaved choice stays').to.equal(true);
    expect(saveButton(p).disabled).to.equal(false);
    expect(isOpen(p.dialog)).to.equal(true);
    await expect(p.dialog).to.be.accessible();

    radio(p, 'role', 1).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    const result = await outcome;
    expect(result.status === 'done' && result.user.role).to.equal(1);
    expect(adapter.callsOf('setUserRole').map((call) => call.args[1])).to.deep.equal([2, 1]);
  });

  it('after a network failure says what was not saved, keeps the typed name, and saves on retry', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('network', { method: 'updateUser' });
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.adminId));
    await replaceText('Countess Ada');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(p) !== '', 'no report');
    expect(alertText(p)).to.equal("Not saved: name. Can't reach the server. Check your connection and try again.");
    expect(input(p, '#name').value).to.equal('Countess Ada');
    expect(focused()?.id).to.equal('name');
    await expect(p.dialog).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    const result = await outcome;
    expect(result.status === 'done' && result.user.name).to.equal('Countess Ada');
    expect(adapter.callsOf('updateUser')).to.have.length(2);
  });

  it('checks the name on blur and on Save, focusing it, and puts a server complaint under it', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    await open(p, userOf(adapter, SEED.adminId));
    await replaceText('x'.repeat(256));
    await sendKeys({ press: 'Tab' });
    await p.dialog.updateComplete;
    expect(input(p, '#name').getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(p.dialog, input(p, '#name'))).to.contain('at most 255 characters');
    await clickOn(saveButton(p));
    await waitForFocus((el) => el?.id === 'name', 'Save did not focus the invalid name');
    expect(adapter.callsOf('updateUser')).to.have.length(0);
    await expect(p.dialog).to.be.accessible();

    adapter.failNext('validation', { method: 'updateUser', fieldErrors: { name: ['Name is not allowed.'] } });
    await replaceText('Forbidden Name');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(p) !== '', 'no report');
    expect(describedText(p.dialog, input(p, '#name'))).to.contain('Name is not allowed.');
    expect(alertText(p)).to.equal('Not saved: name. Some of the details are not valid. Check the highlighted fields.');
    expect(input(p, '#name').value).to.equal('Forbidden Name');
    p.dialog.close();
  });

  it('a refusal the form cannot place on a field says so, without pointing at highlighted fields', async () => {
    const adapter = new MemoryAdapter();
    // A 400 naming no field of the form (the IAM API's answer to a malformed body, say).
    adapter.failNext('validation', { method: 'updateUser', message: 'JSON parse error.' });
    const p = page(adapter);
    await open(p, userOf(adapter, SEED.adminId));
    await replaceText('Countess Ada');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(p) !== '', 'no report');
    expect(alertText(p)).to.equal(
      'Not saved: name. The server refused the request as invalid. If this keeps happening, contact support. ' +
        'The server said: "JSON parse error."',
    );
    expect(input(p, '#name').getAttribute('aria-invalid')).not.to.equal('true');
    expect(input(p, '#name').value).to.equal('Countess Ada');
    await expect(p.dialog).to.be.accessible();
    p.dialog.close();
  });

  it('sends one request when Save is pressed again while the first is in flight', async () => {
    const adapter = new MemoryAdapter({ latencyMs: 1500 });
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    await sendKeys({ press: 'ArrowUp' });
    await clickOn(saveButton(p));
    await p.dialog.updateComplete;
    expect(saveButton(p).textContent!.trim()).to.equal('Saving…');
    await clickOn(saveButton(p));
    await sendKeys({ press: 'Escape' });
    expect(isOpen(p.dialog), 'Escape waits for the request').to.equal(true);
    const result = await outcome;
    expect(result.status).to.equal('done');
    expect(adapter.callsOf('setUserRole')).to.have.length(1);
  });

  it('asks before Escape discards changes', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Escape' });
    await waitForText(p.dialog, 'Discard your changes?');
    expect(focused()?.textContent?.trim()).to.equal('Keep editing');
    await expect(p.dialog).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(await outcome).to.deep.equal({ status: 'cancelled' });
    expect(adapter.callsOf('setUserRole')).to.have.length(0);
    expect(focused()).to.equal(p.trigger);
  });

  it('explains a locked role of the last Administrator, with the session <user-list> provides', async () => {
    const adapter = new MemoryAdapter();
    const admin = userOf(adapter, SEED.adminId);
    const other = userOf(adapter, SEED.secondAdminId);
    const p = page(adapter);
    // As <user-list> provides it: a session whose account has one Administrator left.
    provideSession(p, { session: { user: admin, role: 1 }, facts: { adminCount: 1 } });
    const { outcome } = await openFromTrigger(
      p.trigger,
      () => p.dialog.show(other),
      () => formShown(p.dialog),
    );
    expect(adapter.callsOf('getSession'), 'the provided session is used').to.have.length(0);
    expect(describedText(p.dialog, input(p, '#role'))).to.equal(
      "This is the account's only Administrator, so the role can't change.",
    );
    expect(visibleText(p.dialog)).not.to.contain('Engineers');
    p.dialog.close();
    await outcome;
  });
});
