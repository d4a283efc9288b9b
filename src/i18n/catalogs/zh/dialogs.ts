import type { DialogsMessages } from '../en/dialogs.js';

export const dialogs: DialogsMessages = {};
