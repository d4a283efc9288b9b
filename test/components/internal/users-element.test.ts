import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import type { UsersAdapter } from '../../../src/adapters/users-adapter.js';
import { UsersElement } from '../../../src/components/internal/users-element.js';
import '../../../src/components/users-provider/users-provider.js';
import type { UsersProvider } from '../../../src/components/users-provider/users-provider.js';
import { UsersError, type User } from '../../../src/core/index.js';
import { CheckedAdapter } from '../../../src/state/checked-adapter.js';
import { defineElement } from '../../../src/components/internal/define-element.js';

/** Records which adapter it would load from, the way a real element decides to (re)load. */
class AdapterProbe extends UsersElement {
  adapterChanges = 0;
  protected override willUpdate(changed: PropertyValues): void {
    if (this.adapterChanged(changed)) this.adapterChanges += 1;
  }
}
defineElement('adapter-probe', AdapterProbe);

const user: User = {
  id: 3,
  email: 'bob@example.com',
  name: 'Bob',
  lang: 'en',
  role: 2,
  activated: false,
  twoFa: false,
  deleted: false,
};

/** A distinct adapter per call; only identity matters here, plus one answer to prove the wrapping. */
function fakeAdapter(label: string): UsersAdapter {
  return {
    label,
    getSession: async () => ({ user, role: 2 }),
    listUsers: async () => ({ items: 'not an array', total: 0 }),
  } as unknown as UsersAdapter;
}

function innerOf(adapter: UsersAdapter | undefined): UsersAdapter | undefined {
  return adapter instanceof CheckedAdapter ? adapter.inner : adapter;
}

describe('UsersElement', () => {
  describe('adapter', () => {
    it('is undefined until a host supplies one', async () => {
      const el = await fixture<AdapterProbe>(html`<adapter-probe></adapter-probe>`);
      expect(el.effectiveAdapter).to.equal(undefined);
    });

    it('uses the adapter property, wrapped so bad answers become bad_response', async () => {
      const el = await fixture<AdapterProbe>(html`<adapter-probe></adapter-probe>`);
      const adapter = fakeAdapter('own');
      el.adapter = adapter;
      expect(el.effectiveAdapter).to.be.instanceOf(CheckedAdapter);
      expect(innerOf(el.effectiveAdapter)).to.equal(adapter);
      expect(el.effectiveAdapter).to.equal(el.effectiveAdapter, 'wrapper is cached per adapter');
      const error = await el.effectiveAdapter!.listUsers({ offset: 0, limit: 5 }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(UsersError);
      expect((error as UsersError).code).to.equal('bad_response');
      expect((error as UsersError).field).to.equal('items');
    });

    it('takes the adapter from the nearest provider, and follows a replaced one', async () => {
      const first = fakeAdapter('first');
      const provider = await fixture<UsersProvider>(
        html`<users-provider .adapter=${first}><adapter-probe></adapter-probe></users-provider>`,
      );
      const el = provider.querySelector('adapter-probe') as AdapterProbe;
      await el.updateComplete;
      expect(innerOf(el.effectiveAdapter)).to.equal(first);
      const changesBefore = el.adapterChanges;

      const second = fakeAdapter('second');
      provider.adapter = second;
      await provider.updateComplete;
      await el.updateComplete;
      expect(innerOf(el.effectiveAdapter)).to.equal(second);
      expect(el.adapterChanges).to.equal(changesBefore + 1);
    });

    it('prefers its own adapter property over the provided one', async () => {
      const provided = fakeAdapter('provided');
      const own = fakeAdapter('own');
      const provider = await fixture<UsersProvider>(
        html`<users-provider .adapter=${provided}><adapter-probe .adapter=${own}></adapter-probe></users-provider>`,
      );
      const el = provider.querySelector('adapter-probe') as AdapterProbe;
      await el.updateComplete;
      expect(innerOf(el.effectiveAdapter)).to.equal(own);

      // Replacing the provided adapter changes nothing for an element with its own.
      const changesBefore = el.adapterChanges;
      provider.adapter = fakeAdapter('other');
      await provider.updateComplete;
      await el.updateComplete;
      expect(innerOf(el.effectiveAdapter)).to.equal(own);
      expect(el.adapterChanges).to.equal(changesBefore);

      el.adapter = undefined;
      await el.updateComplete;
      expect((innerOf(el.effectiveAdapter) as unknown as { label: string }).label).to.equal('other');
    });

    it('reaches elements inside another element’s shadow root', async () => {
      const provided = fakeAdapter('provided');
      const provider = await fixture<UsersProvider>(
        html`<users-provider .adapter=${provided}><div></div></users-provider>`,
      );
      const shadowHost = provider.querySelector('div')!;
      const el = document.createElement('adapter-probe') as AdapterProbe;
      shadowHost.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      expect(innerOf(el.effectiveAdapter)).to.equal(provided);
    });
  });

  describe('emit', () => {
    it('dispatches a bubbling, composed event with the detail', () => {
      // Built by hand: open-wc's fixture waits for an animation frame when the root is not a Lit
      // element, and frames don't come while a parallel test page is in the background.
      const outer = document.createElement('div');
      document.body.append(outer);
      try {
        const el = document.createElement('adapter-probe') as AdapterProbe;
        outer.attachShadow({ mode: 'open' }).append(el);
        let received: CustomEvent<{ user: User; outcome: string }> | undefined;
        document.body.addEventListener('user-invited', (event) => (received = event), { once: true });
        expect(el.emit('user-invited', { user, outcome: 'created' })).to.equal(true);
        expect(received, 'event crossed the shadow root to <body>').not.to.equal(undefined);
        expect(received!.detail).to.deep.equal({ user, outcome: 'created' });
        expect(received!.cancelable).to.equal(false);
      } finally {
        outer.remove();
      }
    });

    it('returns false when a listener cancels a cancelable event', async () => {
      const el = await fixture<AdapterProbe>(html`<adapter-probe></adapter-probe>`);
      const veto = (event: Event) => event.preventDefault();
      document.addEventListener('user-remove-request', veto);
      try {
        expect(el.emit('user-remove-request', { user }, { cancelable: true })).to.equal(false);
      } finally {
        document.removeEventListener('user-remove-request', veto);
      }
      expect(el.emit('user-remove-request', { user }, { cancelable: true })).to.equal(true);
    });

    it('cannot be vetoed when not cancelable', async () => {
      const el = await fixture<AdapterProbe>(html`<adapter-probe></adapter-probe>`);
      el.addEventListener('user-removed', (event) => event.preventDefault());
      expect(el.emit('user-removed', { user })).to.equal(true);
    });
  });

  describe('defineElement', () => {
    it('registers once and ignores a second definition of the same tag', () => {
      class Twice extends UsersElement {}
      defineElement('define-twice-probe', Twice);
      expect(customElements.get('define-twice-probe')).to.equal(Twice);
      expect(() => defineElement('define-twice-probe', Twice)).not.to.throw();

      class Other extends UsersElement {}
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        expect(() => defineElement('define-twice-probe', Other)).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('define-twice-probe')).to.equal(Twice);
      expect(warnings).to.have.length(1);
    });

    it('registers <users-provider>', () => {
      expect(customElements.get('users-provider')).to.equal(document.createElement('users-provider').constructor);
    });
  });

  describe('theme', () => {
    it('pins dark colours with theme="dark" and lets the host override a token', async () => {
      const el = await fixture<AdapterProbe>(html`<adapter-probe theme="light"></adapter-probe>`);
      const color = () => getComputedStyle(el).color;
      expect(color()).to.equal('rgb(29, 36, 51)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(color()).to.equal('rgb(232, 235, 240)');
      el.style.setProperty('--users-color-text', 'rgb(1, 2, 3)');
      expect(color()).to.equal('rgb(1, 2, 3)');
    });
  });
});
