import type { CommonMessages } from '../en/common.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'zh');

export const common: CommonMessages = {
  cancel: '取消',
  save: '保存',
  saving: '正在保存…',
  close: '关闭',
  dismiss: '关闭通知',
  tryAgain: '重试',
  delete: '删除',
  edit: '编辑',
  loading: '正在加载…',
  optional: '可选',
  required: '必填',
  you: '您',
  activated: '已激活',
  notActivated: '未激活',
  enabled: '已启用',
  disabled: '未启用',
  notSet: '未设置',
  nameAndEmail: ({ name, email }) => `${name}（${email}）`,
  pager: {
    previous: '上一页',
    next: '下一页',
    page: ({ page }) => `第 ${n(page)} 页`,
    pageSize: '每页条目数',
  },
  languages: {
    en: '英语',
    de: '德语',
    zh: '中文',
    ru: '俄语',
    az: '阿塞拜疆语',
  },
};
