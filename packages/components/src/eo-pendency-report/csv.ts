// The review and the pending items as CSV for a spreadsheet: the shared CSV rules (UTF-8 with BOM when
// saved, formula-safe cells), headings in the interface language. No DOM here, so the weekly review
// script uses it in Node through the `@eoffice/components/eo-pendency-report/csv` subpath.
import { msg } from '@lit/localize';
import { BOM, csvText } from '../shared/csv.js';
import { itemTypeLabel, priorityLabel } from '../shared/domain-labels.js';
import { bucketLabel, electronicPercent, pendingTotal, type RowCounts } from './format.js';
import { BUCKETS, type PendencyReview, type PendingItem } from './types.js';

export { BOM };

type Locale = 'en' | 'hi';

function countColumns(): string[] {
  return [
    msg('Pending', { id: 'pendency-pending', desc: 'Column: items pending (लंबित)' }),
    msg('Files', { desc: 'Files (नस्तियाँ): a column heading or a choice of what to list' }),
    msg('Receipts', { desc: 'Receipts (आवतियाँ): a column heading or a choice of what to list' }),
    ...BUCKETS.map((b) => bucketLabel(b)),
    msg('Overdue', { id: 'pendency-overdue', desc: 'Column: past their due date' }),
    msg('Electronic', { desc: 'Column: pending items of electronic nature' }),
    msg('Physical', { desc: 'Column: pending items of physical nature' }),
    msg('Electronic share (%)', { desc: 'Column: e-adoption percentage' }),
    msg('Oldest (days)', { desc: 'Column: age of the oldest pending item' }),
  ];
}

function counts(row: RowCounts): (number | null)[] {
  return [
    pendingTotal(row),
    row.files.total,
    row.receipts.total,
    ...BUCKETS.map((b) => row.files[b] + row.receipts[b]),
    row.overdue,
    row.electronic,
    row.physical,
    electronicPercent(row),
    row.oldestDays,
  ];
}

/**
 * The review as CSV text (CRLF, no BOM): a line for each row and one for the totals, then the trend.
 * Prepend `BOM` when writing a file so Excel reads the Hindi.
 */
export function reviewToCsv(review: PendencyReview, locale: Locale): string {
  const lines: (string | number | null)[][] = [
    [msg('Unit', { desc: 'Column: organisation unit' }), review.unit.name[locale]],
    [msg('As of', { desc: 'Column: the instant the figures are for' }), review.asOf],
    [],
    [
      msg('Name', { desc: 'Column: unit or officer' }),
      msg('Designation', { desc: 'Column' }),
      ...countColumns(),
    ],
  ];
  for (const row of review.rows)
    lines.push([row.group.name[locale], row.group.designation?.[locale] ?? '', ...counts(row)]);
  lines.push([msg('Total', { desc: 'Row of totals' }), '', ...counts(review.totals)]);
  lines.push([]);
  lines.push([
    msg('From', { id: 'pendency-from', desc: 'Column: first day of a period' }),
    msg('To', { id: 'pendency-to', desc: 'Column: last day of a period' }),
    msg('Created', { id: 'pendency-created', desc: 'Column: files opened and receipts diarised' }),
    msg('Received', { id: 'pendency-received', desc: 'Column: items received' }),
    msg('Disposed', { id: 'pendency-disposed', desc: 'Column: items disposed of' }),
    msg('Pending at the end', { desc: 'Column: pending at the end of the period' }),
  ]);
  for (const p of review.trend) lines.push([p.from, p.to, p.created, p.received, p.disposed, p.pending]);
  return csvText(lines);
}

/** Pending items as CSV text (CRLF, no BOM). */
export function itemsToCsv(items: readonly PendingItem[], locale: Locale): string {
  const lines: (string | number | null)[][] = [
    [
      msg('Type', { desc: 'Column: file or receipt' }),
      msg('Number', { desc: 'Column header: file or receipt number' }),
      msg('Subject', { desc: 'Column header' }),
      msg('Pending with', { desc: 'Column: the officer holding it' }),
      msg('Designation', { desc: 'Column' }),
      msg('Days pending', { desc: 'Column header' }),
      msg('Due date', { desc: 'Date by which the recipient should act' }),
      msg('Overdue', { id: 'pendency-overdue', desc: 'Column: past their due date' }),
      msg('Priority', { desc: 'CSV column' }),
      msg('Nature', { desc: 'Column: electronic or physical' }),
    ],
  ];
  for (const i of items)
    lines.push([
      itemTypeLabel(i.item.type),
      i.item.number,
      i.item.subject ?? '',
      i.holder.name[locale],
      i.holder.designation[locale],
      i.daysPending,
      i.dueDate,
      i.overdue ? msg('Yes', { desc: 'CSV value' }) : '',
      priorityLabel(i.priority),
      i.nature === 'electronic'
        ? msg('Electronic', { desc: 'Column: pending items of electronic nature' })
        : msg('Physical', { desc: 'Column: pending items of physical nature' }),
    ]);
  return csvText(lines);
}
