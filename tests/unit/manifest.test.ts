import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_DATA_COLLECTION } from '../../src/ui/report/consent';
import config from '../../wxt.config';

type Manifest = { permissions?: string[]; browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } } };

const manifestFor = async (browser: string): Promise<Manifest> => {
  const manifest = config.manifest as (env: { browser: string; manifestVersion: 3; mode: string; command: 'build' }) => Promise<Manifest> | Manifest;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
};

describe('the manifests', () => {
  // Firefox refuses a request for a type the manifest does not declare: the report could never be sent.
  it('declare for Firefox exactly the optional data a report asks for, and nothing collected by default', async () => {
    const firefox = await manifestFor('firefox');
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'], optional: [...REPORT_DATA_COLLECTION] });
  });

  it('leave the Chrome manifest without Firefox settings', async () => {
    expect((await manifestFor('chrome')).browser_specific_settings).toBeUndefined();
  });

  // While any extension holds webRequest or declarativeNetRequest, Chromium sends every request of
  // every page through its extension layer: each page loads slower for every person.
  it('ask Chrome and Edge for no permission that slows down every request', async () => {
    for (const browser of ['chrome', 'edge']) {
      const permissions = (await manifestFor(browser)).permissions ?? [];
      expect(permissions.filter((p) => /^(webRequest|declarativeNetRequest|declarativeWebRequest)/.test(p))).toEqual([]);
    }
  });

  it('ask for no permission the README does not explain', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('\n## ', readme.indexOf('## Permissions, and why') + 1));
    const explained = new Set([...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((row) => [...(row[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1])));
    for (const browser of ['chrome', 'firefox']) {
      for (const permission of (await manifestFor(browser)).permissions ?? []) expect(explained, `${browser}: ${permission}`).toContain(permission);
    }
  });
});
