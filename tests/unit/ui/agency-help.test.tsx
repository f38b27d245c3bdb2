// @vitest-environment happy-dom
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AgencyHelp } from '../../../src/ui/warning/AgencyHelp';

const en = JSON.parse(readFileSync(join(process.cwd(), 'assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** chrome.i18n.getMessage over the real English messages (named placeholders to $n, then values). */
function getMessage(name: string, substitutions?: string | string[]): string {
  const message = en[name]?.message ?? '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$[A-Z_]+\$/g, () => values[0] ?? '');
}

function show(uiLanguage: string, accepted: string[]): HTMLElement {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(accepted);
  const root = document.createElement('div');
  document.body.append(root);
  render(<AgencyHelp />, root);
  return root;
}

describe('AgencyHelp', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("shows the agencies of the person's country", () => {
    const root = show('en-GB', ['en-GB', 'en']);
    expect(root.textContent).toContain('Where to report it (United Kingdom):');
    expect(root.querySelector('[data-agency="uk-report-fraud"] a')?.getAttribute('href')).toBe('https://www.reportfraud.police.uk');
    expect(root.querySelector<HTMLSelectElement>('#agency-country')?.value).toBe('GB');
  });

  it('says so when the country is only a guess', () => {
    const root = show('en', ['en']);
    expect(root.textContent).toContain('Hang Up could not tell which country you are in. Where to report it (United States):');
  });

  it('sends a person from a country without an entry to the local police, not to a foreign agency', () => {
    const root = show('pt-BR', ['pt-BR']);
    expect(root.textContent).toContain('Hang Up does not know where to report scams in this country (Brazil) yet. Your local police can take a report.');
    expect(root.querySelectorAll('[data-agency]')).toHaveLength(0);
  });

  it('lets the person choose another country', async () => {
    const root = show('en-US', ['en-US']);
    const select = root.querySelector<HTMLSelectElement>('#agency-country') as HTMLSelectElement;
    select.value = 'DE';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.textContent).toContain('(Germany)');
    expect(root.querySelectorAll('[data-agency^="us-"]')).toHaveLength(0);
    expect(root.querySelectorAll('[data-agency^="de-"]').length).toBeGreaterThan(0);
  });
});
