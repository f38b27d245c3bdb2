import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFromSource, readSource } from './list';

/*
 * The list that ships inside the extension, made from assets/blocklist/ at build time: the
 * extension has it from the moment it is installed, before its first fetch. It is not signed
 * (the private key is never on a build machine); it is trusted because it is part of the package,
 * as the code is. Lists fetched later must carry a signature of the key in public.key.
 */

export const BLOCKLIST_SOURCE = path.resolve(import.meta.dirname, '../../assets/blocklist');
/** A bundled list is out of date this long after the build, if no newer list was fetched. */
const BUNDLED_EXPIRES_DAYS = 60;

export async function bundledListFiles(now = Date.now()): Promise<Array<{ relativeDest: string; contents: string }>> {
  const source = await readSource(BLOCKLIST_SOURCE);
  const artifact = await buildFromSource(source, now, new Date(now).toISOString().slice(0, 10), undefined, { expiresDays: BUNDLED_EXPIRES_DAYS });
  return [
    { relativeDest: 'blocklist/bundled.json', contents: JSON.stringify(artifact) },
    { relativeDest: 'blocklist/public.key', contents: await readFile(path.join(BLOCKLIST_SOURCE, 'public.key'), 'utf8') },
  ];
}
