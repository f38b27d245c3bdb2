import { pageText } from '../helpers/page-text';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detect } from '../../../src/core/detect/score';
import { prefilter } from '../../../src/core/detect/prefilter';
import type { Signal } from '../../../src/core/detect/types';
import { explainSignal, impersonatedBrandId, numbersIn, reasonLines, t } from '../../../src/ui/i18n';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const MESSAGES = JSON.parse(
  readFileSync(new URL('../../../assets/public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, LocaleMessage>;

/** chrome.i18n.getMessage over the real English messages: named placeholders, then $1..$9. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$([1-9])/g, (_, n: string) => values[Number(n) - 1] ?? '');
  return fill(entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, p: string) => entry.placeholders?.[p.toLowerCase()]?.content ?? ''));
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
});

const SCAM_SIGNALS: Signal[] = detect({
  candidates: prefilter(pageText({
    title: 'Windows Security Alert',
    text: 'Your computer has been blocked. Trojan spyware detected.\nCall Microsoft Support: 1-888-555-0147 or +1 (888) 555-0147',
    telLinks: ['tel:+18885550147'],
  })),
  url: 'https://alert.example/',
}).signals;

describe('t', () => {
  it('shows the message with its value filled in', () => {
    expect(t('optionsAllowlistRemove', 'intranet.example')).toBe('Remove intranet.example');
  });

  it('shows the key rather than an empty label when a message is missing', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('warningBack')).toBe('warningBack');
  });
});

describe('explainSignal', () => {
  it('names the faked brand by its name, not its id', () => {
    expect(explainSignal({ id: 'brand.impersonation', weight: 35, evidence: 'microsoft:windows defender' })).toBe(
      'Pretends to be Microsoft, but this site does not belong to Microsoft',
    );
  });

  it('shows the number in the number reasons', () => {
    expect(explainSignal({ id: 'number.call-to-action', weight: 15, evidence: '+1 (888) 555-0147' })).toBe('Asks you to call +1 (888) 555-0147');
    expect(explainSignal({ id: 'number.freephone', weight: 10, evidence: '0800 123 4567' })).toContain('0800 123 4567');
    expect(explainSignal({ id: 'number.shown', weight: 5, evidence: '0800 123 4567' })).toContain('0800 123 4567');
  });

  it('quotes the scare words', () => {
    expect(explainSignal({ id: 'scare.infection', weight: 20, evidence: 'Trojan spyware detected' })).toContain('“Trojan spyware detected”');
  });

  it('still explains a signal it does not know, with its evidence', () => {
    expect(explainSignal({ id: 'experimental.new-signal', weight: 10, evidence: 'requested full screen' })).toBe('Warning sign: requested full screen');
  });

  it('explains every reason of a real verdict in words, with no placeholder left over', () => {
    expect(SCAM_SIGNALS.length).toBeGreaterThan(0);
    for (const signal of SCAM_SIGNALS) {
      const text = explainSignal(signal);
      expect(text, signal.id).not.toMatch(/\$|signal_/);
      expect(text, signal.id).toContain(signal.id === 'brand.impersonation' ? 'Microsoft' : signal.evidence);
    }
  });
});

describe('impersonatedBrandId and numbersIn', () => {
  it('reads the faked brand and the numbers of a verdict, each number once', () => {
    expect(impersonatedBrandId(SCAM_SIGNALS)).toBe('microsoft');
    const numbers = numbersIn(SCAM_SIGNALS);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(number.replace(/\D/g, '')).toMatch(/8885550147$/);
  });

  it('finds no brand and no number in a verdict without them', () => {
    const signals: Signal[] = [{ id: 'scare.infection', weight: 20, evidence: 'virus detected' }];
    expect(impersonatedBrandId(signals)).toBeUndefined();
    expect(numbersIn(signals)).toEqual([]);
  });
});

describe('reasonLines', () => {
  it('says repeated scare words once, with how often and the strongest example, and keeps the other reasons', () => {
    const lines = reasonLines([
      { id: 'scare.lock', weight: 10, evidence: 'this PC has been blocked' },
      { id: 'brand.impersonation', weight: 35, evidence: 'microsoft:windows defender' },
      { id: 'scare.infection', weight: 20, evidence: 'Trojan spyware detected' },
      { id: 'context.long-page', weight: 0, evidence: '9000 characters' },
      { id: 'scare.urgency', weight: 5, evidence: 'Do not restart' },
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      'Pretends to be Microsoft, but this site does not belong to Microsoft',
      'Uses the scare words of fake alerts 3 times, such as “Trojan spyware detected”',
    ]);
  });

  it('keeps a single scare reason as it is', () => {
    expect(reasonLines([{ id: 'scare.infection', weight: 20, evidence: 'virus detected' }]).map((line) => line.text)).toEqual([
      'Uses the scare words of fake alerts: “virus detected”',
    ]);
  });
});
