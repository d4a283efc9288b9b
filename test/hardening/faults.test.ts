import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  createReferenceInstance,
  referenceAuth,
  type ReferenceInstanceHandle,
} from '../../demo/server/reference-client.js';
import { GcoreIamAdapter } from '../../src/adapters/gcore/index.js';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import type { UsersAdapter } from '../../src/adapters/users-adapter.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import { DEFAULT_SORT, NO_FILTERS, toUserQuery } from '../../src/components/user-list/list-query.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import {
  tokenStatus,
  type ApiToken,
  type Page,
  type User,
  type UserQuery,
  type UsersErrorCode,
} from '../../src/core/index.js';
import {
  $,
  $$,
  announced,
  announcement,
  click,
  listSettled,
  mountTokenList,
  mountUserList,
  nativeDialog,
  paste,
  pick,
  rowIds,
  text,
  tokenRow,
  tokensSettled,
  unmountAll,
  until,
  whenOpen,
  words,
  type Updatable,
} from './ui.js';

/**
 * Issue 7: every adapter call the UI makes, against every fault a server or the network can
 * produce. For each cell of the matrix the user sees a message specific to the fault (different
 * faults, different words), can retry (Try again, or submit again) once the fault is gone, loses
 * nothing typed or chosen, and afterwards the widget shows what the server has (rows and totals
 * equal a fresh `listUsers`; tokens a fresh `listApiTokens`); a retried change reaches the
 * backend exactly once more.
 *
 * HTTP-shaped faults run through GcoreIamAdapter and the reference IAM server (`failNext` with a
 * status, body and content type; the network failure through the adapter's `fetch`, which throws a
 * TypeError; the timeout through `timeoutMs: 200` and one second of latency). The same faults as
 * UsersError codes run through `MemoryAdapter.failNext`, the seam any other adapter uses.
 */

// ---- the matrix ---------------------------------------------------------------------------------

const CALLS = [
  'listUsers',
  'getSession',
  'inviteUser',
  'updateUser',
  'setUserRole',
  'removeUser',
  'resendInvite',
  'listApiTokens',
  'deleteApiToken',
] as const;
type Call = (typeof CALLS)[number];

const FAULTS = [
  '400 field errors',
  '401',
  '403',
  '404',
  'already invited',
  '429',
  '500',
  'HTML error page',
  'malformed JSON',
  'wrong-shape JSON',
  'network failure',
  'timeout',
] as const;
type Fault = (typeof FAULTS)[number];

/** A cell runs over HTTP and through MemoryAdapter.failNext (B), over HTTP only (H), through the MemoryAdapter only (M), or not at all (_). */
const B = 'both';
const H = 'http';
const M = 'memory';
const _ = 'n/a';
type Cell = typeof B | typeof H | typeof M | typeof _;

/**
 * The matrix. Empty cells: "already invited" is an answer to invitations only; the HTML page and
 * malformed JSON exist only on the wire; setUserRole, removeUser, resendInvite and deleteApiToken
 * succeed with 204 (or a plain sentence), so the widget reads no body there that could be malformed
 * or of the wrong shape (an adapter can still hand setUserRole a wrong user: M).
 */
// prettier-ignore
const MATRIX: Record<Call, readonly Cell[]> = {
  //              400 fields 401 403 404 invited 429 500 HTML malformed shape network timeout
  listUsers:      [B,        B,  B,  B,  _,      B,  B,  H,   H,        B,    B,      B],
  getSession:     [B,        B,  B,  B,  _,      B,  B,  H,   H,        B,    B,      B],
  inviteUser:     [B,        B,  B,  B,  B,      B,  B,  H,   H,        B,    B,      B],
  updateUser:     [B,        B,  B,  B,  _,      B,  B,  H,   H,        B,    B,      B],
  setUserRole:    [B,        B,  B,  B,  _,      B,  B,  H,   _,        M,    B,      B],
  removeUser:     [B,        B,  B,  B,  _,      B,  B,  H,   _,        _,    B,      B],
  resendInvite:   [B,        B,  B,  B,  _,      B,  B,  H,   _,        _,    B,      B],
  listApiTokens:  [B,        B,  B,  B,  _,      B,  B,  H,   H,        B,    B,      B],
  deleteApiToken: [B,        B,  B,  B,  _,      B,  B,  H,   _,        _,    B,      B],
};

function runs(call: Call, fault: Fault, via: 'http' | 'memory'): boolean {
  const cell = MATRIX[call][FAULTS.indexOf(fault)];
  return cell === B || cell === via;
}

/** Where each call goes on the wire (for `failNext`, the network failure and counting requests). */
const WIRE: Record<Call, { method: string; path: string; field: [wire: string, message: string] }> = {
  listUsers: { method: 'GET', path: '/iam/users', field: ['client_id', 'Select a valid account.'] },
  getSession: { method: 'GET', path: '/iam/users/me', field: ['user', 'This user is inactive.'] },
  inviteUser: { method: 'POST', path: '/iam/clients/invite_user', field: ['email', 'Enter a valid email address.'] },
  updateUser: {
    method: 'PATCH',
    path: `/iam/users/${SEED.adminId}`,
    field: ['name', 'Ensure this field has no more than 255 characters.'],
  },
  setUserRole: { method: 'PUT', path: `/client-users/${SEED.userId}`, field: ['user_role', 'Invalid role.'] },
  removeUser: { method: 'DELETE', path: `/client-users/${SEED.userId}`, field: ['user_id', 'Invalid user.'] },
  resendInvite: { method: 'POST', path: '/iam/auth/renew_invitation', field: ['email', 'Enter a valid email.'] },
  listApiTokens: { method: 'GET', path: '/tokens', field: ['issued_by', 'A valid integer is required.'] },
  deleteApiToken: { method: 'DELETE', path: '/tokens/', field: ['token_id', 'Invalid token.'] },
};

/** The widget's name for a wire field, where a form shows it under the field. */
const WIDGET_FIELD: Record<string, string> = { email: 'email', name: 'name', user_role: 'role' };

const SERVER_ERROR = 'A server error occurred.';
const FORBIDDEN = 'You do not have permission to perform this action.';
const HTML_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/** A 200 answer that is JSON but not what the call returns: the right container, a wrong field. */
const WRONG_SHAPE: Partial<Record<Call, unknown>> = {
  listUsers: { count: 1, results: [{ id: 'seven' }] },
  getSession: { id: 'seven' },
  inviteUser: { user_id: 'seven' },
  updateUser: { id: 'seven' },
  listApiTokens: [{ id: 'seven' }],
};

/** The same wrong shapes as an adapter would return them (checked by the widget, not a wire mapping). */
const WRONG_ANSWER: Partial<Record<Call, unknown>> = {
  listUsers: { items: [{ id: 'seven' }], total: 1 },
  getSession: { user: { id: 'seven' }, role: 1 },
  inviteUser: { user: { id: 'seven' }, outcome: 'created' },
  updateUser: { id: 'seven' },
  setUserRole: { id: 'seven' },
  listApiTokens: [{ id: 'seven' }],
};

/** What the user must read for each fault (every fragment), and must not. */
function expectedWords(call: Call, fault: Fault): { says: string[]; never?: string[] } {
  const [wireField, fieldMessage] = WIRE[call].field;
  switch (fault) {
    case '400 field errors':
      // Under its field in the forms; elsewhere nothing is highlighted, so our sentence points at no
      // field and the server's words follow it.
      return WIDGET_FIELD[wireField] && ['inviteUser', 'updateUser', 'setUserRole'].includes(call)
        ? { says: [fieldMessage, 'Check the highlighted fields.'] }
        : {
            says: [
              `The server refused the request as invalid. If this keeps happening, contact support. The server said: "${fieldMessage}"`,
            ],
            never: ['highlighted'],
          };
    case '401':
      return { says: ['Your session has expired or was refused. Sign in again and retry.'] };
    case '403':
      return { says: [`You don't have permission to do this. The server said: "${FORBIDDEN}"`] };
    case '404':
      // A token has its own sentence; loading the list, the session or the tokens names no user.
      if (call === 'deleteApiToken') return { says: ['This token no longer exists. The list has been refreshed.'] };
      return ['listUsers', 'getSession', 'listApiTokens'].includes(call)
        ? {
            says: ["The account or your user wasn't found. Sign in again or contact your administrator."],
            never: ['This user is no longer'],
          }
        : { says: ['This user is no longer in this account. Refresh the list to see the current users.'] };
    case 'already invited':
      return { says: ['This person already has access to this account.', 'Check the highlighted fields.'] };
    case '429':
      return call === 'inviteUser'
        ? { says: ['You can invite up to 5 new users per day. Try again tomorrow.'] }
        : { says: ['Too many requests. Wait a moment and try again.'], never: ['per day'] };
    case '500':
      return {
        says: [`The server ran into a problem. Try again in a few minutes. The server said: "${SERVER_ERROR}"`],
      };
    case 'HTML error page':
      return {
        says: ['The server ran into a problem. Try again in a few minutes.'],
        never: ['Bad Gateway', 'nginx', '<', 'The server said'],
      };
    case 'malformed JSON':
      return { says: [`The server sent an answer the widget can't read (field "(root)").`] };
    case 'wrong-shape JSON':
      return { says: [`The server sent an answer the widget can't read (field "`], never: ['(root)'] };
    case 'network failure':
      return { says: ["Can't reach the server. Check your connection and try again."] };
    case 'timeout':
      return { says: ["The server didn't answer in time. Try again."] };
  }
}

// ---- rigs: the backend a test runs against, and how it fails --------------------------------------

interface Rig {
  readonly adapter: UsersAdapter;
  /** The next `call` fails with `fault`. */
  arm(call: Call, fault: Fault): Promise<void>;
  /** Whatever kept failing is off (the latency of a timeout). */
  disarm(): Promise<void>;
  /** How many times `call` reached the backend. */
  reached(call: Call): number;
  /** What the server has now, asked afresh. */
  users(query: UserQuery): Promise<Page<User>>;
  tokens(): Promise<readonly ApiToken[]>;
  sentEmails(): Promise<ReadonlyArray<{ to: string; kind: string }>>;
  dispose(): Promise<void>;
}

/** GcoreIamAdapter against a fresh reference IAM instance of 20 members. */
async function httpRig(fault: Fault): Promise<Rig> {
  const server: ReferenceInstanceHandle = await createReferenceInstance({ userCount: 20 });
  const requests: Array<{ method: string; path: string }> = [];
  let dropNext: { method: string; path: string } | undefined;
  const matches = (rule: { method: string; path: string }, method: string, url: string) =>
    method === rule.method && new URL(url, location.href).pathname.includes(rule.path);
  const config = {
    baseUrl: server.baseUrl,
    clientId: server.clientId,
    auth: () => referenceAuth(SEED.adminId),
    cacheMaxAgeMs: 0,
  };
  const adapter = new GcoreIamAdapter({
    ...config,
    ...(fault === 'timeout' && { timeoutMs: 200 }),
    fetch: (url, init) => {
      const method = init.method ?? 'GET';
      if (dropNext && matches(dropNext, method, url)) {
        dropNext = undefined;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      requests.push({ method, path: new URL(url, location.href).pathname });
      return fetch(url, init);
    },
  });
  const fresh = () => new GcoreIamAdapter(config);
  return {
    adapter,
    async arm(call, fault) {
      const { method, path, field } = WIRE[call];
      const rule = { method, pathIncludes: path };
      switch (fault) {
        case '400 field errors':
          return server.failNext({
            ...rule,
            status: 400,
            body: JSON.stringify({ errors: { [field[0]]: [field[1]] } }),
          });
        case '401':
          return server.failNext({ ...rule, status: 401, body: JSON.stringify({ detail: 'Given token not valid' }) });
        case '403':
          return server.failNext({ ...rule, status: 403, body: JSON.stringify({ message: FORBIDDEN }) });
        case '404':
          return server.failNext({ ...rule, status: 404, body: JSON.stringify({ message: 'Not found.' }) });
        case 'already invited':
          return server.failNext({
            ...rule,
            status: 400,
            body: JSON.stringify([`User 99 has already been invited to client ${server.clientId}`]),
          });
        case '429':
          return server.failNext({
            ...rule,
            status: 429,
            body: JSON.stringify({ message: 'Request was throttled. Expected available in 30 seconds.' }),
          });
        case '500':
          return server.failNext({ ...rule, status: 500, body: JSON.stringify({ detail: SERVER_ERROR }) });
        case 'HTML error page':
          return server.failNext({ ...rule, status: 502, body: HTML_PAGE, contentType: 'text/html' });
        case 'malformed JSON':
          return server.failNext({ ...rule, status: 200, body: '{"id": 1, "email": ' });
        case 'wrong-shape JSON':
          return server.failNext({ ...rule, status: 200, body: JSON.stringify(WRONG_SHAPE[call]) });
        case 'network failure':
          dropNext = { method, path };
          return;
        case 'timeout':
          // The late answer is a 503 the client no longer waits for: the server changes nothing.
          await server.failNext({ ...rule, status: 503 });
          return server.latency(1000);
      }
    },
    disarm: () => server.latency(0),
    reached: (call) => requests.filter((request) => matches(WIRE[call], request.method, request.path)).length,
    users: (query) => fresh().listUsers(query),
    tokens: () => fresh().listApiTokens(),
    sentEmails: async () => (await server.state()).sentEmails,
    dispose: () => server.dispose(),
  };
}

const MEMORY_FAULTS: Record<
  Exclude<Fault, 'HTML error page' | 'malformed JSON' | 'wrong-shape JSON'>,
  UsersErrorCode
> = {
  '400 field errors': 'validation',
  '401': 'unauthorized',
  '403': 'forbidden',
  '404': 'not_found',
  'already invited': 'already_invited',
  '429': 'rate_limited',
  '500': 'server_error',
  'network failure': 'network',
  timeout: 'timeout',
};

/** MemoryAdapter with 20 members; a wrong-shape answer comes from a wrapper, as a buggy adapter would give it. */
function memoryRig(): Rig {
  const inner = new MemoryAdapter({ userCount: 20 });
  let wrongNext: Call | undefined;
  const adapter = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === wrongNext) {
          wrongNext = undefined;
          inner.calls.push({ method: key as Call, args });
          return Promise.resolve(WRONG_ANSWER[key as Call]);
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    adapter,
    async arm(call, fault) {
      if (fault === 'wrong-shape JSON') {
        wrongNext = call;
        return;
      }
      const code = MEMORY_FAULTS[fault as keyof typeof MEMORY_FAULTS];
      const [wireField, message] = WIRE[call].field;
      const widgetField = WIDGET_FIELD[wireField] ?? wireField;
      inner.failNext(code, {
        method: call,
        message: { validation: message, forbidden: FORBIDDEN, server_error: SERVER_ERROR }[code as string],
        ...(code === 'validation' && { fieldErrors: { [widgetField]: [message] } }),
        ...(code === 'already_invited' && {
          fieldErrors: { email: ['User 99 has already been invited to client 42'] },
        }),
      });
    },
    disarm: async () => {},
    reached: (call) => inner.callsOf(call).length,
    users: async (query) => inner.backend.listUsers(SEED.adminId, query),
    tokens: async () => inner.backend.listApiTokens(SEED.adminId),
    sentEmails: async () => inner.backend.sentEmails,
    dispose: async () => {},
  };
}

// ---- what the widget shows is what the server has ------------------------------------------------

function pageQuery(search = ''): UserQuery {
  return toUserQuery({ page: 1, pageSize: 10, search, filters: NO_FILTERS, sort: DEFAULT_SORT });
}

/** Rows (id, email, name) and the total equal a fresh `listUsers`; users invited a moment ago may show on top. */
async function expectListIsTheServers(el: UserList, rig: Rig, search = ''): Promise<void> {
  await listSettled(el);
  const truth = await rig.users(pageQuery(search));
  const truthIds = truth.items.map((user) => user.id);
  const pinned = new Set($$(el, 'tbody tr[part~="new-row"]').map((row) => Number(row.dataset.userId)));
  const rows = $$(el, 'tbody tr[data-user-id]')
    .filter((row) => !pinned.has(Number(row.dataset.userId)) || truthIds.includes(Number(row.dataset.userId)))
    .map((row) => [Number(row.dataset.userId), text(row.querySelector('.col-email .value-text'))]);
  expect(rows, 'the rows are the server’s').to.deep.equal(truth.items.map((user) => [user.id, user.email]));
  for (const user of truth.items) {
    const name = $(el, `tbody tr[data-user-id="${user.id}"] .col-name .value-text`);
    expect(name?.textContent ?? null, `user ${user.id}'s name`).to.equal(user.name);
  }
  expect(words($(el, '[part~="summary"]')), 'the total is the server’s').to.equal(
    `Showing 1–${truth.items.length} of ${truth.total} entries`,
  );
}

async function expectTokensAreTheServers(el: ApiTokenList, rig: Rig, status: 'all' | 'active'): Promise<void> {
  await tokensSettled(el);
  const truth = (await rig.tokens()).filter((token) => status === 'all' || tokenStatus(token) === status);
  const shown = $$(el, '[part~="row"]').map((row) => Number(row.dataset.tokenId));
  expect([...shown].sort(), 'the tokens are the server’s').to.deep.equal(truth.map((token) => token.id).sort());
}

// ---- one scenario per call: provoke it, read the failure, check the input, retry, compare ---------

interface Stage {
  /** Resolves with the failure's text once the user can see it. */
  failure(): Promise<string>;
  /** What the user typed or chose is still there. */
  expectInputKept(): void;
  /** Try again / submit again; resolves once it worked. */
  retry(): Promise<void>;
  /** The widget now shows what the server has. */
  expectConsistent(): Promise<void>;
}

type Scenario = (rig: Rig, arm: () => Promise<void>) => Promise<Stage>;

/** Text of an element and of the field errors in the same shadow root, as the user reads them. */
function dialogFailure(host: Element): string {
  return [words($(host, '[part~="error"]')), ...$$(host, '.field-error').map((error) => words(error))].join(' | ');
}

function checked(host: Element, selector: string): boolean {
  return ($(host, selector) as HTMLInputElement | null)?.checked === true;
}

const loadError = (el: UserList) => words($(el, '[part~="load-error"]'));

/** Lets a filled-in form take in what was typed or chosen, arms the fault, then submits with `button`. */
async function armAndSubmit(form: Element, arm: () => Promise<void>, button: string): Promise<void> {
  await (form as Updatable).updateComplete;
  await arm();
  click(form, button);
}

/** A dialog's failure once its error shows: the error with the field errors. */
async function shownDialogFailure(host: Element): Promise<string> {
  await until(
    () => text($(host, '[part~="error"]')),
    () => 'no error shown',
  );
  return dialogFailure(host);
}

/** The list with `userId`'s edit dialog open (picked from the row menu), once it shows `ready`. */
async function openEditUser(rig: Rig, userId: number, ready: string): Promise<{ el: UserList; edit: HTMLElement }> {
  const el = await mountUserList(rig.adapter);
  const edit = $(el, 'edit-user')!;
  await pick(el, userId, 'Edit');
  await whenOpen(edit, ready, 'edit');
  return { el, edit };
}

/** `<edit-user>`'s failure once its "not saved" report shows, which must name `notSaved`. */
async function editFailure(edit: HTMLElement, notSaved: string): Promise<string> {
  await until(
    () => $(edit, '[part~="not-saved"]'),
    () => 'no report',
  );
  expect(words($(edit, '[part~="not-saved"]'))).to.contain(notSaved);
  return dialogFailure(edit);
}

const SCENARIOS: Record<Call, Scenario> = {
  /** A search whose page fails: the search text stays, Try again shows its results. */
  async listUsers(rig, arm) {
    const el = await mountUserList(rig.adapter);
    await arm();
    const search = $(el, '#search') as HTMLInputElement;
    search.focus();
    paste(search, 'an');
    await sendKeys({ press: 'Enter' });
    return {
      failure: async () => {
        await until(
          () => $(el, '[part~="load-error"]'),
          () => `no load error; the list shows ${words($(el, '[part~="summary"]'))}`,
        );
        return loadError(el);
      },
      expectInputKept: () => expect(search.value).to.equal('an'),
      retry: async () => {
        click(el, '[part~="retry-button"]');
        await listSettled(el);
        expect($(el, '[part~="load-error"]')).to.equal(null);
      },
      expectConsistent: () => expectListIsTheServers(el, rig, 'an'),
    };
  },

  /** The session fails as the list loads: nothing typed yet; Try again loads both. */
  async getSession(rig, arm) {
    await arm();
    const el = await mountUserList(rig.adapter);
    return {
      failure: async () => {
        await until(
          () => $(el, '[part~="load-error"]'),
          () => 'no load error',
        );
        return loadError(el);
      },
      expectInputKept: () => {},
      retry: async () => {
        click(el, '[part~="retry-button"]');
        await listSettled(el);
        await until(
          () => $(el, '[part~="invite-button"]'),
          () => 'the session never loaded',
        );
      },
      expectConsistent: () => expectListIsTheServers(el, rig),
    };
  },

  /** Name, email, language and role filled in; the invitation fails, then goes out once. */
  async inviteUser(rig, arm) {
    const el = await mountUserList(rig.adapter);
    const invite = $(el, 'invite-dialog')!;
    click(el, '[part~="invite-button"]');
    await whenOpen(invite, '#name', 'invite');
    paste($(invite, '#name') as HTMLInputElement, 'Jane Fault');
    paste($(invite, '#email') as HTMLInputElement, 'jane.fault@example.com');
    click(invite, '#lang-de');
    click(invite, '#role-5');
    await armAndSubmit(invite, arm, '[part~="submit-button"]');
    return {
      failure: () => shownDialogFailure(invite),
      expectInputKept: () => {
        expect(($(invite, '#name') as HTMLInputElement).value).to.equal('Jane Fault');
        expect(($(invite, '#email') as HTMLInputElement).value).to.equal('jane.fault@example.com');
        expect(checked(invite, '#lang-de'), 'German still chosen').to.equal(true);
        expect(checked(invite, '#role-5'), 'Engineers still chosen').to.equal(true);
      },
      retry: async () => {
        click(invite, '[part~="submit-button"]');
        await until(
          () => $(invite, '[part~="result"]'),
          () => `submitting again failed: ${dialogFailure(invite)}`,
        );
        const [invited] = (await rig.users({ ...pageQuery('jane.fault'), limit: 10 })).items;
        expect([invited?.name, invited?.lang, invited?.role], 'what was typed reached the server').to.deep.equal([
          'Jane Fault',
          'de',
          5,
        ]);
        click(invite, '[part~="cancel-button"]');
        await announced(el, 'Invitation sent to jane.fault@example.com.');
      },
      expectConsistent: async () => {
        await expectListIsTheServers(el, rig);
        expect($(el, 'tbody tr[part~="new-row"] .col-email')?.textContent).to.contain('jane.fault@example.com');
      },
    };
  },

  /** Your own name and language changed; the save fails, the form keeps them, Save again saves. */
  async updateUser(rig, arm) {
    const { el, edit } = await openEditUser(rig, SEED.adminId, '#name');
    paste($(edit, '#name') as HTMLInputElement, 'Ada Fault');
    click(edit, '#lang-de');
    await armAndSubmit(edit, arm, '[part~="save-button"]');
    return {
      failure: () => editFailure(edit, 'Not saved: name and language.'),
      expectInputKept: () => {
        expect(($(edit, '#name') as HTMLInputElement).value).to.equal('Ada Fault');
        expect(checked(edit, '#lang-de'), 'German still chosen').to.equal(true);
      },
      retry: async () => {
        click(edit, '[part~="save-button"]');
        await announced(el, 'User Ada Fault was updated.');
        expect(nativeDialog(edit).open).to.equal(false);
      },
      expectConsistent: async () => {
        await expectListIsTheServers(el, rig);
        const [ada] = (await rig.users(pageQuery('ada.lovelace'))).items;
        expect([ada?.name, ada?.lang]).to.deep.equal(['Ada Fault', 'de']);
      },
    };
  },

  /** Another user's role changed; the save fails, the choice stays, Save again saves. */
  async setUserRole(rig, arm) {
    const { el, edit } = await openEditUser(rig, SEED.userId, '#role-5');
    click(edit, '#role-5');
    await armAndSubmit(edit, arm, '[part~="save-button"]');
    return {
      failure: () => editFailure(edit, 'Not saved: role.'),
      expectInputKept: () => expect(checked(edit, '#role-5'), 'Engineers still chosen').to.equal(true),
      retry: async () => {
        click(edit, '[part~="save-button"]');
        await announced(el, 'User Victor Viewer was updated.');
      },
      expectConsistent: async () => {
        await expectListIsTheServers(el, rig);
        const [victor] = (await rig.users(pageQuery('viewer@example.com'))).items;
        expect(victor?.role).to.equal(5);
        expect(words($(el, `tbody tr[data-user-id="${SEED.userId}"] .col-role`))).to.contain('Engineers');
      },
    };
  },

  /** The removal fails; Delete again removes. */
  async removeUser(rig, arm) {
    const el = await mountUserList(rig.adapter);
    const remove = $(el, 'delete-confirm')!;
    await pick(el, SEED.userId, 'Delete');
    await whenOpen(remove, '[part~="delete-button"]', 'delete');
    await arm();
    click(remove, '[part~="delete-button"]');
    return {
      failure: () => shownDialogFailure(remove),
      expectInputKept: () => expect(text($(remove, '[part~="consequence"]'))).to.contain('Victor Viewer'),
      retry: async () => {
        click(remove, '[part~="delete-button"]');
        await announced(el, 'User Victor Viewer was removed.');
      },
      expectConsistent: async () => {
        await expectListIsTheServers(el, rig);
        expect(rowIds(el)).not.to.include(SEED.userId);
      },
    };
  },

  /** Resend invite fails (announced); picking it again sends it, once. */
  async resendInvite(rig, arm) {
    const el = await mountUserList(rig.adapter);
    await arm();
    await pick(el, SEED.notActivatedId, 'Resend invite');
    return {
      failure: async () => {
        await until(
          () => announcement(el).startsWith('The invitation to new.hire@example.com could not be sent again.'),
          () => `not announced; the live region says ${announcement(el)}`,
        );
        return words($(el, '[part~="notice"]'));
      },
      expectInputKept: () => {},
      retry: async () => {
        await listSettled(el);
        await pick(el, SEED.notActivatedId, 'Resend invite');
        await announced(el, 'Invitation sent again to new.hire@example.com.');
        const resent = (await rig.sentEmails()).filter((email) => email.kind === 'invitation-resent');
        expect(resent, 'one invitation went out').to.deep.equal([
          { to: 'new.hire@example.com', kind: 'invitation-resent' },
        ]);
      },
      expectConsistent: () => expectListIsTheServers(el, rig),
    };
  },

  /** The token list can't load; Try again loads it. */
  async listApiTokens(rig, arm) {
    await arm();
    const el = await mountTokenList(rig.adapter, 'all');
    return {
      failure: async () => {
        await until(
          () => $(el, '[part~="error"]'),
          () => 'no error shown',
        );
        return words($(el, '[part~="error"] p'));
      },
      expectInputKept: () => {},
      retry: async () => {
        click(el, '[part~="retry-button"]');
        await tokensSettled(el);
        expect($(el, '[part~="error"]')).to.equal(null);
      },
      expectConsistent: () => expectTokensAreTheServers(el, rig, 'all'),
    };
  },

  /** Deleting "Terraform" fails in its confirmation; confirming again deletes it. */
  async deleteApiToken(rig, arm) {
    const el = await mountTokenList(rig.adapter, 'active');
    const terraform = (await rig.tokens()).find((token) => token.name === 'Terraform')!;
    tokenRow(el, terraform.id).querySelector<HTMLButtonElement>('[part~="delete-button"]')!.click();
    await whenOpen(el, '[part~="confirm-button"]', 'token confirmation');
    await arm();
    click(el, '[part~="confirm-button"]');
    return {
      failure: async () => {
        await until(
          () => $(el, '[part~="delete-error"]'),
          () => 'no error shown',
        );
        return words($(el, '[part~="delete-error"]'));
      },
      expectInputKept: () => expect(text($(el, '[slot="description"]'))).to.contain('Terraform'),
      retry: async () => {
        await tokensSettled(el);
        click(el, '[part~="confirm-button"]');
        await until(
          () => text($(el, '[part~="announcer"]')) === 'The token “Terraform” was deleted.',
          () => `not deleted: ${words($(el, '[part~="delete-error"]'))}`,
        );
      },
      expectConsistent: async () => {
        await expectTokensAreTheServers(el, rig, 'active');
        expect($(el, `[part~="row"][data-token-id="${terraform.id}"]`)).to.equal(null);
      },
    };
  },
};

/** Calls that change something: a retry must reach the backend exactly once. */
const CHANGES: readonly Call[] = [
  'inviteUser',
  'updateUser',
  'setUserRole',
  'removeUser',
  'resendInvite',
  'deleteApiToken',
];

// ---- the runs -------------------------------------------------------------------------------------

describe('faults: every call × every fault', () => {
  before(() => setViewport({ width: 1024, height: 768 }));
  afterEach(unmountAll);

  for (const via of ['http', 'memory'] as const) {
    describe(
      via === 'http' ? 'over HTTP (GcoreIamAdapter + reference server)' : 'through MemoryAdapter.failNext',
      () => {
        for (const call of CALLS) {
          describe(call, () => {
            const shown = new Map<Fault, string>();
            const faults = FAULTS.filter((fault) => runs(call, fault, via));

            for (const fault of faults) {
              it(fault, async () => {
                const rig = via === 'http' ? await httpRig(fault) : memoryRig();
                try {
                  const stage = await SCENARIOS[call](rig, () => rig.arm(call, fault));
                  const seen = await stage.failure();
                  await rig.disarm();
                  shown.set(fault, seen);
                  const { says, never = [] } = expectedWords(call, fault);
                  for (const words of says) expect(seen, 'the message is specific to the fault').to.contain(words);
                  for (const words of never) expect(seen).not.to.contain(words);
                  expect(seen).not.to.contain('Something went wrong');
                  stage.expectInputKept();
                  const before = rig.reached(call);
                  await stage.retry();
                  if (CHANGES.includes(call)) {
                    expect(rig.reached(call) - before, 'the retry reached the backend once').to.equal(1);
                  }
                  await stage.expectConsistent();
                } finally {
                  await rig.dispose();
                }
              });
            }

            it('gives each fault its own words', () => {
              const texts = [...shown.values()];
              expect(shown.size, 'every fault ran').to.equal(faults.length);
              expect(new Set(texts).size, [...shown].map(([f, t]) => `${f}: ${t}`).join('\n')).to.equal(texts.length);
            });
          });
        }
      },
    );
  }
});
