import type { BulkMessages } from '../en/bulk.js';
import { formatNumber } from '../../format.js';
import { plural } from '../../plural.js';

const n = (value: number) => formatNumber(value, 'ru');
const users = (count: number) =>
  `${n(count)} ${plural('ru', count, { one: 'пользователь', few: 'пользователя', many: 'пользователей', other: 'пользователя' })}`;
const usersGenitive = (count: number) =>
  `${n(count)} ${plural('ru', count, { one: 'пользователя', few: 'пользователей', many: 'пользователей', other: 'пользователя' })}`;

export const bulk: BulkMessages = {
  titles: {
    setRole: 'Изменить роль',
    resendInvite: 'Отправить приглашения повторно',
    remove: 'Удалить из аккаунта',
    export: 'Экспорт пользователей',
  },
  question: {
    setRole: ({ count, role }) => `Изменить роль ${usersGenitive(count)} на «${role}»?`,
    resendInvite: ({ count }) => `Повторно отправить приглашение ${usersGenitive(count)}?`,
    remove: ({ count }) =>
      `Удалить ${usersGenitive(count)} из этого аккаунта? Они потеряют к нему доступ; другие их аккаунты не изменятся.`,
  },
  nothingToDo: 'Ни одного из выбранных пользователей нельзя так изменить.',
  roleLabel: 'Новая роль',
  skippedHeading: ({ count }) => `Будут пропущены: ${users(count)}`,
  skippedList: ({ count }) => `Пропущены: ${users(count)}`,
  skipReasons: {
    self: 'это вы',
    last_admin: 'последний администратор',
    already_activated: 'уже активирован',
    same_role: 'уже имеет эту роль',
    not_admin: 'нет прав',
    not_own_row: 'нет прав',
    unknown_role: 'роль неизвестна',
    tokens_block: ({ count }) => `активных API-токенов: ${n(count)}`,
  },
  showTokens: ({ user }) => `Показать токены: ${user}`,
  confirm: {
    setRole: 'Изменить роль',
    resendInvite: 'Отправить',
    remove: 'Удалить',
  },
  progress: ({ done, total }) => `${n(done)} из ${n(total)}`,
  progressLabel: 'Ход выполнения',
  running: {
    setRole: 'Роли меняются…',
    resendInvite: 'Приглашения отправляются…',
    remove: 'Пользователи удаляются…',
    export: 'Экспорт…',
  },
  cancel: 'Отмена',
  result: {
    succeeded: ({ count }) => `Готово: ${users(count)}.`,
    failed: ({ count }) => `Не удалось: ${users(count)}:`,
    cancelled: ({ count }) => `Не отправлено (отменено): ${users(count)}.`,
  },
  retryFailed: 'Повторить неудавшиеся',
  exported: ({ count, file }) => `Экспортировано в ${file}: ${users(count)}.`,
  exportFailed: 'Экспорт остановлен.',
  csvRoleUnknown: 'Неизвестная роль',
};
