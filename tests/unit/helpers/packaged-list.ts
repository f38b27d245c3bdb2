import { vi } from 'vitest';
import { buildArtifact, contentFromSource } from '../../../src/core/blocklist/artifact';
import { parseHostsSource, parseNumbersSource } from '../../../src/core/blocklist/source';
import { resetLoadedList } from '../../../src/extension/background/blocklist';

/**
 * The files the build puts under blocklist/ in the package, served to the worker's fetch: a list
 * made from the given source lines, as `npm run build` would bundle it.
 */
export async function packageList(hosts: string, numbers: string, today = '2026-11-23'): Promise<void> {
  const artifact = await buildArtifact(contentFromSource(parseHostsSource(hosts), parseNumbersSource(numbers), today), {
    version: 100,
    generatedAt: `${today}T00:00:00Z`,
    expiresAt: '2099-01-01T00:00:00Z',
    minFetchMinutes: 30,
  });
  resetLoadedList();
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = String(input);
    if (url.endsWith('/blocklist/bundled.json')) return new Response(JSON.stringify(artifact));
    return new Response('not found', { status: 404 });
  });
}
