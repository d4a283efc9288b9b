import { expect, html } from '@open-wc/testing';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import {
  $,
  allText,
  cell,
  expectedDate,
  headers,
  mountList,
  row,
  seededAdapter,
  settled,
  visibleText,
} from './helpers.js';

/** Waits for the language's catalog, which loads on first use. */
async function inLanguage(lang: string): Promise<{ el: ApiTokenList; ciExpiry: string; ciLastUsed: string }> {
  const adapter = seededAdapter();
  const [ci] = await adapter.listApiTokens({ issuedBy: SEED.engineerId });
  const el = await mountList(html`<api-token-list lang=${lang} status="all" .adapter=${adapter}></api-token-list>`);
  const heading = { de: 'API-Tokens', zh: 'API 令牌', ru: 'API-токены' }[lang];
  for (let i = 0; i < 50 && visibleText($(el, 'h2')!) !== heading; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await settled(el);
  return { el, ciExpiry: ci!.expDate!, ciLastUsed: ci!.lastUsage! };
}

const expectations = {
  de: {
    headers: [
      'ID',
      'Token-Name',
      'Ausgestellt von',
      'Rolle',
      'Status',
      'Läuft ab',
      'Beschreibung',
      'Zuletzt verwendet',
      'Aktionen',
    ],
    active: 'Aktiv',
    expired: 'Abgelaufen',
    deleted: 'Gelöscht',
    never: 'Nie',
    notUsed: 'Noch nicht verwendet',
    hint: 'Der Benutzer wurde gelöscht',
    soon: 'Läuft bald ab, in 3 Tagen',
    role: 'Administratoren',
    deleteLabel: 'Token Terraform löschen',
  },
  zh: {
    headers: ['ID', '令牌名称', '颁发者', '角色', '状态', '过期时间', '描述', '上次使用', '操作'],
    active: '有效',
    expired: '已过期',
    deleted: '已删除',
    never: '永不过期',
    notUsed: '尚未使用',
    hint: '该用户已被删除',
    soon: '即将过期，3天后',
    role: undefined,
    deleteLabel: '删除令牌 Terraform',
  },
  ru: {
    headers: [
      'ID',
      'Название токена',
      'Кем выпущен',
      'Роль',
      'Статус',
      'Срок действия',
      'Описание',
      'Последнее использование',
      'Действия',
    ],
    active: 'Активен',
    expired: 'Истёк',
    deleted: 'Удалён',
    never: 'Бессрочно',
    notUsed: 'Ещё не использовался',
    hint: 'Пользователь удалён',
    soon: 'Скоро истекает: через 3 дня',
    role: undefined,
    deleteLabel: 'Удалить токен Terraform',
  },
} as const;

describe('<api-token-list>: languages', () => {
  for (const [lang, expected] of Object.entries(expectations)) {
    it(`speaks ${lang}, dates formatted by Intl in ${lang}`, async () => {
      const { el, ciExpiry, ciLastUsed } = await inLanguage(lang);
      expect(headers(el)).to.deep.equal(expected.headers);
      expect(visibleText(cell(row(el, 'Terraform'), 'status'))).to.equal(expected.active);
      expect(visibleText(cell(row(el, 'Old script'), 'status'))).to.equal(expected.expired);
      expect(visibleText(cell(row(el, 'Monitoring'), 'status'))).to.equal(expected.deleted);
      expect(visibleText(cell(row(el, 'Terraform'), 'expires'))).to.equal(expected.never);
      expect(visibleText(cell(row(el, 'Old script'), 'lastUsed'))).to.equal(expected.notUsed);
      expect(allText(cell(row(el, 'Monitoring'), 'issuer'))).to.contain(expected.hint);
      const ciExpires = cell(row(el, 'CI deploy'), 'expires');
      expect(visibleText(ciExpires)).to.equal(`${expectedDate(ciExpiry, lang)} !`);
      expect(allText(ciExpires.querySelector('[part~="expiry-warning"] .visually-hidden')!)).to.equal(expected.soon);
      expect(visibleText(cell(row(el, 'CI deploy'), 'lastUsed'))).to.equal(expectedDate(ciLastUsed, lang));
      const deleteButton = cell(row(el, 'Terraform'), 'actions').querySelector('button')!;
      expect(deleteButton.getAttribute('aria-label')).to.equal(expected.deleteLabel);
      // The roles come from the shared catalog; checked where this file knows the word.
      if (expected.role) expect(visibleText(cell(row(el, 'Terraform'), 'role'))).to.equal(expected.role);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a language change at runtime', async () => {
    const { el } = await inLanguage('de');
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(visibleText($(el, 'h2')!)).to.equal('API tokens');
    expect(visibleText(cell(row(el, 'Terraform'), 'expires'))).to.equal('Never');
  });
});
