import { expect } from '@open-wc/testing';
import { GcoreIamAdapter } from '../../../src/adapters/gcore/index.js';
import { createReferenceInstance, referenceAuth } from '../../../demo/server/reference-client.js';
import { adapterFor, AUTH, failure, FakeIam, hang, json, tick, wireUser } from './fake-iam.js';

describe('GcoreIamAdapter transport', () => {
  it('a fetch that throws a TypeError → network', async () => {
    const adapter = adapterFor(new FakeIam(), {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await failure(adapter.getSession(), 'network');
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  it('a fetch that throws synchronously → network', async () => {
    const adapter = adapterFor(new FakeIam(), {
      fetch: () => {
        throw new TypeError('boom');
      },
    });
    await failure(adapter.removeUser(3), 'network');
  });

  it('a body that breaks off while streaming → network', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id": 7,'));
        controller.error(new TypeError('network error'));
      },
    });
    const adapter = adapterFor(new FakeIam(), { fetch: async () => new Response(stream, { status: 200 }) });
    await failure(adapter.getSession(), 'network');
  });

  it('a fetch resolving with something that is not a Response → bad_response', async () => {
    const adapter = adapterFor(new FakeIam(), { fetch: async () => ({ ok: true }) as unknown as Response });
    await failure(adapter.getSession(), 'bad_response');
  });

  it('times out after timeoutMs with a fetch that never answers, and aborts that fetch', async () => {
    const iam = new FakeIam().on('GET /iam/clients/me', hang);
    const started = performance.now();
    const error = await failure(adapterFor(iam, { timeoutMs: 50 }).getSession(), 'timeout');
    expect(performance.now() - started).to.be.within(40, 1000);
    expect(error.message).to.equal('The server did not answer in time.');
    expect(iam.last.signal?.aborted).to.equal(true);
  });

  it('times out even when the fetch ignores its signal', async () => {
    const adapter = adapterFor(new FakeIam(), { timeoutMs: 30, fetch: () => new Promise<Response>(() => {}) });
    await failure(adapter.listUsers({ offset: 0, limit: 10 }), 'timeout');
  });

  it('rejects with aborted when the caller aborts mid-request, and aborts the fetch', async () => {
    const iam = new FakeIam().on('GET /iam/clients/me', hang);
    const controller = new AbortController();
    const pending = adapterFor(iam).getSession(controller.signal);
    await tick();
    controller.abort();
    await failure(pending, 'aborted');
    expect(iam.last.signal?.aborted).to.equal(true);
  });

  it('rejects with aborted without a request when the signal is already aborted', async () => {
    const iam = new FakeIam().on('DELETE /iam/v2/clients/42/tokens/3', json({}));
    await failure(adapterFor(iam).deleteApiToken(3, AbortSignal.abort()), 'aborted');
    expect(iam.requests).to.have.length(0);
  });

  it('rejects with aborted at once even when the fetch ignores its signal', async () => {
    const controller = new AbortController();
    const adapter = adapterFor(new FakeIam(), { fetch: () => new Promise<Response>(() => {}) });
    const pending = adapter.inviteUser({ email: 'a@example.com', role: 2 }, controller.signal);
    await tick();
    controller.abort();
    await failure(pending, 'aborted');
  });

  it('an auth() that throws → unauthorized, without a request', async () => {
    const iam = new FakeIam().on('GET /iam/clients/me', json(wireUser(1)));
    const adapter = adapterFor(iam, {
      auth: () => {
        throw new Error('token expired');
      },
    });
    await failure(adapter.getSession(), 'unauthorized');
    expect(iam.requests).to.have.length(0);
  });

  it('defaults to globalThis.fetch, looked up at call time and called unbound-safe', async () => {
    const original = globalThis.fetch;
    const iam = new FakeIam().signedInAs(wireUser(7));
    const adapter = new GcoreIamAdapter({ baseUrl: 'https://iam.example.test/', clientId: 42, auth: () => AUTH });
    let calledOnGlobal: boolean | undefined;
    globalThis.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      calledOnGlobal = this === globalThis;
      return iam.fetch(String(input), init ?? {});
    } as typeof fetch;
    try {
      expect((await adapter.getSession()).user.id).to.equal(7);
    } finally {
      globalThis.fetch = original;
    }
    expect(calledOnGlobal).to.equal(true);
    expect(iam.requests[0]!.url).to.equal('https://iam.example.test/iam/clients/me');
  });

  it('works with the real window.fetch passed in the config (no Illegal invocation)', async () => {
    // The reference server, on the test page's own origin.
    const server = await createReferenceInstance();
    const adapter = new GcoreIamAdapter({
      baseUrl: server.baseUrl,
      clientId: server.clientId,
      auth: () => referenceAuth(5),
      fetch: window.fetch,
    });
    expect((await adapter.getSession()).user.id).to.equal(5);
    await server.dispose();
  });
});
