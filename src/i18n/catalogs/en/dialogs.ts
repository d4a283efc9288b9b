/** Strings of the invite, edit and delete dialogs. English is the source of truth: add keys here first. */
export const dialogs = {};

export type DialogsMessages = typeof dialogs;
