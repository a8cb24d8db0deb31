/**
 * @eoffice/components — Lit web components for e-Office, in Hindi and English.
 * Importing this module registers every element (tags already defined on the page are left alone).
 */
export { EoPriorityBadge, type Priority } from './eo-priority-badge/index.js';
export * from './eo-file-tracker/index.js';
export * from './eo-notesheet-editor/index.js';
export * from './eo-send-dialog/index.js';
export * from './eo-signature-widget/index.js';
export {
  currentLocale,
  followDocumentLanguage,
  setLocale,
  uiLocaleFor,
  type UiLocale,
} from './shared/localization.js';
export { daysBetween, formatDate, formatDateTime, type DateDisplayOptions } from './shared/dates.js';
export { defineElement } from './shared/define.js';
export { configure, configuredClient } from './shared/configuration.js';
