import { UsersError, type RowProblem, type TokenList } from '../core/index.js';

/**
 * Turns the rows an adapter could not fully read (`Page.problems`, `TokenList.problems`) into one
 * `bad_response` error for the `users-error` event, once per set of problems: a list answers with
 * the same problems on every page, search and reload, and a host's log should hear of them once.
 * A set not seen before (another row broke, or the adapter changed) is reported again.
 */
export class RowProblemReporter {
  private readonly seen = new WeakMap<object, Set<string>>();

  /**
   * The error to report for `problems` from `source` (the adapter), or undefined when there are
   * none or this very set was already reported for that source. `what` says which list (for the
   * message): "user list", "token list".
   */
  report(source: object, problems: readonly RowProblem[] | undefined, what: string): UsersError | undefined {
    if (!problems || problems.length === 0) return undefined;
    const key = problems
      .map((problem) => `${problem.id ?? ''}:${problem.field}`)
      .sort()
      .join('|');
    let seen = this.seen.get(source);
    if (!seen) this.seen.set(source, (seen = new Set()));
    if (seen.has(key)) return undefined;
    seen.add(key);
    const fields = [...new Set(problems.map((problem) => problem.field))];
    const ids = problems.flatMap((problem) => (problem.id === undefined ? [] : [problem.id]));
    const rows = problems.length === 1 ? 'row' : 'rows';
    const named = ids.length > 0 ? ` (id ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''})` : '';
    return new UsersError(
      'bad_response',
      `The ${what} has ${problems.length} ${rows}${named} whose "${fields.join('", "')}" could not be read; ` +
        'they are shown without it.',
      { field: fields.join(', '), cause: problems },
    );
  }
}

/**
 * The problems of a token list: those the adapter named (in its backend's terms), else one per
 * token of unknown role, for an adapter whose answer can't carry them (a JSON array has no
 * properties besides its items).
 */
export function tokenListProblems(tokens: TokenList): readonly RowProblem[] {
  return tokens.problems ?? tokens.flatMap((token) => (token.role === null ? [{ id: token.id, field: 'role' }] : []));
}
