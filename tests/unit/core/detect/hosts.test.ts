import { describe, expect, it } from 'vitest';
import { hostSignals, numberInQuery } from '../../../../src/core/detect/hosts';
import { brandsOwning } from '../../../../src/core/support/brands';

function ids(url: string): string[] {
  const host = new URL(url).hostname;
  return hostSignals(url, brandsOwning(host)).signals.map((s) => s.id);
}

describe('hostSignals', () => {
  it.each([
    'https://winsec-alert.z13.web.core.windows.net/index.html',
    'https://coral-app-9fk3t.ondigitalocean.app/',
    'https://helpdesk-bucket.s3.us-east-2.amazonaws.com/index.html',
    'https://stellar-name-4c1e9d.netlify.app/',
    'https://kitchen-3f9a.pages.dev/',
    'https://alert-x.web.app/',
    'https://x.azurewebsites.net/',
  ])('sees free hosting or a cloud bucket in %s', (url) => {
    expect(ids(url)).toContain('host.shared-hosting');
  });

  it('sees a bare IP address and a punycode name', () => {
    expect(ids('http://203.0.113.7/alert.html')).toContain('host.ip-literal');
    expect(ids('https://xn--mcrosoft-0ya.com/')).toContain('host.punycode');
  });

  it.each([
    ['https://m1crosoft-securitycentre-help.com/', 'microsoft'],
    ['https://kqz71w.apple-devicesupport-alert.com/', 'apple'],
    ['https://applecare-alert-0x268d007.web.app/', 'apple'],
    ['https://x9k2lq.macos-securitycentre-uk.online/', 'apple'],
    ['https://windowsdefender-alert.example/', 'microsoft'],
    // "1" for "l" as well as for "i".
    ['https://app1e-care-centre.example/', 'apple'],
    ['https://goog1e-account-help.example/', 'google'],
  ])('sees the brand in %s', (url, brand) => {
    const facts = hostSignals(url, []);
    expect(facts.brandInHost?.id).toBe(brand);
    expect(facts.signals.map((s) => s.id)).toContain('host.brand-word');
  });

  it('does not see brands inside ordinary words', () => {
    expect(hostSignals('https://pineapple-recipes.example/', []).brandInHost).toBeUndefined();
    expect(hostSignals('https://purchase-orders.example/', []).brandInHost).toBeUndefined();
  });

  it('sees fake error codes and alert words in the name', () => {
    expect(ids('https://errcode-0x80070-helpdesk.example/')).toContain('host.error-code');
    expect(ids('https://security-alert-centre.example/')).toContain('host.alert-words');
    expect(ids('https://pc-b1ocked-now.example/')).toContain('host.alert-words');
    expect(ids('https://a1ert-centre.example/')).toContain('host.alert-words');
  });

  it("says nothing about a brand's own host or an ordinary one", () => {
    expect(ids('https://support.microsoft.com/en-us/windows')).toEqual([]);
    expect(ids('https://www.apple.com/support/')).toEqual([]);
    expect(ids('https://www.bbc.co.uk/news/technology')).toEqual([]);
    expect(ids('https://en.wikipedia.org/wiki/Computer_virus')).toEqual([]);
  });
});

describe('numberInQuery', () => {
  it.each([
    ['?phone=+1-(888)-555-0111', 'phone=1-(888)-555-0111'],
    ['?phone=18335550116', 'phone=18335550116'],
    ['?id=1&pn=MTg4ODU1NTAxNDI=', 'pn=MTg4ODU1NTAxNDI= (18885550142)'],
    ['?x=%2B44%20808%20157%200101', 'x=+44 808 157 0101'],
  ])('finds the number in %s', (query, evidence) => {
    expect(numberInQuery(new URLSearchParams(query))).toBe(evidence);
  });

  it.each(['?id=1234567890123', '?gclid=Cj0KCQiA5ZSPBhCtARIsAG8z2yB7', '?page=2&sort=price', '?ts=1700000000000'])('finds no number in %s', (query) => {
    expect(numberInQuery(new URLSearchParams(query))).toBeNull();
  });
});
