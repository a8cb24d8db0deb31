// Writes `npm run bench`'s figures into README.md between the bench markers: every figure beside its
// budget and whether it is met, the growth table across database sizes, and when and on what machine
// they were measured (timings mean little without the machine).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

const cell = (value) => (value === null || value === undefined ? '–' : String(value).replace(/\|/g, '\\|'));

/** The machine the figures were measured on, in one line. */
export function machine() {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown CPU';
  // The load others put on the machine meanwhile: on a shared machine it moves every timing.
  const load = loadavg()[2].toFixed(1);
  return `${processors.length} cores (${model}), ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${process.platform}, load average ${load} over the last 15 minutes`;
}

/** The Markdown that goes between the markers. */
export function benchMarkdown({ measuredAt, results, growth, sideBySide }) {
  const lines = [
    `Measured ${measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${machine()} by \`npm run bench\`.`,
    '',
    '| figure | value | p50 | budget | met |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const value = r.value === null ? (r.note ?? 'not measured') : `${r.value} ${r.unit ?? ''}`.trim();
    const met = r.budget === null ? '' : r.ok ? 'yes' : '**no**';
    lines.push(`| ${cell(r.name)} | ${cell(value)} | ${cell(r.p50)} | ${cell(r.budget)} | ${met} |`);
  }
  if (growth && growth.length > 0) {
    const sizes = Object.keys(growth[0]).filter((key) => key !== 'name' && key !== 'unit');
    lines.push('', 'Growth (p95, or the figure itself, at each database size):', '');
    lines.push(
      `| operation | unit | ${sizes.join(' | ')} |`,
      `| --- | --- | ${sizes.map(() => '---').join(' | ')} |`,
    );
    for (const row of growth)
      lines.push(
        `| ${cell(row.name)} | ${cell(row.unit)} | ${sizes.map((size) => cell(row[size])).join(' | ')} |`,
      );
  }
  if (sideBySide && sideBySide.length > 0) {
    lines.push(
      '',
      'SQLite and PostgreSQL side by side (p95, or the figure itself, at the largest size):',
      '',
    );
    lines.push('| operation | unit | SQLite | PostgreSQL |', '| --- | --- | --- | --- |');
    for (const row of sideBySide)
      lines.push(`| ${cell(row.name)} | ${cell(row.unit)} | ${cell(row.sqlite)} | ${cell(row.postgres)} |`);
  }
  return lines.join('\n');
}

/** `text` with what is between the markers replaced by `markdown` (the markers must be there, in order). */
export function replaceBetweenMarkers(text, markdown) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`no ${START} … ${END} section`);
  return `${text.slice(0, start + START.length)}\n\n${markdown}\n\n${text.slice(end)}`;
}

/**
 * Writes the figures into `path` between the markers. Only the table is formatted (as the repository's
 * Prettier wants); the rest of the README keeps the layout its authors gave it.
 */
export async function writeBenchIntoReadme(path, figures) {
  const table = await format(benchMarkdown(figures), { ...(await resolveConfig(path)), parser: 'markdown' });
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), table.trimEnd()));
}
