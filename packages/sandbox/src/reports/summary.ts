// The departmental summary: created / received / forwarded / disposed per office and IST month, and
// the share of that work done on electronic vs physical items — all counted from the movement log.
import type { ActivityRow } from './activity-sql.js';
import { officeOf, treeOrder, type Org } from './org.js';

export interface ActivityCounts {
  created: number;
  received: number;
  forwarded: number;
  disposed: number;
}

export interface NatureShare {
  electronic: number;
  physical: number;
  electronicPercent: number;
}

export interface SummaryCell {
  files: ActivityCounts;
  receipts: ActivityCounts;
  share: NatureShare;
}

export function emptyCell(): SummaryCell {
  const counts = () => ({ created: 0, received: 0, forwarded: 0, disposed: 0 });
  return { files: counts(), receipts: counts(), share: { electronic: 0, physical: 0, electronicPercent: 0 } };
}

export function addInto(target: SummaryCell, source: SummaryCell): void {
  for (const kind of ['files', 'receipts'] as const) {
    for (const key of ['created', 'received', 'forwarded', 'disposed'] as const) {
      target[kind][key] += source[kind][key];
    }
  }
  target.share.electronic += source.share.electronic;
  target.share.physical += source.share.physical;
}

export function finishShare(cell: SummaryCell): SummaryCell {
  const all = cell.share.electronic + cell.share.physical;
  cell.share.electronicPercent = all === 0 ? 0 : Math.round((cell.share.electronic / all) * 1000) / 10;
  return cell;
}

/**
 * Which office each post of the unit counts for: the nearest office-like unit above it within the
 * unit, or the unit itself when it has none (a section asked for on its own).
 */
export function postOffices(org: Org, unitId: string): Map<string, string> {
  const inTree = treeOrder(org, unitId);
  const offices = new Set(inTree.filter((id) => officeOf(org, id) === id));
  if (offices.size === 0) offices.add(unitId);
  const tree = new Set(inTree);
  const out = new Map<string, string>();
  for (const post of org.posts.values()) {
    if (!tree.has(post.unit_id)) continue;
    let unit = org.units.get(post.unit_id);
    while (unit && !offices.has(unit.id)) unit = unit.parent_id ? org.units.get(unit.parent_id) : undefined;
    if (unit) out.set(post.id, unit.id);
  }
  return out;
}

/** The offices that get rows: those with posts, in tree order. */
export function reportingOffices(org: Org, unitId: string): string[] {
  const used = new Set(postOffices(org, unitId).values());
  return treeOrder(org, unitId).filter((id) => used.has(id));
}

/** Cells keyed `officeId month` from the per-post counts of activity-sql.ts. */
export function cellsFromCounts(
  org: Org,
  unitId: string,
  counts: readonly ActivityRow[],
): Map<string, SummaryCell> {
  const officeOfPost = postOffices(org, unitId);
  const cells = new Map<string, SummaryCell>();
  for (const row of counts) {
    const office = officeOfPost.get(row.post);
    if (!office) continue;
    const key = `${office} ${row.month}`;
    const cell = cells.get(key) ?? emptyCell();
    cells.set(key, cell);
    cell[row.type === 'file' ? 'files' : 'receipts'][row.activity] += row.count;
    cell.share[row.nature] += row.count;
  }
  return cells;
}
