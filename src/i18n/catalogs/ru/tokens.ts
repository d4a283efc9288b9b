import type { TokensMessages } from '../en/tokens.js';

export const tokens: TokensMessages = {};
