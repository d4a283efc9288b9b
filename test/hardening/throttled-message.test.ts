import { expect } from '@open-wc/testing';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import { UsersError } from '../../src/core/index.js';
import { en, errorMessage } from '../../src/i18n/index.js';
import {
  $,
  announcement,
  click,
  mountTokenList,
  mountUserList,
  paste,
  pick,
  unmountAll,
  until,
  whenOpen,
  words,
} from './ui.js';

/**
 * A 429 is the daily invitation limit only when an invitation was refused; from any other call it
 * is the server throttling requests. Found by the faults suite: a throttled list load said "You can
 * invite up to 5 new users per day. Try again tomorrow."
 */
describe('429 answers', () => {
  afterEach(unmountAll);

  it('say "too many requests" where the list, the resend and the token list were throttled', async () => {
    const adapter = new MemoryAdapter({ userCount: 5 });
    adapter.failNext('rate_limited', { method: 'listUsers' });
    const el = await mountUserList(adapter);
    expect(words($(el, '[part~="load-error"]'))).to.contain(
      "The users couldn't be loaded. Too many requests. Wait a moment and try again.",
    );
    click(el, '[part~="retry-button"]');
    await until(
      () => !$(el, '[part~="load-error"]'),
      () => 'Try again failed',
    );

    adapter.failNext('rate_limited', { method: 'resendInvite' });
    await pick(el, SEED.notActivatedId, 'Resend invite');
    await until(
      () => announcement(el).includes('could not be sent again'),
      () => 'not announced',
    );
    expect(announcement(el)).to.equal(
      'The invitation to new.hire@example.com could not be sent again. Too many requests. Wait a moment and try again.',
    );

    adapter.failNext('rate_limited', { method: 'listApiTokens' });
    const tokens = await mountTokenList(adapter);
    expect(words($(tokens, '[part~="error"] p'))).to.equal('Too many requests. Wait a moment and try again.');
  });

  it('still give the daily limit where an invitation was refused', async () => {
    const adapter = new MemoryAdapter({ userCount: 5 });
    const el = await mountUserList(adapter);
    const invite = $(el, 'invite-dialog')!;
    click(el, '[part~="invite-button"]');
    await whenOpen(invite, '#email', 'invite');
    paste($(invite, '#email') as HTMLInputElement, 'someone@example.com');
    adapter.failNext('rate_limited', { method: 'inviteUser' });
    click(invite, '[part~="submit-button"]');
    await until(
      () => words($(invite, '[part~="error"]')),
      () => 'no alert',
    );
    expect(words($(invite, '[part~="error"]'))).to.equal(
      'You can invite up to 5 new users per day. Try again tomorrow.',
    );
    // Without a call named, the sentence stays the one it always was.
    expect(errorMessage(new UsersError('rate_limited'), en)).to.contain('per day');
  });
});
