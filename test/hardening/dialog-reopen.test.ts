import { aTimeout, expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import '../../src/components/delete-confirm/delete-confirm.js';
import type { DeleteConfirm } from '../../src/components/delete-confirm/delete-confirm.js';
import type { User } from '../../src/core/index.js';

/**
 * A dialog closed and opened again before the browser delivered the first close's `close` event
 * (Chrome queues it behind rendering: a frame later, or much later on a busy or hidden page) must
 * not take that stale event for its own close. Found by the hostile-data suite, where the row-menu
 * dialogs were reopened quickly: `show()` resolved `cancelled` while the dialog was still open, so
 * the list never announced the removal the user then confirmed.
 */
describe('a dialog reopened before its previous close event arrived', () => {
  let container: HTMLElement;
  afterEach(() => container.remove());

  it('stays open, and its show() resolves only when it really closes', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const adapter = new MemoryAdapter({ userCount: 5 });
    render(html`<delete-confirm .adapter=${adapter}></delete-confirm>`, container);
    const el = container.querySelector('delete-confirm') as DeleteConfirm;
    const [first, second] = (await adapter.listUsers({ offset: 0, limit: 10 })).items.filter(
      (user: User) => user.id === SEED.userId || user.id === SEED.notActivatedId,
    );
    const dialog = () => el.shadowRoot!.querySelector('users-dialog-shell')!.shadowRoot!.querySelector('dialog')!;

    const firstShown = el.show(first!);
    await el.updateComplete;
    expect(dialog().open).to.equal(true);
    // A host going through users one by one: the next opens as soon as the previous resolved.
    el.close();
    expect((await firstShown).status).to.equal('cancelled');
    let settled: string | undefined;
    void el.show(second!).then((outcome) => (settled = outcome.status));
    // Long enough for the first close's queued `close` event to arrive.
    await aTimeout(100);
    expect(dialog().open, 'the dialog is still shown').to.equal(true);
    expect(settled, 'show() has not resolved while the dialog is open').to.equal(undefined);
    el.close();
    await aTimeout(0);
    expect(settled).to.equal('cancelled');
  });
});
