import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Report } from '../../../src/core/report';

/*
 * PGlite's first start runs initdb, which takes seconds: the tests copy a folder initialised
 * once per PGlite version (migrations still run on every copy, as on a first start).
 */

const version = (JSON.parse(readFileSync(path.resolve('node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
const TEMPLATE = path.join(tmpdir(), `hangup-pglite-template-${version}`);

async function template(): Promise<string> {
  if (existsSync(path.join(TEMPLATE, 'pgdata', 'PG_VERSION'))) return TEMPLATE;
  const building = `${TEMPLATE}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await mkdir(building, { recursive: true });
  const db = await PGlite.create({ dataDir: path.join(building, 'pgdata') });
  await db.close();
  // Another test file may have finished first: either copy is good.
  await rename(building, TEMPLATE).catch(() => rm(building, { recursive: true, force: true }));
  return TEMPLATE;
}

/** A new data folder for the service (the caller removes it). */
export async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hangup-service-test-'));
  await cp(path.join(await template(), 'pgdata'), path.join(dir, 'pgdata'), { recursive: true });
  return dir;
}

export const FIXTURE: Report = JSON.parse(readFileSync(path.resolve('tests/fixtures/report.json'), 'utf8')) as Report;

let counter = 0;
/** The fixture with a new id (and whatever else the test changes). */
export function reportWith(changes: Partial<Report> = {}): Report {
  counter++;
  return { ...FIXTURE, id: `test-${process.pid}-${counter}-${randomBytes(6).toString('hex')}`, ...changes };
}

export const TOKEN = 'test-maintainer-token-0123456789abcdef';
