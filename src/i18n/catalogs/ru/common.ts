import type { CommonMessages } from '../en/common.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'ru');

export const common: CommonMessages = {
  cancel: 'Отмена',
  save: 'Сохранить',
  saving: 'Сохранение…',
  close: 'Закрыть',
  dismiss: 'Скрыть',
  tryAgain: 'Повторить',
  delete: 'Удалить',
  edit: 'Изменить',
  loading: 'Загрузка…',
  optional: 'необязательно',
  required: 'обязательно',
  you: 'Вы',
  activated: 'Активирован',
  notActivated: 'Не активирован',
  enabled: 'Включена',
  disabled: 'Выключена',
  notSet: 'Не указано',
  nameAndEmail: ({ name, email }) => `${name} (${email})`,
  pager: {
    previous: 'Предыдущая страница',
    next: 'Следующая страница',
    page: ({ page }) => `Страница ${n(page)}`,
    pageSize: 'Записей на странице',
  },
  languages: {
    en: 'Английский',
    de: 'Немецкий',
    zh: 'Китайский',
    ru: 'Русский',
    az: 'Азербайджанский',
  },
};
