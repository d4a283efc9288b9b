import { expect } from '@open-wc/testing';
import type { ApiToken, TokenList } from '../../src/core/index.js';
import { RowProblemReporter, tokenListProblems } from '../../src/state/index.js';

describe('RowProblemReporter', () => {
  const adapter = {};

  it('reports nothing for no problems', () => {
    const reporter = new RowProblemReporter();
    expect(reporter.report(adapter, undefined, 'user list')).to.equal(undefined);
    expect(reporter.report(adapter, [], 'user list')).to.equal(undefined);
  });

  it('reports a set once as bad_response naming the field and the rows, however often it comes again', () => {
    const reporter = new RowProblemReporter();
    const error = reporter.report(
      adapter,
      [
        { id: 7, field: 'groups' },
        { id: 3, field: 'groups' },
      ],
      'user list',
    )!;
    expect(error.code).to.equal('bad_response');
    expect(error.field).to.equal('groups');
    expect(error.message).to.contain('2 rows').and.contain('7, 3').and.contain('"groups"');
    // The same set in another order (another page, search or reload): already told.
    const again = [
      { id: 3, field: 'groups' },
      { id: 7, field: 'groups' },
    ];
    expect(reporter.report(adapter, again, 'user list')).to.equal(undefined);
  });

  it('reports a set not seen before, and the same set of another adapter', () => {
    const reporter = new RowProblemReporter();
    reporter.report(adapter, [{ id: 7, field: 'groups' }], 'user list');
    expect(reporter.report(adapter, [{ id: 8, field: 'groups' }], 'user list')).not.to.equal(undefined);
    expect(reporter.report({}, [{ id: 7, field: 'groups' }], 'user list')).not.to.equal(undefined);
  });
});

describe('tokenListProblems', () => {
  const token = (id: number, role: ApiToken['role']) => ({ id, role }) as ApiToken;

  it('are the ones the adapter named', () => {
    const list: TokenList = Object.assign([token(1, null)], { problems: [{ id: 1, field: 'client_user.role' }] });
    expect(tokenListProblems(list)).to.deep.equal([{ id: 1, field: 'client_user.role' }]);
  });

  it('else one per token of unknown role, for a list that can’t carry them (JSON)', () => {
    expect(tokenListProblems([token(1, 5), token(2, null)])).to.deep.equal([{ id: 2, field: 'role' }]);
    expect(tokenListProblems([token(1, 5)])).to.deep.equal([]);
  });
});
