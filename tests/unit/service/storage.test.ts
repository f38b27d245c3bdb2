import { execFile } from 'node:child_process';
import { writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, openPglite } from '../../../src/service/db';
import { MIGRATIONS, migrate, NewerSchemaError } from '../../../src/service/migrations';
import { startService } from '../../../src/service/server';
import { freshDataDir, reportWith, TOKEN } from './helpers';

/*
 * The storage under the service: migrations run once, data outlives a restart, one process per
 * PGlite folder, and every report answered 202 is stored exactly once.
 */

let dataDir: string;
const UNLIMITED = { perClient: { perSecond: 1e6, burst: 1e6 }, reports: { perSecond: 1e6, burst: 1e6 } };

beforeEach(async () => {
  dataDir = await freshDataDir();
}, 60_000);
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const postTo = (url: string, body: object) => fetch(`${url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the PGlite data folder', () => {
  it('runs the migrations once and keeps every report across a restart', async () => {
    const report = reportWith();
    const first = await startService({ port: 0, dataDir, token: TOKEN, limits: UNLIMITED });
    expect(first.migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await postTo(first.url, report)).status).toBe(202);
    await first.close();

    const second = await startService({ port: 0, dataDir, token: TOKEN, limits: UNLIMITED });
    try {
      expect(second.migrated).toEqual([]);
      expect(await second.db.query('SELECT version FROM schema_migrations')).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
      const stored = await fetch(`${second.url}/v1/admin/reports/${report.id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(stored.status).toBe(200);
      // The same report sent again after the restart is still a retry.
      expect((await postTo(second.url, report)).status).toBe(202);
      expect(await second.store.count()).toBe(1);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('is refused to a second opener while open, in this process and in another', async () => {
    const db = await openPglite(dataDir);
    try {
      await expect(openPglite(dataDir)).rejects.toThrow(DataFolderInUseError);
      const script = `import { openPglite } from ${JSON.stringify(path.resolve('src/service/db.ts'))};
        try { await openPglite(${JSON.stringify(dataDir)}); console.log('opened'); } catch (error) { console.log(error.message); }`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 });
      expect(stdout).toMatch(new RegExp(`in use by process ${process.pid}\\. PGlite allows one process per folder`));
    } finally {
      await db.close();
    }
  }, 90_000);

  it('takes over the lock of a process that died, and refuses a database migrated by a newer service', async () => {
    await writeFile(path.join(dataDir, 'hangup-service.lock'), '2147483646\n');
    const db = await openPglite(dataDir);
    try {
      await migrate(db);
      await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
      await expect(migrate(db)).rejects.toThrow(NewerSchemaError);
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe('no acknowledged report is lost', () => {
  it('stores exactly one row for every report answered 202, under concurrent sends, retries and a stop', async () => {
    const first = await startService({ port: 0, dataDir, token: TOKEN, limits: UNLIMITED });
    const reports = Array.from({ length: 120 }, () => reportWith());
    // Every third report is sent twice at once, as an outbox retrying a slow answer would.
    const sends = [...reports, ...reports.filter((_, i) => i % 3 === 0)];
    const answers = await Promise.all(sends.map(async (report) => ({ id: report.id, status: (await postTo(first.url, report)).status })));
    const acknowledged = new Set(answers.filter((a) => a.status === 202).map((a) => a.id));
    expect(acknowledged.size).toBe(reports.length);
    expect(await first.store.count()).toBe(acknowledged.size);

    // A stop while reports arrive: those taken are answered, the rest fail to connect.
    const late = Array.from({ length: 60 }, () => reportWith());
    const sending = Promise.all(late.map(async (report) => ({ id: report.id, status: await postTo(first.url, report).then((r) => r.status, () => 0) })));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await first.close();
    for (const answer of await sending) if (answer.status === 202) acknowledged.add(answer.id);

    const second = await startService({ port: 0, dataDir, token: TOKEN, limits: UNLIMITED });
    try {
      const stored = await second.store.existing([...reports, ...late].map((r) => r.id));
      expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);
      expect(await second.store.count()).toBe(stored.size);
    } finally {
      await second.close();
    }
  }, 60_000);
});
