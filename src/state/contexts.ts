import { createContext } from '@lit/context';
import type { UsersAdapter } from '../adapters/users-adapter.js';
import type { SessionState } from './session-state.js';

/**
 * The backend every element in a subtree talks to. A Symbol key, so two copies of the widget on
 * one page never hand each other their adapters.
 */
export const adapterContext = createContext<UsersAdapter | undefined>(Symbol('users-widget.adapter'));

/**
 * The signed-in session and the account facts the permission rules need. `<user-list>` loads it
 * once and provides it, so the dialogs it opens decide their mode without asking the backend again.
 */
export const sessionContext = createContext<SessionState | undefined>(Symbol('users-widget.session'));
