import { expect, html } from '@open-wc/testing';
import { SEED } from '../../../src/adapters/memory/index.js';
import {
  $,
  allText,
  cell,
  expectedDate,
  headers,
  mountList,
  row,
  rowNames,
  seededAdapter,
  visibleText,
} from './helpers.js';

describe('<api-token-list>: the table', () => {
  it('shows the columns, and only active tokens by default', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);

    expect(visibleText($(el, 'h2')!)).to.equal('API tokens');
    expect(headers(el)).to.deep.equal([
      'ID',
      'Token name',
      'Issued by',
      'Role',
      'Status',
      'Expires',
      'Description',
      'Last used',
      'Actions',
    ]);
    expect(rowNames(el)).to.deep.equal(['CI deploy', 'Terraform']);
    expect(adapter.callsOf('listApiTokens').map((call) => call.args[0])).to.deep.equal([{}]);
    await expect(el).to.be.accessible();
  });

  it('fills each cell from the token, dates in the UI language', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const [ci] = await adapter.listApiTokens({ issuedBy: SEED.engineerId });

    const ciRow = row(el, 'CI deploy');
    expect(visibleText(cell(ciRow, 'id'))).to.equal(String(ci!.id));
    expect(visibleText(cell(ciRow, 'issuer'))).to.equal('Linus Engineer linus.engineer@example.com');
    expect(visibleText(cell(ciRow, 'role'))).to.equal('Engineers');
    expect(visibleText(cell(ciRow, 'status'))).to.equal('Active');
    expect(visibleText(cell(ciRow, 'description'))).to.equal('Purges the CDN cache after each release');
    expect(visibleText(cell(ciRow, 'lastUsed'))).to.equal(expectedDate(ci!.lastUsage!, 'en'));

    const terraform = row(el, 'Terraform');
    expect(visibleText(cell(terraform, 'expires'))).to.equal('Never');
    expect(visibleText(cell(terraform, 'role'))).to.equal('Administrators');
    // No description: a dash for the eye, words for the ear.
    expect(visibleText(cell(terraform, 'description'))).to.equal('—');
    expect(allText(cell(terraform, 'description'))).to.contain('No description');
  });

  it('marks an active token expiring within 7 days, with words for screen readers', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const [ci] = await adapter.listApiTokens({ issuedBy: SEED.engineerId });

    const expires = cell(row(el, 'CI deploy'), 'expires');
    expect(visibleText(expires)).to.equal(`${expectedDate(ci!.expDate!, 'en')} !`);
    const warning = expires.querySelector('[part~="expiry-warning"]')!;
    expect(warning.querySelector('[aria-hidden="true"]')!.textContent).to.equal('!');
    expect(allText(warning.querySelector('.visually-hidden')!)).to.equal('Expires soon, in 3 days');

    expect(cell(row(el, 'Terraform'), 'expires').querySelector('[part~="expiry-warning"]')).to.equal(null);
  });

  it('warns at 7 days but not at 8, and never for tokens that are no longer active', async () => {
    const adapter = seededAdapter();
    const day = 86_400_000;
    const at = (days: number) => new Date(Date.now() + days * day).toISOString();
    adapter.backend.addApiToken({ issuerId: SEED.adminId, name: 'Seven days', expDate: at(7) });
    adapter.backend.addApiToken({ issuerId: SEED.adminId, name: 'Eight days', expDate: at(8) });
    adapter.backend.addApiToken({ issuerId: SEED.adminId, name: 'Deleted soon', expDate: at(2), deleted: true });
    const el = await mountList(html`<api-token-list .adapter=${adapter} status="all"></api-token-list>`);

    const warned = (name: string) => cell(row(el, name), 'expires').querySelector('[part~="expiry-warning"]') !== null;
    expect(warned('Seven days')).to.equal(true);
    expect(warned('Eight days')).to.equal(false);
    expect(warned('Deleted soon')).to.equal(false);
    expect(warned('Old script'), 'expired').to.equal(false);
  });

  it('says "Not used yet" for a token never used', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="expired"></api-token-list>`);
    expect(visibleText(cell(row(el, 'Old script'), 'lastUsed'))).to.equal('Not used yet');
    expect(visibleText(cell(row(el, 'Old script'), 'status'))).to.equal('Expired');
  });

  it('shows the three statuses as badges', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="all"></api-token-list>`);
    const badge = (name: string) => cell(row(el, name), 'status').querySelector('[part~="status-badge"]')!;
    expect(badge('Terraform').getAttribute('part')).to.equal('status-badge status-active');
    expect(visibleText(badge('Old script'))).to.equal('Expired');
    expect(badge('Old script').getAttribute('part')).to.equal('status-badge status-expired');
    expect(visibleText(badge('Monitoring'))).to.equal('Deleted');
    expect(badge('Monitoring').getAttribute('part')).to.equal('status-badge status-deleted');
    await expect(el).to.be.accessible();
  });

  it('stays accessible in the dark theme, contrast included', async () => {
    const el = await mountList(
      html`<api-token-list .adapter=${seededAdapter()} status="all" theme="dark"></api-token-list>`,
    );
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    // The widget leaves the page colour to its host (as the stories do): a dark page, as a host would have.
    document.body.style.background = getComputedStyle(el).getPropertyValue('--_users-color-background');
    try {
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
    }
  });

  it('renders server text as text, never as markup', async () => {
    const adapter = seededAdapter();
    adapter.backend.addApiToken({
      issuerId: SEED.adminId,
      name: '<img src=x onerror=alert(1)>',
      description: '<b>bold</b>',
    });
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const hostile = row(el, '<img src=x onerror=alert(1)>');
    expect(hostile.querySelector('img, b')).to.equal(null);
    expect(visibleText(cell(hostile, 'description'))).to.equal('<b>bold</b>');
  });
});

describe('<api-token-list>: removed issuers', () => {
  it('strikes the name and email through', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="all"></api-token-list>`);
    for (const name of ['Monitoring', 'Log export']) {
      const issuer = cell(row(el, name), 'issuer');
      const struck = [...issuer.querySelectorAll('s')].map((s) => s.textContent);
      expect(struck, name).to.deep.equal(['Fiona Former', 'former.colleague@example.com']);
    }
    expect(cell(row(el, 'Terraform'), 'issuer').querySelector('s')).to.equal(null);
    expect(cell(row(el, 'Terraform'), 'issuer').querySelector('[role="tooltip"]')).to.equal(null);
  });

  it('has the hint as text a screen reader reads, and as the description of a tab stop', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="all"></api-token-list>`);
    const issuer = cell(row(el, 'Monitoring'), 'issuer').querySelector<HTMLElement>('[part~="issuer-deleted"]')!;
    expect(issuer.tabIndex).to.equal(0);
    const hint = el.shadowRoot!.getElementById(issuer.getAttribute('aria-describedby')!)!;
    expect(hint.getAttribute('role')).to.equal('tooltip');
    expect(hint.textContent).to.equal('The user has been deleted');
    // In the reading order (not display:none), so browsing the table reads it after the name.
    expect(issuer.contains(hint)).to.equal(true);
    expect(getComputedStyle(hint).display).not.to.equal('none');
    expect(getComputedStyle(hint).visibility).to.equal('visible');
    await expect(el).to.be.accessible();
  });
});
