import { msg } from '@lit/localize';
import { actionLabel, priorityLabel } from '../shared/domain-labels.js';
import type { Movement, PostSummary } from './types.js';
import type { UiLocale } from '../shared/localization.js';
import { csvField } from '../shared/csv.js';

export { BOM, csvField } from '../shared/csv.js';

const stamp = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-23 19:45` in the given zone: sortable and read by Excel as a date. */
function timestamp(value: string | null, timeZone: string): string {
  if (!value) return '';
  let format = stamp.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    stamp.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** Movements as CSV text (CRLF line ends, no BOM), headings and actions in the interface language. */
export function movementsToCsv(
  movements: readonly Movement[],
  options: { locale: UiLocale; timeZone?: string },
): string {
  const { locale } = options;
  const timeZone = options.timeZone ?? 'Asia/Kolkata';
  const post = (p: PostSummary | null): string[] =>
    p
      ? [p.name[locale], p.designation[locale], p.markingAbbreviation, p.section.name[locale]]
      : ['', '', '', ''];
  const header = [
    msg('Sequence', { desc: 'CSV column' }),
    msg('Action', { desc: 'CSV column' }),
    msg('Copy for information', { desc: 'A copy sent for information only (सूचनार्थ प्रति)' }),
    msg('From', { desc: 'Sending post' }),
    msg('From designation', { desc: 'CSV column' }),
    msg('From marking', { desc: 'CSV column' }),
    msg('From section', { desc: 'CSV column' }),
    msg('To', { desc: 'Receiving post' }),
    msg('To designation', { desc: 'CSV column' }),
    msg('To marking', { desc: 'CSV column' }),
    msg('To section', { desc: 'CSV column' }),
    msg('By', { desc: 'CSV column: user who acted' }),
    msg('Remarks', { desc: 'Remarks sent with a movement (टीप)' }),
    msg('Priority', { desc: 'CSV column' }),
    msg('Due date', { desc: 'Date by which the recipient should act' }),
    msg('Sent at (IST)', { desc: 'CSV column' }),
    msg('Received at (IST)', { desc: 'CSV column' }),
    msg('Read at (IST)', { desc: 'CSV column' }),
    msg('Days held', { desc: 'CSV column' }),
  ];
  const yes = msg('Yes', { desc: 'CSV value' });
  const lines = [header.map(csvField).join(',')];
  for (const m of movements) {
    const row: (string | number | null)[] = [
      m.sequence,
      actionLabel(m.action, m.item.type),
      m.kind === 'copy' ? yes : '',
      ...post(m.from),
      ...post(m.to),
      m.by.name[locale],
      m.remarks,
      priorityLabel(m.priority),
      m.dueDate,
      timestamp(m.sentAt, timeZone),
      timestamp(m.receivedAt, timeZone),
      timestamp(m.readAt, timeZone),
      m.daysHeld,
    ];
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
