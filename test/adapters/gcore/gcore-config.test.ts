import { expect } from '@open-wc/testing';
import { GcoreIamAdapter, type GcoreIamAdapterConfig } from '../../../src/adapters/gcore/index.js';

const VALID: GcoreIamAdapterConfig = { baseUrl: 'https://api.gcore.com', clientId: 42, auth: () => 'APIKey 42_x' };

/** What a plain-JavaScript host may pass: anything. */
function make(config: unknown): () => GcoreIamAdapter {
  return () => new GcoreIamAdapter(config as GcoreIamAdapterConfig);
}

describe('GcoreIamAdapter configuration, checked when the adapter is made', () => {
  it('accepts an absolute http(s) URL or a same-origin path, with or without a trailing slash', () => {
    for (const baseUrl of [
      'https://api.gcore.com',
      'https://api.gcore.com/',
      'http://localhost:8787/api',
      '/api',
      '/',
    ]) {
      expect(make({ ...VALID, baseUrl }), baseUrl).not.to.throw();
    }
    expect(make({ ...VALID, timeoutMs: 0, cacheMaxAgeMs: 0, pageSize: 50, fetch: window.fetch })).not.to.throw();
    expect(make({ ...VALID, timeoutMs: Infinity })).not.to.throw();
  });

  for (const [label, config, field, got] of [
    ['a clientId given as a string', { ...VALID, clientId: '42' }, 'clientId', '"42" (a string)'],
    ['a clientId of 0', { ...VALID, clientId: 0 }, 'clientId', '0'],
    ['a fractional clientId', { ...VALID, clientId: 4.2 }, 'clientId', '4.2'],
    ['no clientId', { baseUrl: VALID.baseUrl, auth: VALID.auth }, 'clientId', 'undefined'],
    ['a baseUrl that is not a URL', { ...VALID, baseUrl: 'api.gcore.com' }, 'baseUrl', '"api.gcore.com" (a string)'],
    ['an empty baseUrl', { ...VALID, baseUrl: '' }, 'baseUrl', '"" (a string)'],
    ['a protocol-relative baseUrl', { ...VALID, baseUrl: '//api.gcore.com' }, 'baseUrl', '"//api.gcore.com"'],
    ['a baseUrl of another scheme', { ...VALID, baseUrl: 'ftp://api.gcore.com' }, 'baseUrl', '"ftp://api.gcore.com"'],
    ['auth given as the header string', { ...VALID, auth: 'APIKey 42_x' }, 'auth', '"APIKey 42_x" (a string)'],
    ['a fetch that is not a function', { ...VALID, fetch: {} }, 'fetch', 'a value of type object'],
    ['a negative timeout', { ...VALID, timeoutMs: -1 }, 'timeoutMs', '-1'],
    ['a cache age given as a string', { ...VALID, cacheMaxAgeMs: '60000' }, 'cacheMaxAgeMs', '"60000"'],
    ['a page size of 0', { ...VALID, pageSize: 0 }, 'pageSize', '0'],
  ] as const) {
    it(`refuses ${label}, naming ${field}`, () => {
      expect(make(config)).to.throw(TypeError, `"${field}" must be`);
      expect(make(config)).to.throw(TypeError, `got ${got}`);
    });
  }

  it('refuses no configuration at all', () => {
    expect(make(undefined)).to.throw(TypeError, 'expected a configuration object');
  });
});
