import type { ErrorMessages } from '../en/errors.js';

export const errors: ErrorMessages = {
  forbidden: '您无权执行此操作。',
  unauthorized: '您的会话已过期或被拒绝。请重新登录后再试。',
  not_found: '该用户已不在此账户中。请刷新列表查看当前用户。',
  already_invited: '此人已拥有此账户的访问权限。',
  cannot_add: '无法将该用户添加到此账户。',
  rate_limited: ({ limit }) => `您每天最多可以邀请 ${limit} 名新用户。请明天再试。`,
  throttled: '请求过多。请稍候再试。',
  validation: '部分信息无效。请检查标出的字段。',
  tokens_block_removal: '该用户有有效的令牌，因此无法将其移除。',
  token_role_conflict: '该用户签发了角色更高的 API 令牌。请选择更高的角色，或先删除该令牌。',
  network: '无法连接到服务器。请检查网络连接后重试。',
  timeout: '服务器未及时响应。请重试。',
  server_error: '服务器出现问题。请几分钟后重试。',
  bad_response: ({ field }) => `服务器返回了无法读取的响应（字段“${field}”）。请稍后重试或联系技术支持。`,
  aborted: '请求已取消。',
  unknown: '出现错误。请重试。',
  withServerMessage: ({ message, serverMessage }) => `${message}服务器消息：“${serverMessage}”`,
  fields: {
    email_required: '请输入电子邮件地址。',
    email_invalid: '请输入有效的电子邮件地址，例如 name@example.com。',
    email_too_long: ({ max }) => `电子邮件地址不能超过 ${max} 个字符。`,
    name_too_long: ({ max }) => `姓名不能超过 ${max} 个字符。`,
    role_invalid: '请选择角色。',
    lang_invalid: '请选择语言。',
  },
};
