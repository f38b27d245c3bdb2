import { describe, expect, it } from 'vitest';
import { exportSettingsFile, mergeImported, readSettingsFile, settingsFileName, SETTINGS_FILE_VERSION } from '../../../src/extension/settings-transfer';
import { type Allowlist, DEFAULT_SETTINGS, type Settings } from '../../../src/extension/storage-schema';

const NOW = new Date('2026-12-05T08:00:00Z');
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, interruptOn: 'suspicious', language: 'de', reportUrl: 'https://reports.example/' };
const ALLOWLIST: Allowlist = { entries: [{ host: 'intranet.example', addedAt: 1000 }] };
const LISTS = [{ url: 'https://lists.example/scams.txt', format: 'plain' as const, enabled: true }];

function file(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...(JSON.parse(exportSettingsFile({ settings: SETTINGS, allowlist: ALLOWLIST, subscriptions: LISTS }, NOW)) as object), ...overrides });
}

describe('settings files', () => {
  it('round-trips settings, allowed sites and lists', () => {
    const text = exportSettingsFile({ settings: SETTINGS, allowlist: ALLOWLIST, subscriptions: LISTS }, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'hang-up-settings', version: SETTINGS_FILE_VERSION, exportedAt: NOW.toISOString() });
    const read = readSettingsFile(text);
    expect(read).toEqual({ ok: true, imported: { settings: SETTINGS, allowlist: ALLOWLIST.entries, subscriptions: LISTS, skipped: 0 } });
    expect(settingsFileName(NOW)).toBe('hang-up-settings-2026-12-05.json');
  });

  it('writes only the choices of a subscription, not its fetch state', () => {
    const withStatus = [{ ...LISTS[0], id: 'own-1', addedAt: 5, status: { failures: 2, count: 9, refused: 0, etag: 'x' } }];
    const saved = JSON.parse(exportSettingsFile({ settings: SETTINGS, allowlist: ALLOWLIST, subscriptions: withStatus as never }, NOW)) as { subscriptions: unknown[] };
    expect(saved.subscriptions).toEqual(LISTS);
  });

  it('refuses what is not a settings file, saying why', () => {
    expect(readSettingsFile('{"format":"hang-up-settings"')).toEqual({ ok: false, error: 'not-json' });
    expect(readSettingsFile('[1,2]')).toEqual({ ok: false, error: 'not-settings-file' });
    expect(readSettingsFile(JSON.stringify({ settings: SETTINGS }))).toEqual({ ok: false, error: 'not-settings-file' });
    expect(readSettingsFile(file({ version: 'one' }))).toEqual({ ok: false, error: 'not-settings-file' });
    expect(readSettingsFile(file({ version: SETTINGS_FILE_VERSION + 1 }))).toEqual({ ok: false, error: 'newer-version' });
    expect(readSettingsFile(' '.repeat(2_000_001))).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses a file whose parts have the wrong shape, so that nothing is half loaded', () => {
    expect(readSettingsFile(file({ settings: 'strict' }))).toMatchObject({ ok: false, error: 'damaged', detail: 'settings' });
    expect(readSettingsFile(file({ allowlist: ['intranet.example'] }))).toMatchObject({ ok: false, error: 'damaged', detail: 'allowlist' });
    expect(readSettingsFile(file({ allowlist: { entries: 'x' } }))).toMatchObject({ ok: false, error: 'damaged', detail: 'allowlist' });
    expect(readSettingsFile(file({ subscriptions: { url: 'x' } }))).toMatchObject({ ok: false, error: 'damaged', detail: 'subscriptions' });
  });

  it('leaves out single entries it cannot read, counts them, and keeps the rest', () => {
    const read = readSettingsFile(
      file({
        settings: { interruptOn: 'always', language: 'ja', listUrl: 'javascript:alert(1)', reportUrl: 'https://r.example/' },
        allowlist: { entries: [{ host: 'Bad Host!', addedAt: 1 }, { host: 'ok.example', addedAt: 2 }, 'x'] },
        subscriptions: [{ url: 'ftp://lists.example/x', format: 'plain', enabled: true }, { url: 'https://l.example/h', format: 'hosts', enabled: true }, { url: 'https://l.example/a', format: 'unknown' }],
      }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.imported.settings).toEqual({ language: 'ja', reportUrl: 'https://r.example/' });
    expect(read.imported.allowlist).toEqual([{ host: 'ok.example', addedAt: 2 }]);
    expect(read.imported.subscriptions).toEqual([{ url: 'https://l.example/h', format: 'hosts', enabled: true }]);
    // interruptOn and listUrl, two allowlist entries, two lists.
    expect(read.imported.skipped).toBe(6);
  });

  it('takes a file without some parts: what is missing stays as it is', () => {
    const read = readSettingsFile(JSON.stringify({ format: 'hang-up-settings', version: 1, settings: { interruptOn: 'off' } }));
    expect(read).toEqual({ ok: true, imported: { settings: { interruptOn: 'off' }, allowlist: [], subscriptions: [], skipped: 0 } });
  });
});

describe('mergeImported', () => {
  it('replaces the settings the file has and adds its allowed sites to the current ones', () => {
    const current = { settings: DEFAULT_SETTINGS, allowlist: { entries: [{ host: 'intranet.example', addedAt: 50 }, { host: 'mine.example', addedAt: 60 }] } };
    const merged = mergeImported(current, {
      settings: { language: 'fr' },
      allowlist: [
        { host: 'intranet.example', addedAt: 1 },
        { host: 'new.example', addedAt: 2 },
      ],
      subscriptions: [],
      skipped: 0,
    });
    expect(merged.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'fr' });
    expect(merged.allowlist.entries).toEqual([
      { host: 'intranet.example', addedAt: 50 },
      { host: 'mine.example', addedAt: 60 },
      { host: 'new.example', addedAt: 2 },
    ]);
    expect(merged.addedSites).toBe(1);
  });
});
