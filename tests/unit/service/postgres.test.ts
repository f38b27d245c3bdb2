import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/service/db';
import { MIGRATIONS, migrate } from '../../../src/service/migrations';
import { ReportStore } from '../../../src/service/store';
import { startTestPostgres, type TestPostgres } from '../../e2e/postgres-server';
import { reportWith } from './helpers';

/*
 * The same store on a real PostgreSQL server (Debian's package, started for the test): the SQL
 * that PGlite runs must mean the same there, including what PostgreSQL refuses that JSON allows.
 */

let server: TestPostgres;

beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe('the report store on PostgreSQL', () => {
  it('migrates once, stores each id once, groups, decides, and keeps NUL out of text', async () => {
    const db = await openPostgres(server.url);
    try {
      expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
      const store = new ReportStore(db);
      const a = reportWith({ url: 'https://a.pg-scam.example.com/', numbers: ['+18885550101'], comment: "nul\u0000 \ud800 '; DROP TABLE reports; --" });
      const b = reportWith({ url: 'https://b.pg-scam.example.com/', numbers: ['+18885550101', '+18885550102'] });
      const results = await Promise.all([a, b, a, b, a].map((r) => store.add(r, new Date('2026-12-05T08:00:00Z'))));
      expect(results.filter(Boolean)).toHaveLength(2);
      expect(await store.count()).toBe(2);
      expect((await store.get(a.id))?.report.comment).toBe("nul\ufffd \ufffd '; DROP TABLE reports; --");

      const [site] = await store.aggregate('host');
      expect(site).toMatchObject({ key: 'example.com', count: 2, scam: 2, firstSeen: '2026-12-05T08:00:00.000Z' });
      const numbers = await store.aggregate('number');
      expect(numbers.map((g) => [g.key, g.count])).toEqual([
        ['+18885550101', 2],
        ['+18885550102', 1],
      ]);

      const decided = await store.decide(a.id, { state: 'accepted', expires: '2030-01-31' }, new Date('2026-12-05T09:00:00Z'));
      expect(decided).toMatchObject({ previousState: 'new', report: { state: 'accepted', expires: '2030-01-31', decidedAt: '2026-12-05T09:00:00.000Z' } });
      expect((await store.list({ state: 'new' })).reports.map((r) => r.id)).toEqual([b.id]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
