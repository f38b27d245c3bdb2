import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeAuthDialog } from '../../../../src/extension/background/auth-dialogs';
import { getTabState } from '../../../../src/extension/storage';

const NOW = 1_700_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `msg:${name}`);
  fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ok: true })) as unknown as typeof fakeBrowser.tabs.sendMessage;
});

async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

describe('judgeAuthDialog', () => {
  it('cancels a sign-in dialog whose realm shows a support number, and judges it like a dialog of the page', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    const { response, judgement } = judgeAuthDialog(
      { realm: 'Windows Security: your computer has been blocked. Call Microsoft Support +1 (888) 555-0198', isProxy: false, tabId, url, type: 'main_frame' },
      NOW,
    );
    expect(response).toEqual({ cancel: true });
    await judgement;
    const state = await getTabState(tabId);
    expect(state?.verdict.level).toBe('scam');
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['behaviour.auth-dialog', 'number.call-to-action', 'brand.impersonation']));
    expect((await fakeBrowser.tabs.get(tabId)).url).toContain('warning.html');
  });

  it('leaves ordinary password prompts and proxy logins to the browser', async () => {
    const tabId = await tabAt('https://intranet.example/');
    for (const details of [
      { realm: 'Members area', isProxy: false, tabId, url: 'https://intranet.example/', type: 'main_frame' as const },
      { realm: 'Call 1-888-555-0198', isProxy: true, tabId, url: 'https://intranet.example/', type: 'main_frame' as const },
    ]) {
      const { response, judgement } = judgeAuthDialog(details, NOW);
      expect(response).toEqual({});
      await judgement;
    }
    expect(await getTabState(tabId)).toBeNull();
  });
});
