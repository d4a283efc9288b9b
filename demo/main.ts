import { GcoreIamAdapter } from '../src/adapters/gcore/index.js';
import { getRole, type User } from '../src/core/index.js';
import { referenceAuth } from './server/reference-auth.js';

/**
 * The demo portal, for now a plain table: the default account of the reference IAM server (mounted
 * at /api by vite.config.ts) read through the real Gcore adapter, signed in as the first admin.
 * Built with DOM APIs and textContent only, as the widget itself must be (strict CSP, no innerHTML).
 * The Lit elements replace this once they exist.
 */

const adapter = new GcoreIamAdapter({ baseUrl: '/api', clientId: 42, auth: () => referenceAuth(1) });

const status = document.querySelector<HTMLElement>('#status')!;
const table = document.querySelector<HTMLTableElement>('#users')!;

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  zh: 'Chinese',
  ru: 'Russian',
  az: 'Azerbaijani',
};

function row(user: User): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const cells = [
    String(user.id),
    user.email,
    user.name ?? '',
    getRole(user.role).apiName,
    LANGUAGE_NAMES[user.lang] ?? user.lang,
    user.activated ? 'Activated' : 'Not activated',
    user.twoFa ? 'Activated' : 'Not activated',
  ];
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}

async function showUsers(): Promise<void> {
  try {
    const page = await adapter.listUsers({ offset: 0, limit: 1000 });
    table.tBodies[0]!.replaceChildren(...page.items.map(row));
    table.hidden = false;
    status.textContent = `Showing ${page.items.length} of ${page.total} users.`;
  } catch (error) {
    status.setAttribute('role', 'alert');
    status.textContent = `Could not load the users: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void showUsers();
