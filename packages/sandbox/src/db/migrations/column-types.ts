// Column types whose spelling differs between the databases; SQLite's stay as they were written.
import type { ColumnDefinitionBuilder, ColumnDataType, Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/** Binary content: SQLite's blob, PostgreSQL's bytea (both read back as a Buffer). */
export function bytes(db: Kysely<unknown>): ColumnDataType {
  return isPostgres(db) ? 'bytea' : 'blob';
}

/** An integer key numbered on insert: SQLite's `integer primary key autoincrement`, PostgreSQL's serial. */
export function autoIncrementKey(db: Kysely<unknown>): {
  type: ColumnDataType;
  build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
} {
  return isPostgres(db)
    ? { type: 'serial', build: (c) => c.primaryKey() }
    : { type: 'integer', build: (c) => c.primaryKey().autoIncrement() };
}
