// Roles come from the posts a user holds; scopes a user token may carry follow from the roles.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const ALL_SCOPES = [
  'directory:read',
  'receipts:read',
  'receipts:write',
  'files:read',
  'files:write',
  'notes:write',
  'drafts:write',
  'attachments:read',
  'attachments:write',
  'signatures:write',
  'reports:read',
  'events:read',
  'clients:admin',
] as const;

const KNOWN_ROLES = new Set(['officer', 'cru_operator', 'report_viewer', 'dsc_admin', 'admin']);
/** Seed data may use short role names. */
const ROLE_ALIASES: Record<string, string> = { cru: 'cru_operator', reports: 'report_viewer' };

export async function loadPostIds(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_posts')
    .select('post_id')
    .where('user_id', '=', userId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.post_id);
}

export async function rolesOfPosts(
  db: Kysely<Database>,
  postIds: string[],
  service: boolean,
): Promise<Set<string>> {
  const roles = new Set<string>(postIds.length > 0 && !service ? ['officer'] : []);
  if (postIds.length === 0) return roles;
  const rows = await db.selectFrom('posts').select('roles').where('id', 'in', postIds).execute();
  for (const row of rows) {
    for (const raw of JSON.parse(row.roles) as string[]) {
      const role = ROLE_ALIASES[raw] ?? raw;
      if (KNOWN_ROLES.has(role)) roles.add(role);
    }
  }
  return roles;
}

/** Every scope except client administration, which needs the admin role. */
export function scopesForRoles(roles: Set<string>): string[] {
  return ALL_SCOPES.filter((scope) => scope !== 'clients:admin' || roles.has('admin'));
}
