import { expect } from '@open-wc/testing';
import {
  ADMIN_ROLE_ID,
  DEFAULT_INVITE_ROLE_ID,
  ROLE_IDS,
  ROLES,
  effectiveRole,
  findRoleByApiName,
  getRole,
  isHigherRole,
  isRoleId,
  roleRank,
} from '../../src/core/index.js';

describe('roles', () => {
  it('lists the five IAM roles, highest privilege first, with their API ids and names', () => {
    expect(ROLES.map((role) => [role.id, role.key, role.apiName])).to.deep.equal([
      [1, 'administrators', 'Administrators'],
      [5, 'engineers', 'Engineers'],
      [3009, 'purgeApiWeb', 'Purge and Prefetch only (API+Web)'],
      [3022, 'purgeApi', 'Purge and Prefetch only (API)'],
      [2, 'users', 'Users'],
    ]);
    expect(ROLE_IDS).to.deep.equal([1, 5, 3009, 3022, 2]);
  });

  it('names Administrators as the admin role and Users as the invitation default', () => {
    expect(ADMIN_ROLE_ID).to.equal(1);
    expect(DEFAULT_INVITE_ROLE_ID).to.equal(2);
  });

  it('ranks by privilege, not by id', () => {
    expect([1, 5, 3009, 3022, 2].map((id) => roleRank(id as 1))).to.deep.equal([0, 1, 2, 3, 4]);
    expect(isHigherRole(3022, 2)).to.equal(true);
    expect(isHigherRole(2, 3022)).to.equal(false);
    expect(isHigherRole(1, 5)).to.equal(true);
    expect(isHigherRole(5, 5)).to.equal(false);
  });

  it('recognises only the five ids as role ids', () => {
    for (const id of [1, 5, 3009, 3022, 2]) expect(isRoleId(id), String(id)).to.equal(true);
    for (const value of [0, 3, 4, 999, '1', null, undefined, 1.5]) {
      expect(isRoleId(value), String(value)).to.equal(false);
    }
  });

  it('looks roles up by id and by API name', () => {
    expect(getRole(3009).apiName).to.equal('Purge and Prefetch only (API+Web)');
    expect(findRoleByApiName('Engineers')?.id).to.equal(5);
    expect(findRoleByApiName('engineers')).to.equal(undefined);
    expect(findRoleByApiName('Owners')).to.equal(undefined);
  });

  describe('effectiveRole', () => {
    const cases: ReadonlyArray<[label: string, ids: number[], expected: number | undefined]> = [
      ['a single role', [3022], 3022],
      ['Users and Engineers', [2, 5], 5],
      ['Purge (API) over Users, whatever the order', [2, 3022], 3022],
      ['Purge (API+Web) over Purge (API), although its id is smaller', [3022, 3009, 2], 3009],
      ['Administrators over everything', [2, 3022, 3009, 5, 1], 1],
      ['ignoring unknown ids', [999, 2, 4], 2],
      ['undefined when every id is unknown', [999, 0], undefined],
      ['undefined for no ids', [], undefined],
    ];
    for (const [label, ids, expected] of cases) {
      it(`picks the highest: ${label}`, () => {
        expect(effectiveRole(ids)).to.equal(expected);
      });
    }

    it('accepts any iterable', () => {
      expect(effectiveRole(new Set([2, 5]))).to.equal(5);
    });
  });
});
