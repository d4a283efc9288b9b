import { expect } from '@open-wc/testing';
import type { UsersAdapter } from '../../src/adapters/users-adapter.js';
import { UsersError } from '../../src/core/index.js';
import { LoadTask } from '../../src/state/load-task.js';
import { deferred, FakeHost } from './fake-host.js';

type Args = { adapter: UsersAdapter; query: string };
type Call = { args: Args; signal: AbortSignal; answer: ReturnType<typeof deferred<string>> };

const accountA = { name: 'A' } as unknown as UsersAdapter;
const accountB = { name: 'B' } as unknown as UsersAdapter;

/** A host whose declared inputs the test sets, and a task whose answers it settles by hand. */
function setup(initial: Partial<Args> = { adapter: accountA, query: 'ab' }) {
  const host = new FakeHost();
  const inputs: { adapter?: UsersAdapter; query: string } = { query: 'ab', ...initial };
  const calls: Call[] = [];
  const completed: string[] = [];
  const task = new LoadTask<Args, string>(host, {
    args: () => (inputs.adapter ? { adapter: inputs.adapter, query: inputs.query } : undefined),
    task: (args, signal) => {
      const answer = deferred<string>();
      calls.push({ args, signal, answer });
      return answer.promise;
    },
    action: 'listUsers',
    onComplete: (value) => completed.push(value),
  });
  host.connect();
  return { host, inputs, calls, completed, task };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('LoadTask', () => {
  it('runs when the host updates with new args, and lands the value', async () => {
    const { host, calls, completed, task } = setup();
    expect(task.status).to.equal('idle');
    host.update();
    expect(task.status).to.equal('pending');
    expect(calls.map((call) => call.args.query)).to.deep.equal(['ab']);
    calls[0]!.answer.resolve('users for ab');
    await settle();
    expect(task.status).to.equal('done');
    expect(task.value).to.equal('users for ab');
    expect(task.valueArgs?.query).to.equal('ab');
    expect(completed).to.deep.equal(['users for ab']);
  });

  it('does not run again while the args ask the same question (compared by value)', async () => {
    const { host, inputs, calls } = setup();
    host.update();
    calls[0]!.answer.resolve('x');
    await settle();
    host.update();
    inputs.query = 'ab'; // a fresh but equal query
    host.update();
    expect(calls).to.have.length(1);
  });

  it('runs nothing while the args are undefined (no adapter yet)', () => {
    const { host, calls, task } = setup({ adapter: undefined });
    host.update();
    expect(calls).to.have.length(0);
    expect(task.status).to.equal('idle');
  });

  it('aborts the superseded run and never lands its late answer', async () => {
    const { host, inputs, calls, task } = setup();
    host.update();
    inputs.query = 'abc';
    host.update();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(calls[1]!.signal.aborted).to.equal(false);
    calls[1]!.answer.resolve('users for abc');
    await settle();
    // The adapter ignored the abort and answers late: it must not overwrite the newer answer.
    calls[0]!.answer.resolve('users for ab');
    await settle();
    expect(task.value).to.equal('users for abc');
    expect(task.status).to.equal('done');
  });

  it('drops a superseded failure without reporting it', async () => {
    const { host, inputs, calls, task } = setup();
    host.update();
    inputs.query = 'b';
    host.update();
    calls[0]!.answer.reject(new UsersError('network'));
    await settle();
    expect(task.status).to.equal('pending');
    expect(host.events).to.have.length(0);
    calls[1]!.answer.resolve('b');
    await settle();
    expect(task.error).to.equal(undefined);
  });

  it('reports a failure once as users-error with its action, and keeps the last good value', async () => {
    const { host, inputs, calls, task } = setup();
    host.update();
    calls[0]!.answer.resolve('value a');
    await settle();
    inputs.query = 'b';
    host.update();
    calls[1]!.answer.reject(new TypeError('boom'));
    await settle();
    expect(task.status).to.equal('error');
    expect(task.error).to.be.instanceOf(UsersError);
    expect(task.error!.code).to.equal('unknown');
    expect(task.value).to.equal('value a');
    expect(host.events.map((event) => [event.detail.action, event.detail.error.code])).to.deep.equal([
      ['listUsers', 'unknown'],
    ]);
    // A failed question is not asked again by every update: only a retry (run) or new args do.
    host.update();
    expect(calls).to.have.length(2);
  });

  it('shows a value only while it belongs to the current adapter', async () => {
    const { host, inputs, calls, task } = setup();
    host.update();
    calls[0]!.answer.resolve('account A');
    await settle();
    inputs.adapter = accountB;
    host.update();
    expect(task.value, 'account A’s answer is not shown as B’s').to.equal(undefined);
    expect(task.valueArgs).to.equal(undefined);
    expect(task.render({ initial: () => 'initial', pending: () => 'pending', complete: (v) => v })).to.equal('pending');
    calls[1]!.answer.resolve('account B');
    await settle();
    expect(task.value).to.equal('account B');
  });

  it('run() asks again with the current args and returns how it ended', async () => {
    const { host, calls, task } = setup();
    host.update();
    calls[0]!.answer.resolve('first');
    await settle();
    const again = task.run();
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('second');
    expect(await again).to.deep.equal({ ok: true, value: 'second' });
    host.update();
    expect(calls, 'the explicit run counts as asked').to.have.length(2);
  });

  it('aborts on disconnect, drops the answer, and asks again after reconnection', async () => {
    const { host, calls, task } = setup();
    host.update();
    host.disconnect();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(task.status).to.equal('idle');
    host.update();
    expect(calls, 'nothing is asked while disconnected').to.have.length(1);
    calls[0]!.answer.resolve('late');
    await settle();
    expect(task.value).to.equal(undefined);

    host.connect();
    host.update();
    expect(calls).to.have.length(2);
    calls[1]!.answer.resolve('fresh');
    await settle();
    expect(task.value).to.equal('fresh');
  });

  it('does not ask again on reconnection when nothing was interrupted', async () => {
    const { host, calls } = setup();
    host.update();
    calls[0]!.answer.resolve('x');
    await settle();
    host.disconnect();
    host.connect();
    host.update();
    expect(calls).to.have.length(1);
  });

  it('renders by status', async () => {
    const { host, calls, task } = setup();
    const view = () =>
      task.render({
        initial: () => 'initial',
        pending: () => 'pending',
        complete: (value) => `complete: ${value}`,
        error: (error) => `error: ${error.code}`,
      });
    expect(view()).to.equal('initial');
    host.update();
    expect(view()).to.equal('pending');
    calls[0]!.answer.reject(new UsersError('forbidden'));
    await settle();
    expect(view()).to.equal('error: forbidden');
  });
});
