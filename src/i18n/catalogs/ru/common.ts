import type { CommonMessages } from '../en/common.js';

export const common: CommonMessages = {
  cancel: 'Отмена',
  save: 'Сохранить',
  saving: 'Сохранение…',
  close: 'Закрыть',
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
  unknownRole: 'Неизвестная роль',
  languages: {
    en: 'Английский',
    de: 'Немецкий',
    zh: 'Китайский',
    ru: 'Русский',
    az: 'Азербайджанский',
  },
};
