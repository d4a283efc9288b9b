import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/api-token-list/api-token-list.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import '../../src/components/user-list/user-list.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import { boxesPast, buttonsCut, clippedTexts, selectsHidingTheirValue } from './measure.js';
import { mountPage, unmountPage, type PageKind } from './portal-page.js';

/**
 * Both lists as a person sees them on an ordinary screen: in a portal page (sidebar, 14 px) and
 * alone (16 px), at the five everyday widths, in English, German and Chinese. Measured, not read
 * from the markup: nothing scrolls sideways or reaches past the screen, no label, heading, email
 * or name is cut from 1024 px up, no select hides its value, no button is cut, and on a phone the
 * first screen shows a user.
 */

const VIEWPORTS = [
  [1440, 900],
  [1280, 800],
  [1024, 768],
  [768, 1024],
  [375, 812],
] as const;
const LANGUAGES = ['en', 'de', 'zh'] as const;
const PAGES: readonly PageKind[] = ['portal', 'full-width'];

/** Forty characters each: the longest the issue asks to see whole. */
const FORTY_CHAR_EMAIL = 'maximilian.montgomery-ashford@example.io';
const FORTY_CHAR_NAME = 'Maximiliane Alexandra Montgomery-Ashford';

function account(): MemoryAdapter {
  const adapter = new MemoryAdapter({ userCount: 57 });
  const long = adapter.backend.addUser({ id: 6, email: FORTY_CHAR_EMAIL, name: FORTY_CHAR_NAME, role: 3009 });
  adapter.backend.addApiToken({ issuerId: long.id, name: 'Deploys from the release pipeline', role: 2 });
  return adapter;
}

async function settledList(el: UserList): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelectorAll('tbody tr[data-user-id]').length, 'no user rows', {
    timeout: 5000,
  });
  await el.updateComplete;
}

async function settledTokens(el: ApiTokenList): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="row"]').length, 'no token rows', {
    timeout: 5000,
  });
  await el.updateComplete;
}

describe('layout: both lists at everyday sizes, in every language', () => {
  after(async () => {
    unmountPage();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of VIEWPORTS) {
    for (const lang of LANGUAGES) {
      for (const page of PAGES) {
        it(`${width}×${height}, ${lang}, ${page}`, async function (this: Mocha.Context) {
          this.timeout(20_000);
          await setViewport({ width, height });
          const adapter = account();
          mountPage(
            page,
            html`<user-list lang=${lang} .adapter=${adapter} storage-key="" remember="none"></user-list>
              <api-token-list lang=${lang} .adapter=${adapter} status="all"></api-token-list>`,
          );
          const list = document.querySelector('user-list')!;
          const tokens = document.querySelector('api-token-list')!;
          await settledList(list);
          await settledTokens(tokens);
          // The catalogs of de and zh arrive lazily; measure the words a person reads.
          await waitUntil(() => list.i18n.lang === lang && tokens.i18n.lang === lang, 'language not applied');
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

          const root = document.documentElement;
          expect(root.scrollWidth, 'the page scrolls sideways').to.be.at.most(root.clientWidth);
          for (const [name, el] of [
            ['<user-list>', list],
            ['<api-token-list>', tokens],
          ] as const) {
            expect(boxesPast(el, root.clientWidth), `${name}: past the screen's edge`).to.deep.equal([]);
            expect(selectsHidingTheirValue(el), `${name}: selects`).to.deep.equal([]);
            expect(buttonsCut(el), `${name}: buttons`).to.deep.equal([]);
            if (width >= 1024) expect(clippedTexts(el), `${name}: cut text`).to.deep.equal([]);
          }
          // The forty-character values are on screen whole, wrapped if need be.
          const longRow = list.shadowRoot!.querySelector<HTMLElement>('tr[data-user-id="6"]')!;
          expect(longRow.textContent!.replace(/\s+/g, '')).to.contain(FORTY_CHAR_EMAIL);
          if (width >= 1024) expect(clippedTexts(longRow), 'the long email and name').to.deep.equal([]);

          if (width <= 375) {
            const firstRow = list.shadowRoot!.querySelector('tbody tr[data-user-id]')!;
            expect(firstRow.getBoundingClientRect().top, 'a user on the first screen').to.be.below(height - 40);
          }
        });
      }
    }
  }
});
