import type { UserListMessages } from '../en/userList.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'zh');

export const userList: UserListMessages = {
  heading: '用户',
  invite: '邀请用户',
  search: {
    label: '搜索',
    placeholder: 'ID、电子邮件或姓名',
  },
  filters: {
    label: '筛选',
    roles: '角色',
    languages: '语言',
    status: '状态',
    twoFa: '双重身份验证',
    all: '全部',
    selectedCount: ({ selected, total }) => `已选择 ${n(selected)} 项，共 ${n(total)} 项`,
    clear: '清除筛选',
    toggle: '筛选',
  },
  columns: {
    id: 'ID',
    email: '电子邮件',
    name: '姓名',
    role: '角色',
    lang: '语言',
    status: '状态',
    twoFa: '双重身份验证',
    actions: '操作',
  },
  sort: {
    label: '排序方式',
    option: ({ column, direction }) => `${column}，${direction === 'asc' ? '升序' : '降序'}`,
  },
  twoFaShort: '双重验证',
  rowActions: ({ user }) => `${user} 的操作`,
  actions: {
    edit: '编辑',
    resendInvite: '重新发送邀请',
    delete: '删除',
  },
  justInvited: '新',
  pager: {
    label: '分页',
    showing: ({ from, to, total }) => `显示第 ${n(from)}–${n(to)} 条，共 ${n(total)} 条`,
  },
  states: {
    loading: '正在加载用户…',
    empty: '此账户中还没有用户。',
    noMatch: '没有符合搜索和筛选条件的用户。',
    loadFailed: '无法加载用户。',
  },
  announcements: {
    invited: ({ email }) => `已向 ${email} 发送邀请。`,
    grantedAccess: ({ email }) => `${email} 现在可以访问此账户。`,
    updated: ({ user }) => `用户 ${user} 已更新。`,
    removed: ({ user }) => `用户 ${user} 已被移除。`,
    resent: ({ email }) => `已再次向 ${email} 发送邀请。`,
    resentRecently: ({ email }) => `不到一分钟前已向 ${email} 发送过邀请。请稍候再发送。`,
    resendFailed: ({ email, message }) => `无法再次向 ${email} 发送邀请。${message}`,
  },
};
