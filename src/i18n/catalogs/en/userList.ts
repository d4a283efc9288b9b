/** Strings of the user list (table, search, filters, row menu, pagination). English is the source of truth: add keys here first. */
export const userList = {};

export type UserListMessages = typeof userList;
