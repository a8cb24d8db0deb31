// The organisation tree as a map, for the two questions drafts ask of it: which office a section
// belongs to (CRU dispatch on a section's behalf) and whether a unit lies under another (the register).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface UnitNode {
  id: string;
  kind: string;
  parentId: string | null;
}

export type UnitTree = Map<string, UnitNode>;

export async function loadUnitTree(db: Kysely<Database>): Promise<UnitTree> {
  const rows = await db.selectFrom('units').select(['id', 'kind', 'parent_id']).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, kind: r.kind, parentId: r.parent_id }]));
}

/** The unit and its ancestors, nearest first (bounded against a malformed cycle). */
export function lineage(tree: UnitTree, unitId: string): UnitNode[] {
  const out: UnitNode[] = [];
  let current = tree.get(unitId);
  while (current && out.length < 20) {
    out.push(current);
    current = current.parentId ? tree.get(current.parentId) : undefined;
  }
  return out;
}

/** The office a unit belongs to: the nearest unit above or at it that is not a section. */
export function officeOf(tree: UnitTree, unitId: string): string | null {
  return lineage(tree, unitId).find((u) => u.kind !== 'section')?.id ?? null;
}

export function isWithin(tree: UnitTree, unitId: string, ancestorId: string): boolean {
  return lineage(tree, unitId).some((u) => u.id === ancestorId);
}
