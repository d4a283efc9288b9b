export { en, type Catalog } from './catalogs/en/index.js';
export { I18nController } from './i18n-controller.js';
export { loadCatalog, loadedCatalog } from './catalog-loader.js';
export { mergeCatalog, type CatalogOverrides, type DeepPartial } from './catalog-overrides.js';
export { normalizeLanguage, resolveLanguage } from './resolve-language.js';
export { errorMessage, fieldErrorMessage, isValidationCode } from './error-message.js';
export {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  languageName,
  personLabel,
  roleDescription,
  roleLabel,
  type DateInput,
} from './format.js';
export { plural, type PluralForms } from './plural.js';
