import { throwIfAborted, type RowProblem, type User } from '../../core/index.js';
import { badResponseError } from './gcore-errors.js';
import { userFromRow, userPageFromBody, type WireUserPage } from './gcore-mapping.js';
import { TimeSlicer } from './yield-to-page.js';

/**
 * Reads the account's whole user list from `GET /iam/users` (operationId `iamGetUsers`), a page
 * at a time, until `count` users are read.
 *
 * The API has no search, filter or sort, so the widget needs every user. Without `limit` the
 * description says the answer holds them all; but a server may page anyway (an answer with `next`),
 * and one answer of 100,000 users is 40 MB whose parsing would freeze the page for most of a
 * second. So the adapter always asks for pages with `limit` and `offset`, and goes on while the
 * server says there is more (`next`) or fewer than `count` users were read:
 *
 * - Only `limit` and `offset` are taken from `next`, never its host or path: the description's
 *   own example (`/users?offset=20&limit=10`) is not a path of this API, and a host behind a
 *   same-origin proxy (`baseUrl: '/api'`) must not be sent to api.gcore.com.
 * - Up to three pages are asked for ahead of the one being read, at the offsets the first page's
 *   size predicts, so the round trips overlap each other and the parsing (100 round trips one after
 *   the other would be 100 times the network's latency). Each page's own `next` is checked against
 *   the prediction; where they differ (the server pages otherwise, or the list changed), the pages
 *   ahead are dropped and the read goes on from what the server said.
 * - Rows are checked and mapped in slices of a few milliseconds, yielding to the page between
 *   them, so the page keeps painting while a big list is read.
 * - A user who moved between pages while the list was read (someone invited or removed meanwhile)
 *   is kept once, as last seen.
 * - A bare array (a server that ignores `limit`) is the whole list.
 */

export interface Paging {
  readonly offset: number;
  readonly limit: number;
}

/** Fetches one slice of `GET /iam/users` and gives its JSON body, not yet checked. */
export type FetchUserPage = (paging: Paging, signal: AbortSignal) => Promise<unknown>;

export interface UserListRead {
  /** Every user not flagged deleted, in the order the server listed them, each once. */
  readonly users: readonly User[];
  readonly byId: ReadonlyMap<number, User>;
  /** Users listed with an unknown role, by the field that could not be mapped. */
  readonly problems: readonly RowProblem[];
}

/** Main-thread time between two yields to the page while rows are checked. */
const SLICE_MS = 8;
/** Rows checked between two looks at the clock. */
const ROWS_PER_CLOCK_CHECK = 256;
/** A server that pages on and on (a `next` on every answer) is broken, not big. */
const MAX_PAGES = 10_000;
/** Requests under way at most while the list is read. */
const PAGES_IN_FLIGHT = 3;

/** A page asked for and not read yet; `cancel` ends its request. */
interface PageAhead {
  readonly paging: Paging;
  readonly body: Promise<unknown>;
  readonly cancel: () => void;
}

export async function readUserList(
  fetchPage: FetchUserPage,
  pageSize: number,
  signal: AbortSignal,
): Promise<UserListRead> {
  // Ends the requests still under way when reading stops early (a malformed row, an abort).
  const reading = new AbortController();
  const stop = () => reading.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  const ask = (paging: Paging): PageAhead => {
    const own = new AbortController();
    const onStop = () => own.abort(reading.signal.reason);
    reading.signal.addEventListener('abort', onStop, { once: true });
    const body = fetchPage(paging, own.signal);
    // Read in turn, or dropped: never an unhandled rejection.
    body.catch(() => {}).finally(() => reading.signal.removeEventListener('abort', onStop));
    return { paging, body, cancel: () => own.abort() };
  };
  const byId = new Map<number, User>();
  const problems = new Map<number, RowProblem>();
  const slicer = new TimeSlicer(SLICE_MS);
  try {
    const ahead: PageAhead[] = [ask({ offset: 0, limit: pageSize })];
    /** Where pages are predicted from, once the first answer told the page size. */
    let predicted: { next: number; step: number; count: number } | undefined;
    for (let pages = 1; ahead.length > 0; pages += 1) {
      const { paging, body } = ahead.shift()!;
      const page = userPageFromBody(await body);
      const next = nextPaging(page, paging);
      if (next && pages >= MAX_PAGES) {
        throw badResponseError('next', `The server's user list still had a next page after ${MAX_PAGES} pages.`);
      }
      if (!next || ahead[0]?.paging.offset !== next.offset || ahead[0].paging.limit !== next.limit) {
        // Nothing asked for yet, or not what the server says comes next: start over from its word.
        for (const dropped of ahead.splice(0)) dropped.cancel();
        predicted =
          next && page.count !== undefined ? { next: next.offset, step: next.limit, count: page.count } : undefined;
        if (next && !predicted) ahead.push(ask(next));
      } else if (predicted && page.count !== undefined) {
        predicted.count = page.count;
      }
      while (predicted && ahead.length < PAGES_IN_FLIGHT && predicted.next < predicted.count) {
        ahead.push(ask({ offset: predicted.next, limit: predicted.step }));
        predicted.next += predicted.step;
      }
      await readRows(page, paging.offset, { byId, problems }, slicer, signal);
    }
  } finally {
    signal.removeEventListener('abort', stop);
    reading.abort();
  }
  return { users: [...byId.values()], byId, problems: [...problems.values()] };
}

/** Where the list goes on after `page`, or undefined when it is complete. */
function nextPaging(page: WireUserPage, asked: Paging): Paging | undefined {
  if (page.count === undefined && page.next == null) return undefined; // a bare array: everything
  const read = asked.offset + page.rows.length;
  // A page with no rows ends the list, whatever `count` says: it shrank while being read.
  if (page.rows.length === 0) return undefined;
  const linked = page.next == null ? undefined : pagingOf(page.next);
  if (linked && linked.offset > asked.offset) return { offset: linked.offset, limit: linked.limit ?? asked.limit };
  if (page.next != null || (page.count !== undefined && read < page.count)) {
    return { offset: read, limit: asked.limit };
  }
  return undefined;
}

/** `limit` and `offset` of a `next` link, relative or absolute; undefined when it has no usable offset. */
function pagingOf(link: string): { offset: number; limit?: number } | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(link, 'http://next.invalid').searchParams;
  } catch {
    return undefined;
  }
  const offset = wholeNumber(params.get('offset'));
  const limit = wholeNumber(params.get('limit'));
  if (offset === undefined) return undefined;
  return limit !== undefined && limit > 0 ? { offset, limit } : { offset };
}

function wholeNumber(text: string | null): number | undefined {
  return text !== null && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

async function readRows(
  page: WireUserPage,
  offset: number,
  into: { byId: Map<number, User>; problems: Map<number, RowProblem> },
  slicer: TimeSlicer,
  signal: AbortSignal,
): Promise<void> {
  const { rows, rowPath } = page;
  for (let index = 0; index < rows.length; index += 1) {
    if (index % ROWS_PER_CLOCK_CHECK === 0 && slicer.spent()) {
      await slicer.yield();
      throwIfAborted(signal);
    }
    // Named by its place in the whole list, which is its place in the answer when unpaged.
    const { user, problem } = userFromRow(rows[index], `${rowPath}${offset + index}`);
    into.problems.delete(user.id);
    if (user.deleted) {
      // Never shown, and may well hold no group in this account any more.
      into.byId.delete(user.id);
      continue;
    }
    into.byId.set(user.id, user);
    if (problem) into.problems.set(user.id, problem);
  }
}
