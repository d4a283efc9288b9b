/** Strings of the API token list shown when tokens block a removal. English is the source of truth: add keys here first. */
export const tokens = {};

export type TokensMessages = typeof tokens;
