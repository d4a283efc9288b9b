import { expect } from '@open-wc/testing';
import { UsersError } from '../../src/core/index.js';
import { RequestController } from '../../src/state/request-controller.js';
import { deferred, FakeHost } from './fake-host.js';

type Call = { query: string; signal: AbortSignal; answer: ReturnType<typeof deferred<string>> };

function setup() {
  const host = new FakeHost();
  const calls: Call[] = [];
  const controller = new RequestController<string, string>(host, (query, signal) => {
    const answer = deferred<string>();
    calls.push({ query, signal, answer });
    return answer.promise;
  });
  host.connect();
  return { host, calls, controller };
}

describe('RequestController', () => {
  it('runs the task with the args and a signal, and lands its value', async () => {
    const { host, calls, controller } = setup();
    expect(controller.status).to.equal('idle');
    const run = controller.run('ab');
    expect(controller.status).to.equal('pending');
    expect(calls[0]!.query).to.equal('ab');
    expect(calls[0]!.signal.aborted).to.equal(false);
    calls[0]!.answer.resolve('users for ab');
    expect(await run).to.deep.equal({ ok: true, value: 'users for ab' });
    expect(controller.status).to.equal('done');
    expect(controller.value).to.equal('users for ab');
    expect(host.updates).to.be.greaterThanOrEqual(2);
  });

  it('aborts the previous run when a newer one starts, and never lands the stale answer', async () => {
    const { calls, controller } = setup();
    const first = controller.run('ab');
    const second = controller.run('abc');
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(calls[1]!.signal.aborted).to.equal(false);
    calls[1]!.answer.resolve('users for abc');
    await second;
    // The adapter ignored the abort and answers late: it must not overwrite the newer answer.
    calls[0]!.answer.resolve('users for ab');
    expect(await first).to.equal(undefined);
    expect(controller.value).to.equal('users for abc');
    expect(controller.status).to.equal('done');
  });

  it('keeps a superseded failure from landing too', async () => {
    const { calls, controller } = setup();
    const first = controller.run('a');
    const second = controller.run('b');
    calls[0]!.answer.reject(new UsersError('network'));
    expect(await first).to.equal(undefined);
    expect(controller.status).to.equal('pending');
    calls[1]!.answer.resolve('b');
    await second;
    expect(controller.error).to.equal(undefined);
  });

  it('turns any failure into a UsersError and keeps the last good value', async () => {
    const { calls, controller } = setup();
    const ok = controller.run('a');
    calls[0]!.answer.resolve('value a');
    await ok;
    const failing = controller.run('b');
    calls[1]!.answer.reject(new TypeError('boom'));
    const result = await failing;
    expect(result?.ok).to.equal(false);
    expect(controller.status).to.equal('error');
    expect(controller.error).to.be.instanceOf(UsersError);
    expect(controller.error!.code).to.equal('unknown');
    expect(controller.value).to.equal('value a');
  });

  it('aborts on disconnect, drops the answer, and runs again on reconnect', async () => {
    const { host, calls, controller } = setup();
    const run = controller.run('ab');
    host.disconnect();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(controller.status).to.equal('idle');
    calls[0]!.answer.resolve('late');
    expect(await run).to.equal(undefined);
    expect(controller.value).to.equal(undefined);

    host.connect();
    expect(calls).to.have.length(2);
    expect(calls[1]!.query).to.equal('ab');
    calls[1]!.answer.resolve('fresh');
    await Promise.resolve();
    await Promise.resolve();
    expect(controller.value).to.equal('fresh');
  });

  it('does not re-run on reconnect when nothing was interrupted', async () => {
    const { host, calls, controller } = setup();
    const run = controller.run('x');
    calls[0]!.answer.resolve('x');
    await run;
    host.disconnect();
    host.connect();
    expect(calls).to.have.length(1);
  });
});
