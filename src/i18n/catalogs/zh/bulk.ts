import type { BulkMessages } from '../en/bulk.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'zh');

export const bulk: BulkMessages = {
  titles: {
    setRole: '更改角色',
    resendInvite: '重新发送邀请',
    remove: '从账户中移除',
    export: '导出用户',
  },
  question: {
    setRole: ({ count, role }) => `将 ${n(count)} 个用户的角色更改为${role}？`,
    resendInvite: ({ count }) => `向 ${n(count)} 个用户重新发送邀请？`,
    remove: ({ count }) => `从此账户中移除 ${n(count)} 个用户？他们将失去对此账户的访问权限；其他账户不受影响。`,
  },
  nothingToDo: '所选用户都无法进行此项更改。',
  roleLabel: '新角色',
  skippedHeading: ({ count }) => `将跳过 ${n(count)} 个用户：`,
  skippedList: ({ count }) => `已跳过 ${n(count)} 个用户：`,
  skipReasons: {
    self: '您自己',
    last_admin: '最后一位管理员',
    already_activated: '已激活',
    same_role: '已是此角色',
    not_admin: '无权限',
    not_own_row: '无权限',
    unknown_role: '角色未知',
    tokens_block: ({ count }) => `有 ${n(count)} 个有效的 API 令牌`,
  },
  showTokens: ({ user }) => `查看${user}的令牌`,
  confirm: {
    setRole: '更改角色',
    resendInvite: '重新发送',
    remove: '移除',
  },
  progress: ({ done, total }) => `${n(done)} / ${n(total)}`,
  progressLabel: '进度',
  running: {
    setRole: '正在更改角色…',
    resendInvite: '正在发送邀请…',
    remove: '正在移除用户…',
    export: '正在导出…',
  },
  cancel: '取消',
  result: {
    succeeded: ({ count }) => `已完成 ${n(count)} 个用户。`,
    failed: ({ count }) => `${n(count)} 个用户失败：`,
    cancelled: ({ count }) => `${n(count)} 个用户未发送：已取消。`,
  },
  retryFailed: '重试失败项',
  exported: ({ count, file }) => `已将 ${n(count)} 个用户导出到 ${file}。`,
  exportFailed: '导出已中止。',
  csvRoleUnknown: '未知角色',
};
