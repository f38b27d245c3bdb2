import { describe, expect, it } from 'vitest';
import {
  allowlistHost,
  DEFAULT_SETTINGS,
  repairAllowlist,
  repairSettings,
  repairTabState,
  SETTINGS_MIGRATIONS,
  type TabState,
} from '../../../src/extension/storage-schema';

describe('repairSettings', () => {
  it('keeps every valid choice', () => {
    for (const interruptOn of ['scam', 'suspicious', 'off'] as const) {
      expect(repairSettings({ interruptOn })).toEqual({ ...DEFAULT_SETTINGS, interruptOn });
    }
  });

  it('falls back to the default for an unknown choice or a broken value', () => {
    expect(DEFAULT_SETTINGS).toEqual({ interruptOn: 'scam', listUrl: '', reportUrl: '', language: 'auto' });
    for (const raw of [{ interruptOn: 'always' }, { interruptOn: 1 }, {}, null, undefined, 'scam', 42, [], [{ interruptOn: 'off' }]]) {
      expect(repairSettings(raw), JSON.stringify(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('drops fields it does not know', () => {
    expect(repairSettings({ interruptOn: 'off', sendEverything: true })).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
  });

  it('keeps a report address and a language, and drops broken ones without touching the rest', () => {
    expect(repairSettings({ interruptOn: 'off', reportUrl: 'https://reports.example/', language: 'ja' })).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'off', reportUrl: 'https://reports.example/', language: 'ja' });
    expect(repairSettings({ interruptOn: 'off', reportUrl: 'javascript:alert(1)', language: 'klingon' })).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
  });

  it('upgrades stored version-1 settings to version 2 and keeps the choices made', () => {
    const v1 = { interruptOn: 'suspicious', listUrl: 'https://lists.example/' };
    const upgraded = SETTINGS_MIGRATIONS[2]?.(v1);
    expect(repairSettings(upgraded)).toEqual({ interruptOn: 'suspicious', listUrl: 'https://lists.example/', reportUrl: '', language: 'auto' });
  });

  // It happened in the report-loop test: settings written with a report address but without the
  // version mark were upgraded again, and the address was gone, so no report could be sent.
  it('keeps a report address and a language that settings without a version mark already hold', () => {
    const unmarked = { interruptOn: 'scam', reportUrl: 'https://reports.example/', language: 'de' };
    expect(repairSettings(SETTINGS_MIGRATIONS[2]?.(unmarked))).toEqual({ ...DEFAULT_SETTINGS, ...unmarked });
  });
});

describe('repairAllowlist', () => {
  const good = [
    { host: 'intranet.example', addedAt: 1_700_000_000_000 },
    { host: 'shop.example.org', addedAt: 1_700_000_100_000 },
    { host: '[::1]', addedAt: 1_700_000_200_000 },
  ];

  it('keeps a valid allowlist as it is', () => {
    expect(repairAllowlist({ entries: good })).toEqual({ entries: good });
  });

  it('drops only the broken entries, keeps the good ones in order, and keeps a host whose date is broken', () => {
    const raw = {
      entries: [
        good[0],
        { host: 'Upper.Example', addedAt: 1 },
        { host: 'https://with-scheme.example/', addedAt: 1 },
        { host: 'ok.example', addedAt: 'yesterday' },
        { addedAt: 1 },
        null,
        'plain-string.example',
        42,
        good[1],
        { host: '', addedAt: 1 },
        good[2],
      ],
    };
    expect(repairAllowlist(raw)).toEqual({ entries: [good[0], { host: 'ok.example', addedAt: 0 }, good[1], good[2]] });
  });

  it('drops repeats of a host, keeping the first', () => {
    const raw = { entries: [good[0], { host: 'intranet.example', addedAt: 5 }, good[1], good[1]] };
    expect(repairAllowlist(raw)).toEqual({ entries: [good[0], good[1]] });
  });

  it('reads anything that is not an allowlist as an empty one', () => {
    for (const raw of [null, undefined, 'intranet.example', 7, [], good, { entries: 'intranet.example' }, { entries: null }, {}]) {
      expect(repairAllowlist(raw), JSON.stringify(raw)).toEqual({ entries: [] });
    }
  });
});

describe('repairTabState', () => {
  const state: TabState = {
    url: 'https://alert.example/',
    documentId: 'doc-1',
    levelSince: 1_700_000_000_000,
    scanMs: [0.5],
    verdict: { level: 'scam', score: 90, signals: [{ id: 'brand.impersonation', weight: 35, evidence: 'microsoft:windows' }] },
    allowed: false,
    blocked: true,
    updatedAt: 1_700_000_000_000,
  };

  it('keeps a valid tab state', () => {
    expect(repairTabState(structuredClone(state))).toEqual(state);
  });

  it('reads a broken tab state as unknown rather than as a wrong verdict', () => {
    const broken: unknown[] = [
      null,
      undefined,
      'scam',
      { ...state, verdict: { ...state.verdict, level: 'dangerous' } },
      { ...state, verdict: undefined },
      { ...state, allowed: 'yes' },
      { ...state, url: 3 },
      { ...state, verdict: { ...state.verdict, signals: [{ id: 'x' }] } },
    ];
    for (const raw of broken) expect(repairTabState(raw), JSON.stringify(raw)).toBeNull();
  });
});

describe('allowlistHost', () => {
  it.each([
    ['https://intranet.example/path?q=1#top', 'intranet.example'],
    ['http://intranet.example:8080/', 'intranet.example'],
    ['https://Shop.EXAMPLE.org/', 'shop.example.org'],
    ['https://shop.example.org./', 'shop.example.org'],
    ['https://user:pass@shop.example.org/', 'shop.example.org'],
    ['http://192.168.1.10/admin', '192.168.1.10'],
    ['http://[::1]:3000/', '[::1]'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
  ])('gives %s the host %s', (url, host) => {
    expect(allowlistHost(url)).toBe(host);
  });

  // Browsers load hosts such as my_site.example.com; without a key "continue anyway" could never
  // work for them.
  it('gives a host with an underscore its allowlist key', () => {
    expect(allowlistHost('https://my_site.example.com/')).toBe('my_site.example.com');
  });

  it.each([
    'ftp://files.example/',
    'file:///etc/hosts',
    'chrome://newtab/',
    'chrome-extension://abcdefghijklmnop/warning.html',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(allowlistHost(url)).toBeNull();
  });
});
