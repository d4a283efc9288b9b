import { useCallback, useEffect, useRef, useState } from 'react';
import { GcoreIamAdapter, type OfferedLanguage, type UsersAdapter } from '../../../src/index.js';
import type { UsersEvent, UsersEventName } from '../../../src/events.js';
import { createReferenceInstance, referenceAuth } from '../../server/reference-client.js';
import { LANGUAGES, summarize } from '../shared/host-demo.js';

interface LoggedEvent {
  readonly key: number;
  readonly text: string;
}

/**
 * A React 19 host: `<user-list>` on a fresh account of the reference Gcore IAM server. React 19
 * sets `adapter` as a property (the element defines one), passes `lang` through, and turns each
 * `on<event>` prop into a listener for that DOM event; the last events land in the log.
 */
export function App() {
  const [adapter, setAdapter] = useState<UsersAdapter>();
  const [failure, setFailure] = useState<string>();
  const [lang, setLang] = useState<OfferedLanguage>('en');
  const [received, setReceived] = useState<readonly LoggedEvent[]>([]);
  const nextKey = useRef(0);

  useEffect(() => {
    // A fresh account on every load, so the demo (and its test) starts from the seed.
    let current = true;
    const instance = createReferenceInstance();
    instance.then(
      (server) => {
        if (!current) return;
        setAdapter(
          new GcoreIamAdapter({ baseUrl: server.baseUrl, clientId: server.clientId, auth: () => referenceAuth(1) }),
        );
      },
      (error: unknown) => current && setFailure(String(error)),
    );
    return () => {
      current = false;
      void instance.then((server) => server.dispose()).catch(() => undefined);
    };
  }, []);

  const log = useCallback((text: string) => {
    const key = nextKey.current++;
    setReceived((list) => [{ key, text }, ...list].slice(0, 20));
  }, []);
  const hear = useCallback((event: UsersEvent<UsersEventName>) => log(summarize(event)), [log]);

  return (
    <>
      <header className="host-header">
        <h1>users-widget in React 19</h1>
        <label>
          Language{' '}
          <select value={lang} onChange={(event) => setLang(event.target.value as OfferedLanguage)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="host-layout">
        <main>
          {adapter ? (
            <user-list
              adapter={adapter}
              lang={lang}
              onuser-invited={(event) => log(`user-invited · ${event.detail.user.email}`)}
              onuser-updated={hear}
              onuser-removed={hear}
              oninvite-resent={hear}
              ontoken-deleted={hear}
              onuser-remove-request={hear}
              ontoken-delete-request={hear}
              onusers-error={hear}
            />
          ) : (
            <p role="status">{failure ?? 'Creating a fresh account on the reference server…'}</p>
          )}
        </main>
        <aside className="host-log" aria-labelledby="events-title">
          <h2 id="events-title">Events the host received</h2>
          <ol id="event-log" className="event-log">
            {received.map((entry) => (
              <li key={entry.key}>{entry.text}</li>
            ))}
          </ol>
        </aside>
      </div>
    </>
  );
}
