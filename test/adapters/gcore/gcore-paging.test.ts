import { expect } from '@open-wc/testing';
import { readUserList } from '../../../src/adapters/gcore/gcore-user-list.js';
import { turnsDuring } from '../../support/page-turns.js';
import {
  adapterFor,
  BASE_URL,
  failure,
  FakeIam,
  hang,
  json,
  tick,
  wireUser,
  type RecordedRequest,
} from './fake-iam.js';

const QUERY = { offset: 0, limit: 100 };

/** A server holding `count` users (ids 1…count) that answers `GET /iam/users` pages as `answer` decides. */
function pagedServer(
  count: number,
  answer: (users: Record<string, unknown>[], asked: { limit: number; offset: number }) => unknown,
): FakeIam {
  const users = Array.from({ length: count }, (_, index) => wireUser(index + 1));
  return new FakeIam().on('GET /iam/users', (request: RecordedRequest) => {
    const params = new URL(request.url).searchParams;
    return json(answer(users, { limit: Number(params.get('limit')), offset: Number(params.get('offset')) }));
  });
}

const asked = (iam: FakeIam) =>
  iam.sentTo('GET /iam/users').map((request) => new URL(request.url).search.replace('?', ''));

describe('GcoreIamAdapter reading the user list in pages', () => {
  it('asks for pages of pageSize with limit and offset, until count users are read', async () => {
    const iam = pagedServer(5, (users, { limit, offset }) => ({
      count: users.length,
      results: users.slice(offset, offset + limit),
    }));
    const page = await adapterFor(iam, { pageSize: 2 }).listUsers(QUERY);
    expect(page.total).to.equal(5);
    expect(page.items.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(asked(iam)).to.deep.equal(['limit=2&offset=0', 'limit=2&offset=2', 'limit=2&offset=4']);
  });

  it('follows next when the server pages on its own, whatever limit it was asked for', async () => {
    const iam = pagedServer(5, (users, { offset }) => ({
      count: users.length,
      results: users.slice(offset, offset + 2),
      ...(offset + 2 < users.length && { next: `https://api.gcore.com/iam/users?limit=2&offset=${offset + 2}` }),
    }));
    const page = await adapterFor(iam).listUsers(QUERY);
    expect(page.items.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(asked(iam)).to.deep.equal(['limit=1000&offset=0', 'limit=2&offset=2', 'limit=2&offset=4']);
  });

  it('takes only limit and offset from next: the requests stay on the configured base URL', async () => {
    const iam = pagedServer(3, (users, { offset }) => ({
      count: users.length,
      results: users.slice(offset, offset + 2),
      ...(offset === 0 && { next: '/users?offset=2&limit=2' }),
    }));
    await adapterFor(iam).listUsers(QUERY);
    expect(iam.requests.map((request) => request.url)).to.deep.equal([
      `${BASE_URL}/iam/users?limit=1000&offset=0`,
      `${BASE_URL}/iam/users?limit=2&offset=2`,
    ]);
  });

  it('goes on with offset while fewer than count users were read, even without next', async () => {
    const iam = pagedServer(5, (users, { offset }) => ({
      count: users.length,
      results: users.slice(offset, offset + 2),
    }));
    const page = await adapterFor(iam).listUsers(QUERY);
    expect(page.total).to.equal(5);
    expect(asked(iam)).to.deep.equal(['limit=1000&offset=0', 'limit=1000&offset=2', 'limit=1000&offset=4']);
  });

  it('ends at a page without rows, whatever count says (the list shrank while being read)', async () => {
    const iam = pagedServer(3, (users, { offset }) => ({ count: 10, results: users.slice(offset, offset + 2) }));
    const page = await adapterFor(iam).listUsers(QUERY);
    expect(page.items.map((user) => user.id)).to.deep.equal([1, 2, 3]);
    expect(asked(iam)).to.have.length(3);
  });

  it('lists once a user seen on two pages (someone was added at the front meanwhile), as last seen', async () => {
    const iam = new FakeIam().on(
      'GET /iam/users',
      json({ count: 4, results: [wireUser(1), wireUser(2, { name: 'Before' })] }),
      json({ count: 4, results: [wireUser(2, { name: 'After' }), wireUser(3)] }),
      json({ count: 4, results: [] }),
    );
    const page = await adapterFor(iam, { pageSize: 2 }).listUsers(QUERY);
    expect(page.items.map((user) => [user.id, user.name])).to.deep.equal([
      [1, 'User 1'],
      [2, 'After'],
      [3, 'User 3'],
    ]);
  });

  it('reads a bare array (a server ignoring limit) as the whole list, in one request', async () => {
    const iam = new FakeIam().on('GET /iam/users', json([wireUser(1), wireUser(2), wireUser(3)]));
    const page = await adapterFor(iam, { pageSize: 2 }).listUsers(QUERY);
    expect(page.total).to.equal(3);
    expect(iam.count('GET /iam/users')).to.equal(1);
  });

  it('names a malformed row by its place in the whole list', async () => {
    const { email: _missing, ...noEmail } = wireUser(4);
    const iam = new FakeIam().on(
      'GET /iam/users',
      json({ count: 4, results: [wireUser(1), wireUser(2)] }),
      json({ count: 4, results: [wireUser(3), noEmail] }),
    );
    const error = await failure(adapterFor(iam, { pageSize: 2 }).listUsers(QUERY), 'bad_response');
    expect(error.field).to.equal('results.3.email');
  });

  it('asks for up to three pages ahead of the one it reads, at the offsets the first page predicts', async () => {
    const answers: Array<(response: Response) => void> = [];
    const iam = new FakeIam().on(
      'GET /iam/users',
      json({ count: 10, results: [wireUser(1), wireUser(2)] }),
      () => new Promise<Response>((resolve) => answers.push(resolve)),
    );
    const pending = adapterFor(iam, { pageSize: 2 }).listUsers(QUERY);
    await tick(20);
    expect(asked(iam)).to.deep.equal(['limit=2&offset=0', 'limit=2&offset=2', 'limit=2&offset=4', 'limit=2&offset=6']);
    answers[0]!(json({ count: 10, results: [wireUser(3), wireUser(4)] }));
    await tick(20);
    expect(asked(iam)).to.have.length(5);
    for (let at = 1; at < 4; at += 1) {
      answers[at]!(json({ count: 10, results: [wireUser(2 * at + 3), wireUser(2 * at + 4)] }));
      await tick(20);
    }
    expect((await pending).items.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(asked(iam)).to.have.length(5);
  });

  it('drops the pages asked for ahead when a page says the list goes on elsewhere', async () => {
    // The server caps pages at 2 only from the second on, and says so in next.
    const iam = new FakeIam().on(
      'GET /iam/users',
      json({ count: 9, next: '/iam/users?limit=3&offset=3', results: [wireUser(1), wireUser(2), wireUser(3)] }),
      json({ count: 9, next: '/iam/users?limit=2&offset=5', results: [wireUser(4), wireUser(5)] }),
      (request: RecordedRequest) => {
        const offset = Number(new URL(request.url).searchParams.get('offset'));
        const ids = [offset + 1, offset + 2].filter((id) => id <= 9);
        return json({ count: 9, results: ids.map((id) => wireUser(id)) });
      },
    );
    const page = await adapterFor(iam, { pageSize: 3 }).listUsers(QUERY);
    expect(page.items.map((user) => user.id)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(asked(iam).slice(0, 4)).to.deep.equal([
      'limit=3&offset=0',
      'limit=3&offset=3',
      'limit=3&offset=6',
      'limit=2&offset=5',
    ]);
  });

  it('stops asking when the caller aborts mid-read, and aborts the requests under way', async () => {
    const iam = new FakeIam().on('GET /iam/users', json({ count: 6, results: [wireUser(1), wireUser(2)] }), hang);
    const controller = new AbortController();
    const pending = adapterFor(iam, { pageSize: 2 }).listUsers(QUERY, controller.signal);
    await tick(20);
    controller.abort();
    await failure(pending, 'aborted');
    await tick(20);
    expect(asked(iam)).to.have.length(3);
    expect(iam.requests.slice(1).every((request) => request.signal?.aborted)).to.equal(true);
  });

  it('lets the page run while a big answer is read: rows are checked in slices', async () => {
    // Already parsed, so all the time goes into checking and mapping the rows.
    const results = Array.from({ length: 60_000 }, (_, index) => wireUser(index + 1));
    const { result, turns } = await turnsDuring(() =>
      readUserList(async () => ({ count: results.length, results }), 100_000, new AbortController().signal),
    );
    expect(result.users).to.have.length(60_000);
    // In one go, the rows would leave the page no turn between the answer and the end of the read.
    expect(turns).to.be.greaterThan(0);
  });
});
