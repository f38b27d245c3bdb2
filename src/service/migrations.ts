import type { Database } from './db';

/*
 * The service's schema, one numbered step at a time. A step that has run is never edited: a
 * change is a new step. `schema_migrations` records what ran, so every start runs only what is
 * missing, and a database migrated by a newer service is refused rather than misread.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports',
    sql: `
      CREATE TABLE reports (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('scam', 'false-positive')),
        url text NOT NULL,
        -- host: the page's host name; site: its registrable domain, what triage groups by
        host text NOT NULL,
        site text NOT NULL,
        numbers text[] NOT NULL DEFAULT '{}',
        report jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'accepted', 'rejected')),
        decided_at timestamptz,
        decision_note text,
        expires date
      );
      CREATE INDEX reports_state_received ON reports (state, received_at DESC);
      CREATE INDEX reports_site ON reports (site);
      CREATE INDEX reports_numbers ON reports USING gin (numbers);
    `,
  },
];

/** Any constant: two services starting at once on one PostgreSQL server take turns here. */
const MIGRATION_LOCK = 4_820_117;

export class NewerSchemaError extends Error {
  constructor(found: number, known: number) {
    super(`The database is at schema version ${found}, newer than this service knows (${known}): update Hang Up before starting it on this database.`);
    this.name = 'NewerSchemaError';
  }
}

/** Runs the missing migrations in one transaction; returns the versions applied now. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const known = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...done);
    if (newest > known) throw new NewerSchemaError(newest, known);
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
