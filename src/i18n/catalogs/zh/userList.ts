import type { UserListMessages } from '../en/userList.js';

export const userList: UserListMessages = {};
