// The PostgreSQL side of openDatabase: a node-postgres pool with type parsers that give the answers
// better-sqlite3 gives (numbers for counts and sums, JSON as text), and SQL functions with SQLite's
// names and semantics for the subset our queries use, so queries and expression indexes keep one text
// on both databases.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

const INT8 = 20;
const NUMERIC = 1700;
const JSON_OID = 114;
const JSONB = 3802;

/** Connections per sandbox instance; requests beyond them wait for one. */
const POOL_SIZE = 10;

/**
 * SQLite's functions, as PostgreSQL functions (only the forms the sandbox uses):
 * - json_extract(doc, '$.a.b'): the value as text (strings unquoted, numbers as digits, true/false as
 *   1/0 like SQLite, objects and arrays as JSON), null when missing or JSON null;
 * - json_type(doc, path): SQLite's type names ('text', 'integer', 'real', 'true', 'false', 'null',
 *   'object', 'array'), null when missing;
 * - json_array(text…): a JSON array of strings, as text;
 * - strftime(format, at, modifier) and date(at, modifier) for ISO instants with an interval modifier
 *   such as '+330 minutes' (formats %Y %m %d %H %M %S).
 * json_extract and json_type are IMMUTABLE so expression indexes can use them.
 */
export const SQLITE_FUNCTIONS = [
  `create or replace function sqlite_json_value(doc text, path text) returns jsonb
     language sql immutable strict parallel safe as $$
       select doc::jsonb #> case when path = '$' then '{}'::text[]
         else string_to_array(substr(path, 3), '.') end $$`,
  `create or replace function json_extract(doc text, path text) returns text
     language sql immutable strict parallel safe as $$
       select case jsonb_typeof(v) when 'null' then null
         when 'boolean' then case when v = 'true'::jsonb then '1' else '0' end
         when 'string' then v #>> '{}' else v::text end
       from (select sqlite_json_value(doc, path) as v) j $$`,
  `create or replace function json_type(doc text, path text) returns text
     language sql immutable strict parallel safe as $$
       select case jsonb_typeof(v) when 'string' then 'text' when 'boolean' then v::text
         when 'number' then case when v::text ~ '^-?[0-9]+$' then 'integer' else 'real' end
         else jsonb_typeof(v) end
       from (select sqlite_json_value(doc, path) as v) j $$`,
  `create or replace function json_array(variadic items text[]) returns text
     language sql immutable parallel safe as $$ select array_to_json(items)::text $$`,
  `create or replace function sqlite_format(format text) returns text
     language sql immutable strict parallel safe as $$
       select replace(replace(replace(replace(replace(replace(format,
         '%Y', 'YYYY'), '%m', 'MM'), '%d', 'DD'), '%H', 'HH24'), '%M', 'MI'), '%S', 'SS') $$`,
  `create or replace function strftime(format text, at text, modifier text) returns text
     language sql stable strict parallel safe as $$
       select to_char((at::timestamptz at time zone 'UTC') + modifier::interval, sqlite_format(format)) $$`,
  `create or replace function date(at text, modifier text) returns text
     language sql stable strict parallel safe as $$
       select to_char((at::timestamptz at time zone 'UTC') + modifier::interval, 'YYYY-MM-DD') $$`,
];

/** Arbitrary key of the advisory lock that serialises instances defining the functions at once. */
const FUNCTIONS_LOCK = 2_204_001;

function poolTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  // count(*) is bigint and sum() of it numeric; the sandbox's counts fit a JavaScript number.
  types.setTypeParser(INT8, Number);
  types.setTypeParser(NUMERIC, Number);
  // JSON stays text, as SQLite returns it (callers JSON.parse what they read).
  types.setTypeParser(JSON_OID, (value: string) => value);
  types.setTypeParser(JSONB, (value: string) => value);
  return types;
}

/** A Kysely over a pool for `url`; the pool opens connections as queries need them. */
export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types: poolTypes() });
  // An idle connection that breaks (a server restart, a dropped database) is discarded by the pool and
  // the next query opens another; without a listener the pool's 'error' event would end the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Defines (or redefines) SQLITE_FUNCTIONS; run before migrating, since indexes use them. */
export async function installSqliteFunctions(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${FUNCTIONS_LOCK})`.execute(trx);
    for (const statement of SQLITE_FUNCTIONS) await sql.raw(statement).execute(trx);
  });
}
