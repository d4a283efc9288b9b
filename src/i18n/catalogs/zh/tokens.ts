import type { TokensMessages } from '../en/tokens.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'zh');

export const tokens: TokensMessages = {
  heading: 'API 令牌',
  caption: 'API 令牌',
  columns: {
    id: 'ID',
    name: '令牌名称',
    issuer: '颁发者',
    role: '角色',
    status: '状态',
    expires: '过期时间',
    description: '描述',
    lastUsed: '上次使用',
    actions: '操作',
  },
  status: {
    active: '有效',
    expired: '已过期',
    deleted: '已删除',
  },
  filters: {
    label: '筛选 API 令牌',
    status: '状态',
    all: '全部',
    issuer: '颁发者',
    allIssuers: '所有用户',
    deletedIssuer: ({ issuer }) => `${issuer}（已删除的用户）`,
    unknownIssuer: ({ id }) => `用户 ${id}`,
  },
  never: '永不过期',
  notUsedYet: '尚未使用',
  noDescription: '无描述',
  expiresSoon: ({ when }) => `即将过期，${when}`,
  issuerDeleted: '该用户已被删除',
  loading: '正在加载 API 令牌…',
  empty: {
    active: '没有有效的 API 令牌。',
    expired: '没有已过期的 API 令牌。',
    deleted: '没有已删除的 API 令牌。',
    all: '还没有 API 令牌。',
  },
  emptyForIssuer: {
    active: ({ issuer }) => `${issuer} 没有有效的 API 令牌。`,
    expired: ({ issuer }) => `${issuer} 没有已过期的 API 令牌。`,
    deleted: ({ issuer }) => `${issuer} 没有已删除的 API 令牌。`,
    all: ({ issuer }) => `${issuer} 没有 API 令牌。`,
  },
  pager: {
    label: 'API 令牌分页',
    showing: ({ from, to, total }) => `显示第 ${n(from)}–${n(to)} 个，共 ${n(total)} 个令牌`,
  },
  delete: {
    action: ({ name }) => `删除令牌 ${name}`,
    title: '删除 API 令牌？',
    body: ({ name }) => `令牌“${name}”将立即失效：所有使用它的应用都将失去 API 访问权限。此操作无法撤销。`,
    confirm: '删除令牌',
    deleting: '正在删除…',
    done: ({ name }) => `令牌“${name}”已删除。`,
    notFound: '该令牌已不存在。列表已刷新。',
  },
};
