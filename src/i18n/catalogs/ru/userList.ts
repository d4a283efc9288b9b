import type { UserListMessages } from '../en/userList.js';
import { formatNumber } from '../../format.js';
import { plural } from '../../plural.js';

const n = (value: number) => formatNumber(value, 'ru');

export const userList: UserListMessages = {
  heading: 'Пользователи',
  invite: 'Пригласить пользователя',
  search: {
    label: 'Поиск',
    placeholder: 'ID, email или имя',
  },
  filters: {
    label: 'Фильтры',
    roles: 'Роли',
    languages: 'Язык',
    status: 'Статус',
    twoFa: 'Двухфакторная аутентификация',
    all: 'Все',
    selectedCount: ({ selected, total }) => `Выбрано ${n(selected)} из ${n(total)}`,
    clear: 'Сбросить фильтры',
    toggle: 'Фильтры',
  },
  columns: {
    id: 'ID',
    email: 'Email',
    name: 'Имя',
    role: 'Роль',
    lang: 'Язык',
    status: 'Статус',
    twoFa: 'Двухфакторная аутентификация',
    actions: 'Действия',
  },
  sort: {
    label: 'Сортировка',
    option: ({ column, direction }) => `${column}, ${direction === 'asc' ? 'по возрастанию' : 'по убыванию'}`,
  },
  twoFaShort: '2FA',
  rowActions: ({ user }) => `Действия для ${user}`,
  actions: {
    edit: 'Изменить',
    resendInvite: 'Отправить приглашение повторно',
    delete: 'Удалить',
  },
  justInvited: 'Новый',
  pager: {
    label: 'Страницы',
    showing: ({ from, to, total }) =>
      `Показаны ${n(from)}–${n(to)} из ${n(total)} ${plural('ru', total, { one: 'записи', other: 'записей' })}`,
  },
  states: {
    loading: 'Загрузка пользователей…',
    empty: 'В этом аккаунте пока нет пользователей.',
    noMatch: 'Нет пользователей, соответствующих поиску и фильтрам.',
    loadFailed: 'Не удалось загрузить пользователей.',
  },
  announcements: {
    invited: ({ email }) => `Приглашение отправлено на ${email}.`,
    grantedAccess: ({ email }) => `${email} теперь имеет доступ к этому аккаунту.`,
    updated: ({ user }) => `Пользователь ${user} обновлён.`,
    removed: ({ user }) => `Пользователь ${user} удалён.`,
    resent: ({ email }) => `Приглашение повторно отправлено на ${email}.`,
    resentRecently: ({ email }) =>
      `Приглашение на ${email} отправлено меньше минуты назад. Подождите немного, прежде чем отправлять ещё одно.`,
    resendFailed: ({ email, message }) => `Не удалось повторно отправить приглашение на ${email}. ${message}`,
  },
};
