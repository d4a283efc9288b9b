import type { TokensMessages } from '../en/tokens.js';
import { plural } from '../../plural.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'ru');

export const tokens: TokensMessages = {
  heading: 'API-токены',
  caption: 'API-токены',
  columns: {
    id: 'ID',
    name: 'Название токена',
    issuer: 'Кем выпущен',
    role: 'Роль',
    status: 'Статус',
    expires: 'Срок действия',
    description: 'Описание',
    lastUsed: 'Последнее использование',
    actions: 'Действия',
  },
  status: {
    active: 'Активен',
    expired: 'Истёк',
    deleted: 'Удалён',
  },
  filters: {
    label: 'Фильтры API-токенов',
    status: 'Статус',
    all: 'Все',
    issuer: 'Кем выпущен',
    allIssuers: 'Все пользователи',
    deletedIssuer: ({ issuer }) => `${issuer} (удалённый пользователь)`,
    unknownIssuer: ({ id }) => `Пользователь ${id}`,
  },
  never: 'Бессрочно',
  notUsedYet: 'Ещё не использовался',
  noDescription: 'Без описания',
  expiresSoon: ({ when }) => `Скоро истекает: ${when}`,
  issuerDeleted: 'Пользователь удалён',
  loading: 'Загрузка API-токенов…',
  empty: {
    active: 'Нет активных API-токенов.',
    expired: 'Нет истёкших API-токенов.',
    deleted: 'Нет удалённых API-токенов.',
    all: 'API-токенов пока нет.',
  },
  emptyForIssuer: {
    active: ({ issuer }) => `У пользователя ${issuer} нет активных API-токенов.`,
    expired: ({ issuer }) => `У пользователя ${issuer} нет истёкших API-токенов.`,
    deleted: ({ issuer }) => `У пользователя ${issuer} нет удалённых API-токенов.`,
    all: ({ issuer }) => `У пользователя ${issuer} нет API-токенов.`,
  },
  pager: {
    label: 'Страницы API-токенов',
    showing: ({ from, to, total }) =>
      `Показано ${n(from)}–${n(to)} из ${n(total)} ${plural('ru', total, { one: 'токена', other: 'токенов' })}`,
  },
  delete: {
    action: ({ name }) => `Удалить токен ${name}`,
    title: 'Удалить API-токен?',
    body: ({ name }) =>
      `Токен «${name}» сразу перестанет работать: все приложения, которые его используют, потеряют доступ к API. Это действие нельзя отменить.`,
    confirm: 'Удалить токен',
    deleting: 'Удаление…',
    done: ({ name }) => `Токен «${name}» удалён.`,
    notFound: 'Этого токена больше нет. Список обновлён.',
  },
};
