import type { RoleMessages } from '../en/roles.js';

export const roles: RoleMessages = {
  administrators: {
    label: '管理员',
    description: '拥有全部权限，可以邀请和管理用户。管理员可以创建具有下列所有角色（包括“管理员”）的 API 令牌。',
  },
  engineers: {
    label: '工程师',
    description: '有权管理设置、账单信息和个人信息。工程师可以创建具有下列所有角色（包括“工程师”）的 API 令牌。',
  },
  purgeApiWeb: {
    label: '仅清除和预取（API 和 Web）',
    description:
      '有权在控制面板中和通过 API 执行清除和预取，并可查看设置和统计数据。具有此角色的用户可以创建具有下列所有角色（包括“仅清除和预取（API 和 Web）”）的 API 令牌。',
  },
  purgeApi: {
    label: '仅清除和预取（API）',
    description:
      '有权通过 API 执行清除和预取。具有此角色的用户可以创建具有“用户”和“仅清除和预取（API）”角色的 API 令牌。',
  },
  users: {
    label: '用户',
    description: '对设置和统计数据仅有查看权限。具有此角色的用户可以创建具有“用户”角色的 API 令牌。',
  },
};
