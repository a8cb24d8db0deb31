/**
 * @eoffice/components — Lit web components for e-Office, in Hindi and English.
 * Importing this module registers every element (tags already defined on the page are left alone).
 *
 * The root exports what a portal uses: the element classes with their event and data types,
 * `configure()` for the page-wide connection, the interface language, the date helpers the elements
 * show times with, and the theme stylesheet (`adoptThemes(document)`, or `themeCss` as text). Everything else is internal and may change in any release; each element
 * is also its own entry (`@eoffice/components/eo-file-tracker` …). The names are listed in
 * api/components.api.md, which `npm test` keeps in step with this file.
 */
export * from './eo-priority-badge/index.js';
export * from './eo-file-tracker/index.js';
export * from './eo-notesheet-editor/index.js';
export * from './eo-send-dialog/index.js';
export * from './eo-signature-widget/index.js';
export * from './eo-pendency-report/index.js';
export * from './eo-receipt-form/index.js';
export * from './eo-inbox/index.js';
export * from './eo-draft-editor/index.js';
export { configure } from './shared/configuration.js';
export { currentLocale, setLocale, uiLocaleFor, type UiLocale } from './shared/localization.js';
export {
  calendarDay,
  daysBetween,
  formatDate,
  formatDateTime,
  INDIA_TIME_ZONE,
  today,
  type DateDisplayOptions,
} from './shared/dates.js';
export { adoptThemes, themeCss } from './themes/index.js';
