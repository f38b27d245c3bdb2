// @vitest-environment happy-dom
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '../../../src/core/report';
import type { OutboxEntry } from '../../../src/extension/outbox-schema';
import { sendMessage } from '../../../src/extension/send-message';
import { askReportConsent, type DataCollectionPermissions, reportConsentPermissions } from '../../../src/ui/report/consent';
import { ReportPanel } from '../../../src/ui/report/ReportPanel';

vi.mock('../../../src/extension/send-message', () => ({ sendMessage: vi.fn() }));
// The unit tests are built as Chrome; the Firefox build's permissions API is swapped in per test.
vi.mock('../../../src/ui/report/consent', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/ui/report/consent')>()),
  reportConsentPermissions: vi.fn(),
}));

const en = JSON.parse(readFileSync(join(process.cwd(), 'assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

function getMessage(name: string, substitutions?: string | string[]): string {
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let next = 0;
  return (en[name]?.message ?? '').replace(/\$[A-Z_]+\$/g, () => values[next++] ?? '');
}

/** Firefox's permissions.request, answering as the person would. */
function firefoxAnswering(answer: () => Promise<boolean>) {
  const request = vi.fn<DataCollectionPermissions['request']>(answer);
  return { request };
}

describe('askReportConsent', () => {
  it('asks Firefox for the page address and text before it returns, while the click still counts', () => {
    const permissions = firefoxAnswering(() => new Promise<boolean>(() => undefined));
    void askReportConsent(permissions);
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ data_collection: ['browsingActivity', 'websiteContent'] });
  });

  it('lets the report go when the person allows it, or allowed it before', async () => {
    await expect(askReportConsent(firefoxAnswering(() => Promise.resolve(true)))).resolves.toEqual({ state: 'granted' });
  });

  it('holds the report back when the person refuses', async () => {
    await expect(askReportConsent(firefoxAnswering(() => Promise.resolve(false)))).resolves.toEqual({ state: 'refused' });
  });

  it('holds the report back when Firefox cannot ask, whether it throws or rejects', async () => {
    const throwing: DataCollectionPermissions = {
      request: () => {
        throw new Error('permissions.request may only be called from a user input handler');
      },
    };
    await expect(askReportConsent(throwing)).resolves.toEqual({ state: 'failed', message: 'permissions.request may only be called from a user input handler' });
    const rejecting = firefoxAnswering(() => Promise.reject(new Error('Cannot request data collection permission')));
    await expect(askReportConsent(rejecting)).resolves.toEqual({ state: 'failed', message: 'Cannot request data collection permission' });
  });

  it('asks nothing in Chrome and Edge, which have no data-collection consent', async () => {
    await expect(askReportConsent(null)).resolves.toEqual({ state: 'granted' });
  });
});

const REPORT: Report = {
  schema: 1,
  id: 'abcdefghijklmnop1234',
  kind: 'scam',
  createdAt: '2026-12-05T07:00:00.000Z',
  url: 'https://fake-alert.example/warning',
  verdict: { level: 'scam', score: 120, signals: [{ id: 'number.shown', weight: 10, evidence: '+18005550100' }] },
  numbers: ['+18005550100'],
  client: { version: '1.0.0', browser: 'firefox' },
};
const QUEUED: OutboxEntry = { report: REPORT, state: 'waiting', attempts: 0, nextAttemptAt: 0, queuedAt: 0, problem: 'no-address' };

describe('ReportPanel sending', () => {
  let root: HTMLElement;
  const send = vi.mocked(sendMessage);
  const sentReports = () => send.mock.calls.filter(([message]) => message.type === 'sendReport');

  beforeEach(async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
    send.mockReset();
    send.mockImplementation(async (message) => {
      if (message.type === 'previewReport') return { report: REPORT } as never;
      if (message.type === 'getOutbox') return { entries: [], address: '' } as never;
      if (message.type === 'sendReport') return { entry: QUEUED } as never;
      throw new Error(`unexpected ${message.type}`);
    });
  });

  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  /** Opens the panel and goes to "this is exactly what will be sent". */
  async function review(): Promise<HTMLButtonElement> {
    root = document.createElement('div');
    document.body.append(root);
    render(h(ReportPanel, { tabId: 7, verdictLevel: 'scam' }), root);
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    return vi.waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('.report-actions button.primary');
      if (!button || button.disabled) throw new Error('not reviewed yet');
      return button;
    });
  }

  it('in Firefox, sends nothing when the person refuses, says so calmly, and sends once they allow it', async () => {
    let answer = false;
    const permissions = firefoxAnswering(() => Promise.resolve(answer));
    vi.mocked(reportConsentPermissions).mockReturnValue(permissions);
    const sendButton = await review();
    expect(root.textContent).toContain(en['reportConsentNotice']?.message);

    sendButton.click();
    // Within the click itself, or Firefox would refuse to prompt.
    expect(permissions.request).toHaveBeenCalledTimes(1);
    const status = await vi.waitFor(() => root.querySelector('[data-testid="report-consent-refused"]') ?? Promise.reject(new Error('no message yet')));
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain(en['reportConsentRefused']?.message);
    expect(status.textContent).toContain('about:addons');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(sentReports()).toEqual([]);

    answer = true;
    sendButton.click();
    expect(permissions.request).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="report-status"]')).not.toBeNull());
    expect(sentReports()).toEqual([[{ type: 'sendReport', report: REPORT }]]);
    expect(root.querySelector('[data-testid="report-consent-refused"]')).toBeNull();
  });

  it('in Firefox, sends nothing when Firefox cannot ask, and says why', async () => {
    vi.mocked(reportConsentPermissions).mockReturnValue(firefoxAnswering(() => Promise.reject(new Error('No prompt here'))));
    (await review()).click();
    const status = await vi.waitFor(() => root.querySelector('[data-testid="report-consent-refused"]') ?? Promise.reject(new Error('no message yet')));
    expect(status.textContent).toContain('Firefox could not ask for permission to share it (No prompt here)');
    expect(sentReports()).toEqual([]);
  });

  it('in Chrome and Edge, sends at once without asking or mentioning Firefox', async () => {
    vi.mocked(reportConsentPermissions).mockReturnValue(null);
    const sendButton = await review();
    expect(root.textContent).not.toContain('Firefox');
    sendButton.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="report-status"]')).not.toBeNull());
    expect(sentReports()).toEqual([[{ type: 'sendReport', report: REPORT }]]);
  });
});
