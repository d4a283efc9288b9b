import '../src/index.js';
import { GcoreIamAdapter } from '../src/adapters/gcore/index.js';
import { USERS_EVENT_NAMES } from '../src/events.js';
import { referenceAuth } from './server/reference-auth.js';
import { referenceInstance } from './server/reference-client.js';

/**
 * The demo portal: `<user-list>` and `<api-token-list>` on an account-settings page, talking to the
 * reference Gcore IAM server (mounted at /api by vite.config.ts) through the real Gcore adapter.
 * The control panel changes what a host would (the adapter, `lang`, the theme) and what a flaky
 * server would do (latency, failures), so every state can be seen without writing code.
 */

const server = referenceInstance('/api', 42);
const userList = document.querySelector('user-list')!;
const tokenList = document.querySelector('api-token-list')!;
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function signIn(userId: number): void {
  // A new adapter per session: the widget reloads everything for the new user.
  const adapter = new GcoreIamAdapter({
    baseUrl: server.baseUrl,
    clientId: server.clientId,
    auth: () => referenceAuth(userId),
  });
  userList.adapter = adapter;
  tokenList.adapter = adapter;
}

function showView(view: string): void {
  for (const section of document.querySelectorAll<HTMLElement>('.view')) section.hidden = section.id !== `view-${view}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view]')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

const FAILURES: Record<string, { status: number; body: string; contentType: string }> = {
  '500': { status: 500, body: '{"message":"Internal server error"}', contentType: 'application/json' },
  '502-html': { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' },
  '401': { status: 401, body: '{"detail":"Token is expired"}', contentType: 'application/json' },
  '403': {
    status: 403,
    body: '{"message":"You do not have permission to perform this action."}',
    contentType: 'application/json',
  },
  '429': { status: 429, body: '{"message":"Request was throttled."}', contentType: 'application/json' },
  '200-malformed': { status: 200, body: '{"count": 3, "results": [', contentType: 'application/json' },
  '200-wrong-shape': { status: 200, body: '{"count": 1, "results": [{"id": "one"}]}', contentType: 'application/json' },
};

const status = $('#control-status');
async function control(action: () => Promise<unknown>, done: string): Promise<void> {
  try {
    await action();
    status.textContent = done;
  } catch (error) {
    status.textContent = `The control request failed: ${String(error)}`;
  }
}

$<HTMLSelectElement>('#signed-in-as').addEventListener('change', (event) =>
  signIn(Number((event.target as HTMLSelectElement).value)),
);
$<HTMLSelectElement>('#language').addEventListener('change', (event) => {
  document.documentElement.lang = (event.target as HTMLSelectElement).value;
});
$<HTMLSelectElement>('#theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value as '' | 'light' | 'dark';
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  userList.theme = theme || undefined;
  tokenList.theme = theme || undefined;
});
$<HTMLSelectElement>('#latency').addEventListener('change', (event) => {
  const ms = Number((event.target as HTMLSelectElement).value);
  void control(() => server.latency(ms), ms ? `Every request now takes ${ms} ms.` : 'Latency removed.');
});
$('#arm-failure').addEventListener('click', () => {
  const failure = FAILURES[$<HTMLSelectElement>('#failure').value];
  if (!failure) return;
  void control(() => server.failNext(failure), `The next request will answer ${failure.status}.`);
});
$('#reset').addEventListener('click', () => {
  void control(async () => {
    await server.reset();
    signIn(Number($<HTMLSelectElement>('#signed-in-as').value));
  }, 'The account was reset to its seed.');
});
window.addEventListener('hashchange', () => showView(location.hash === '#tokens' ? 'tokens' : 'users'));

// What a host hears from the widget: every event lands in the log.
const log = $('#event-log');
for (const name of USERS_EVENT_NAMES) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const subject = (detail.user ?? detail.token ?? detail.error) as { email?: string; name?: string; code?: string };
    item.textContent = `${name}${subject ? ` · ${subject.email ?? subject.name ?? subject.code ?? ''}` : ''}`;
    log.prepend(item);
  });
}

signIn(1);
showView(location.hash === '#tokens' ? 'tokens' : 'users');
