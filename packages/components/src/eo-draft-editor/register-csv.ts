// The dispatch register as CSV, with the shared CSV rules (BOM on saving, quoting, formula guard).
import { msg } from '@lit/localize';
import { csvText } from '../shared/csv.js';
import { formatDateTime } from '../shared/dates.js';
import type { UiLocale } from '../shared/localization.js';
import { dispatchModeLabel } from './dispatch-labels.js';
import type { DispatchEntry } from './types.js';

/** Register lines as CSV text (CRLF line ends, no BOM), headings and modes in the interface language. */
export function registerToCsv(
  entries: readonly DispatchEntry[],
  options: { locale: UiLocale; timeZone?: string },
): string {
  const { locale } = options;
  const timeZone = options.timeZone ?? 'Asia/Kolkata';
  const header = [
    msg('Dispatch number', { id: 'draft.register.number' }),
    msg('Issued at (IST)', { id: 'draft.register.issued_at' }),
    msg('Mode', { id: 'draft.register.mode' }),
    msg('File number', { id: 'draft.register.file' }),
    msg('Subject', { id: 'draft.field.subject' }),
    msg('Addressees', { id: 'draft.field.addressees' }),
    msg('Issued by', { id: 'draft.register.issued_by' }),
    msg('Section', { id: 'draft.register.section' }),
    msg('Office copy', { id: 'draft.register.copy' }),
  ];
  const rows = entries.map((e) => [
    e.dispatchNumber,
    formatDateTime(e.issuedAt, { locale, timeZone }),
    dispatchModeLabel(e.mode),
    e.file.number,
    e.subject,
    e.addressees.join('; '),
    `${e.issuedBy.name[locale]} (${e.issuedBy.designation[locale]})`,
    e.section.name[locale],
    e.correspondenceLabel,
  ]);
  return csvText([header, ...rows]);
}
