import type { UsersAdapter } from '../../adapters/users-adapter.js';
import {
  isActiveToken,
  isHigherRole,
  toUsersError,
  type ApiToken,
  type EditableField,
  type RoleId,
  type User,
  type UserPatch,
  type UsersError,
} from '../../core/index.js';

/** What the edit form asks for: a name/language patch, a new role, or both. */
export interface UserEdits {
  readonly patch?: UserPatch;
  readonly role?: RoleId;
}

/** One request's result: the fields it carried, and the user as saved or why it failed. */
export type SaveStep =
  | { readonly fields: readonly EditableField[]; readonly ok: true; readonly user: User }
  | { readonly fields: readonly EditableField[]; readonly ok: false; readonly error: UsersError };

/**
 * Saves name/language (`updateUser`) and role (`setUserRole`) as the two separate requests the
 * Gcore API has. Both are tried even if the first fails, so the form can say exactly what was
 * saved and what was not. Never rejects, except when aborted.
 */
export async function saveUserEdits(
  adapter: UsersAdapter,
  id: number,
  edits: UserEdits,
  signal: AbortSignal,
): Promise<SaveStep[]> {
  const steps: SaveStep[] = [];
  if (edits.patch && Object.keys(edits.patch).length > 0) {
    const fields = (['name', 'lang'] as const).filter((field) => edits.patch![field] !== undefined);
    steps.push(await attempt(fields, () => adapter.updateUser(id, edits.patch!, signal), signal));
  }
  if (edits.role !== undefined) {
    const role = edits.role;
    steps.push(await attempt(['role'], () => adapter.setUserRole(id, role, signal), signal));
  }
  return steps;
}

async function attempt(
  fields: readonly EditableField[],
  call: () => Promise<User>,
  signal: AbortSignal,
): Promise<SaveStep> {
  try {
    return { fields, ok: true, user: await call() };
  } catch (error) {
    // Leaving the page aborts the whole save; the MutationController drops it.
    if (signal.aborted) throw error;
    return { fields, ok: false, error: toUsersError(error) };
  }
}

/**
 * The tokens that keep `userId` from getting `role`: the ones the error names, else the user's
 * active tokens whose role is higher than `role` (the Gcore API names none). A token of unknown
 * role may be the one: it is listed too.
 */
export async function conflictingTokens(
  adapter: UsersAdapter,
  error: UsersError,
  userId: number,
  role: RoleId,
  signal?: AbortSignal,
): Promise<readonly ApiToken[]> {
  if (error.tokens && error.tokens.length > 0) return error.tokens;
  const tokens = await adapter.listApiTokens({ issuedBy: userId }, signal);
  return tokens.filter(
    (token) =>
      token.issuer.userId === userId && isActiveToken(token) && (token.role === null || isHigherRole(token.role, role)),
  );
}
