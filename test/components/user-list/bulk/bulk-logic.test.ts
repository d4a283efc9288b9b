import { expect } from '@open-wc/testing';
import { MemoryAdapter, SEED } from '../../../../src/adapters/memory/index.js';
import { collectSelected, walkMatching, PAGE_OF_ROWS } from '../../../../src/components/user-list/bulk/collect.js';
import { BYTE_ORDER_MARK, csvField, csvFileName, csvLine } from '../../../../src/components/user-list/bulk/csv.js';
import { planBulk } from '../../../../src/components/user-list/bulk/plan.js';
import { runBulk, type Sender } from '../../../../src/components/user-list/bulk/run.js';
import {
  NO_SELECTION,
  isSelected,
  pageState,
  selectMatching,
  selectedCount,
  toggleUsers,
} from '../../../../src/components/user-list/bulk/selection.js';
import { NO_FILTERS } from '../../../../src/components/user-list/list-query.js';
import { UsersError, type ApiToken, type Session, type User } from '../../../../src/core/index.js';

function user(id: number, fields: Partial<User> = {}): User {
  return {
    id,
    email: `u${id}@example.com`,
    name: `User ${id}`,
    lang: 'en',
    role: 2,
    activated: true,
    twoFa: false,
    deleted: false,
    ...fields,
  };
}

describe('bulk: selection', () => {
  it('ticks users one by one and a page at a time, and says how many', () => {
    const [a, b, c] = [user(1), user(2), user(3)];
    let selection = toggleUsers(NO_SELECTION, [a], true);
    expect(pageState(selection, [a, b, c])).to.equal('some');
    selection = toggleUsers(selection, [a, b, c], true);
    expect(pageState(selection, [a, b, c])).to.equal('all');
    expect(selectedCount(selection)).to.equal(3);
    selection = toggleUsers(selection, [b], false);
    expect([isSelected(selection, 1), isSelected(selection, 2)]).to.deep.equal([true, false]);
    expect(pageState(NO_SELECTION, [a])).to.equal('none');
  });

  it('"all matching" is a query: it counts what matched, minus those ticked off', () => {
    let selection = selectMatching('example', NO_FILTERS, 57);
    expect(selectedCount(selection)).to.equal(57);
    expect(isSelected(selection, 12345), 'a user on a page never loaded').to.equal(true);
    selection = toggleUsers(selection, [user(7)], false);
    expect(selectedCount(selection)).to.equal(56);
    expect(isSelected(selection, 7)).to.equal(false);
    selection = toggleUsers(selection, [user(7)], true);
    expect(selectedCount(selection)).to.equal(57);
  });
});

describe('bulk: plan', () => {
  const admin = user(1, { role: 1 });
  const session: Session = { user: admin, role: 1 };
  const facts = { adminCount: 2 };
  const token = (issuer: number, fields: Partial<ApiToken> = {}): ApiToken => ({
    id: issuer * 10,
    name: `T${issuer}`,
    description: null,
    role: 2,
    expDate: null,
    created: '2026-01-01T00:00:00Z',
    lastUsage: null,
    deleted: false,
    expired: false,
    issuer: { userId: issuer, name: null, email: `u${issuer}@example.com`, deleted: false },
    ...fields,
  });

  it('leaves out yourself and users who already have the role, before anything is sent', () => {
    const users = [admin, user(2, { role: 5 }), user(3, { role: 2 })];
    const plan = planBulk({ kind: 'setRole', role: 5 }, users, session, facts);
    expect(plan.apply.map((u) => u.id)).to.deep.equal([3]);
    expect(plan.skipped.map((s) => [s.user.id, s.reason])).to.deep.equal([
      [1, 'self'],
      [2, 'same_role'],
    ]);
  });

  it('resends only to users who have not activated', () => {
    const plan = planBulk({ kind: 'resendInvite' }, [user(2), user(3, { activated: false })], session, facts);
    expect(plan.apply.map((u) => u.id)).to.deep.equal([3]);
    expect(plan.skipped.map((s) => s.reason)).to.deep.equal(['already_activated']);
  });

  it('names the users whose active tokens block a removal, with their tokens; expired or deleted ones do not', () => {
    const tokens = [token(2), token(3, { expired: true }), token(4, { deleted: true })];
    const users = [user(2), user(3), user(4), user(5, { role: 1 })];
    const plan = planBulk({ kind: 'remove' }, users, session, { adminCount: 2 }, tokens);
    expect(plan.apply.map((u) => u.id)).to.deep.equal([3, 4, 5]);
    expect(plan.skipped).to.have.length(1);
    expect(plan.skipped[0]!.reason).to.equal('tokens_block');
    expect(plan.skipped[0]!.tokens!.map((t) => t.name)).to.deep.equal(['T2']);
  });

  it('keeps the last Administrator', () => {
    const plan = planBulk({ kind: 'remove' }, [user(5, { role: 1 })], session, { adminCount: 1 });
    expect(plan.skipped.map((s) => s.reason)).to.deep.equal(['last_admin']);
  });
});

describe('bulk: run', () => {
  const users = Array.from({ length: 10 }, (_, index) => user(index + 1));
  const each = (send: (u: User) => Promise<void>): Sender => ({ kind: 'each', send });

  it('sends an adapter’s batches of ids when it has a batch method, each id answered', async () => {
    const batches: number[][] = [];
    const progress: number[] = [];
    const outcomes = await runBulk(
      users,
      {
        kind: 'batch',
        size: 4,
        send: async (chunk) => {
          batches.push(chunk.map((u) => u.id));
          // One id gets no answer at all: it counts as failed.
          return new Map(
            chunk.filter((u) => u.id !== 9).map((u) => [u.id, u.id === 6 ? new UsersError('forbidden') : null]),
          );
        },
      },
      { concurrency: 1, onProgress: (done) => progress.push(done) },
    );
    expect(batches).to.deep.equal([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
    expect(progress).to.deep.equal([4, 8, 10]);
    expect(outcomes.map((o) => [o.user.id, o.status])).to.deep.equal([
      [1, 'done'],
      [2, 'done'],
      [3, 'done'],
      [4, 'done'],
      [5, 'done'],
      [6, 'failed'],
      [7, 'done'],
      [8, 'done'],
      [9, 'failed'],
      [10, 'done'],
    ]);
  });

  it('sends each once with bounded concurrency, reports progress and outcomes in order', async () => {
    let inFlight = 0;
    let most = 0;
    const progress: number[] = [];
    const outcomes = await runBulk(
      users,
      each(async (u) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        if (u.id === 4) throw new UsersError('forbidden');
      }),
      { concurrency: 3, onProgress: (done) => progress.push(done) },
    );
    expect(most).to.equal(3);
    expect(progress).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(outcomes.map((o) => o.status)).to.deep.equal([
      'done',
      'done',
      'done',
      'failed',
      'done',
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
  });

  it('waits after a 429 (Retry-After when given) and sends the row again, instead of failing it', async () => {
    const waits: number[] = [];
    let clock = 0;
    let calls = 0;
    const outcomes = await runBulk(
      users.slice(0, 2),
      each(async () => {
        calls += 1;
        if (calls === 1) throw new UsersError('rate_limited', undefined, { retryAfterSeconds: 2 });
      }),
      {
        concurrency: 1,
        now: () => clock,
        sleep: async (ms) => {
          waits.push(ms);
          clock += ms;
        },
      },
    );
    expect(outcomes.map((o) => o.status)).to.deep.equal(['done', 'done']);
    expect(calls).to.equal(3);
    expect(waits.length).to.equal(1);
    expect(waits[0]).to.equal(2000);
  });

  it('Cancel sends nothing more; what was not sent is "cancelled"', async () => {
    const controller = new AbortController();
    const sent: number[] = [];
    const outcomes = await runBulk(
      users,
      each(async (u) => {
        sent.push(u.id);
        if (u.id === 2) controller.abort();
      }),
      { concurrency: 1, signal: controller.signal },
    );
    expect(sent).to.deep.equal([1, 2]);
    expect(outcomes.filter((o) => o.status === 'cancelled')).to.have.length(8);
  });
});

describe('bulk: CSV', () => {
  it('quotes as RFC 4180 says and ends lines with CRLF', () => {
    expect(csvLine(['1', 'plain', 'a,b', 'say "hi"', 'two\nlines'])).to.equal(
      '1,plain,"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    for (const value of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvField(value).replace(/^"/, '').startsWith("'"), JSON.stringify(value)).to.equal(true);
    }
    expect(csvField('Ada')).to.equal('Ada');
    expect(BYTE_ORDER_MARK).to.equal('\ufeff');
  });

  it('names the file after the account and the date', () => {
    const date = new Date(2026, 11, 4);
    expect(csvFileName('Müller & Söhne GmbH', date)).to.equal('users-muller-sohne-gmbh-2026-12-04.csv');
    expect(csvFileName(undefined, date)).to.equal('users-2026-12-04.csv');
    expect(csvFileName('42', date)).to.equal('users-42-2026-12-04.csv');
  });
});

describe('bulk: going through the whole list', () => {
  it('pages through the adapter in its sort order, handing over only the selected', async () => {
    const adapter = new MemoryAdapter({ userCount: 2500 });
    const pages: number[] = [];
    const progress: Array<[number, number]> = [];
    const selection = toggleUsers(selectMatching('', NO_FILTERS, 2500), [user(SEED.userId)], false);
    let seen = 0;
    await walkMatching(
      adapter,
      { sort: { field: 'id', direction: 'desc' } },
      selection,
      (users) => {
        pages.push(users.length);
        seen += users.length;
      },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    const queries = adapter.callsOf('listUsers').map((call) => call.args[0] as { offset: number; limit: number });
    expect(queries.map((q) => q.limit)).to.deep.equal([PAGE_OF_ROWS, PAGE_OF_ROWS, PAGE_OF_ROWS]);
    expect(queries.map((q) => q.offset)).to.deep.equal([0, 1000, 2000]);
    const total = progress.at(-1)![1];
    expect(progress.at(-1)![0]).to.equal(total);
    expect(seen).to.equal(total - 1);
  });

  it('collects a hand-ticked selection without asking again', async () => {
    const adapter = new MemoryAdapter();
    const picked = await collectSelected(adapter, {}, toggleUsers(NO_SELECTION, [user(3), user(4)], true));
    expect(picked.map((u) => u.id)).to.deep.equal([3, 4]);
    expect(adapter.callsOf('listUsers')).to.have.length(0);
  });
});
