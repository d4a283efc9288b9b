import { expect } from '@open-wc/testing';
import { UsersError } from '../../src/core/index.js';
import { MutationController } from '../../src/state/mutation-controller.js';
import { deferred, FakeHost } from './fake-host.js';

function setup() {
  const host = new FakeHost();
  const calls: { id: number; signal: AbortSignal; answer: ReturnType<typeof deferred<string>> }[] = [];
  const controller = new MutationController<number, string>(host, {
    task: (id, signal) => {
      const answer = deferred<string>();
      calls.push({ id, signal, answer });
      return answer.promise;
    },
    action: 'removeUser',
  });
  host.connect();
  return { host, calls, controller };
}

describe('MutationController', () => {
  it('sends nothing while a run is pending, then accepts a new run', async () => {
    const { calls, controller } = setup();
    const first = controller.run(7);
    const second = controller.run(7);
    expect(await second).to.equal(undefined);
    expect(calls).to.have.length(1);
    expect(controller.pending).to.equal(true);

    calls[0]!.answer.resolve('removed 7');
    expect(await first).to.deep.equal({ ok: true, value: 'removed 7' });
    expect(controller.status).to.equal('done');

    const third = controller.run(8);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('removed 8');
    await third;
    expect(controller.value).to.equal('removed 8');
  });

  it('reports failures as UsersErrors, once as users-error with its action, and allows a retry', async () => {
    const { host, calls, controller } = setup();
    const first = controller.run(1);
    calls[0]!.answer.reject(new UsersError('tokens_block_removal'));
    const result = await first;
    expect(result).to.deep.include({ ok: false });
    expect(controller.status).to.equal('error');
    expect(controller.error!.code).to.equal('tokens_block_removal');
    expect(host.events.map((event) => [event.detail.action, event.detail.error.code])).to.deep.equal([
      ['removeUser', 'tokens_block_removal'],
    ]);
    expect(host.events[0]!.bubbles && host.events[0]!.composed).to.equal(true);

    const retry = controller.run(1);
    expect(controller.error).to.equal(undefined);
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('ok');
    await retry;
    expect(controller.status).to.equal('done');
  });

  it('wraps non-UsersError failures', async () => {
    const { calls, controller } = setup();
    const run = controller.run(1);
    calls[0]!.answer.reject('a string');
    await run;
    expect(controller.error).to.be.instanceOf(UsersError);
    expect(controller.error!.code).to.equal('unknown');
  });

  it('aborts on disconnect and lands nothing', async () => {
    const { host, calls, controller } = setup();
    const run = controller.run(1);
    host.disconnect();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(controller.status).to.equal('idle');
    calls[0]!.answer.resolve('late');
    expect(await run).to.equal(undefined);
    expect(controller.value).to.equal(undefined);
  });

  it('reset clears a finished run', async () => {
    const { calls, controller } = setup();
    const run = controller.run(1);
    calls[0]!.answer.reject(new UsersError('network'));
    await run;
    controller.reset();
    expect(controller.status).to.equal('idle');
    expect(controller.error).to.equal(undefined);
  });
});
