import { createContext } from '@lit/context';
import type { UsersAdapter } from '../adapters/users-adapter.js';

/**
 * The backend every element in a subtree talks to. A Symbol key, so two copies of the widget on
 * one page never hand each other their adapters.
 */
export const adapterContext = createContext<UsersAdapter | undefined>(Symbol('users-widget.adapter'));
