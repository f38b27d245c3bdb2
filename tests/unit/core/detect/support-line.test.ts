import { describe, expect, it } from 'vitest';
import { DISOWN_HINT_RE, DISOWN_RE, findSupportLine, type SupportLinePage } from '../../../../src/core/detect/support-line';

/** A page that speaks as the line ("our"), so that only the claim itself is under test. */
const SPEAKS = 'Call our experts now.';
const pageOf = (fields: Partial<SupportLinePage>): SupportLinePage => ({ title: '', lines: [], texts: [], host: 'www.print-fixers.example', hostOwned: false, ...fields });
/** The brand of the claim, on a page that otherwise speaks as the line through one of its texts. */
const claimed = (title: string, lines: readonly string[] = [], owned = false) =>
  findSupportLine(pageOf({ title, lines, texts: [`Disclaimer: we are an independent support provider. ${SPEAKS}`], hostOwned: owned }))?.brand.id;

describe('findSupportLine', () => {
  it.each([
    ['HP Printer Customer Service | Printer Support', 'hp'],
    ['Canon Printer Support', 'canon'],
    ['QuickBooks Support Number +1(844) 555-0108', 'intuit'],
    ['QuickBooks Error Support Phone Number +1(844) 555-0108 QB Error', 'intuit'],
    ['Outlook Support, Outlook password support, Outlook login problems', 'microsoft'],
    ['Welcome to H.P Printer Customer Support - How can we help?', 'hp'],
    ['Facebook Support', 'meta'],
    ['Norton Antivirus Customer Service Number', 'norton'],
  ])('hears a title that calls itself a support line: %s', (title, brand) => {
    expect(claimed(title)).toBe(brand);
  });

  it.each([
    'How to Contact PayPal Customer Service',
    'Is this HP support number a scam?',
    'Canon EOS R5 review: the best camera for support photographers',
    'My brother supports me | A blog',
    'Customer Care Number - Toll Free Helpline Contact No',
    'ComputerMixx - Remote Support',
  ])('hears no claim in a title that is not one: %s', (title) => {
    expect(claimed(title)).toBeUndefined();
  });

  it('hears the claim on a line next to the number: a call to that line, or its label', () => {
    expect(claimed('Printer Help', ['Call our 24/7 HP printer customer service line and a technician will fix it.'])).toBe('hp');
    expect(claimed('Printer Help', ['Canon Printer Support Hotline: 1-888-555-0171'])).toBe('canon');
  });

  it('does not take a line that tells about calling for one that asks for the call', () => {
    expect(claimed('Printer Help', ['If you call HP printer support, have your serial number ready.'])).toBeUndefined();
    expect(claimed('News', ['Never call Microsoft support from a number in a pop-up.'])).toBeUndefined();
    expect(claimed('News', ['Scammers pose as Amazon customer service on the phone.'])).toBeUndefined();
  });

  it("says nothing on a brand's own site, or where a page claims several brands' lines", () => {
    expect(claimed('HP Printer Customer Service', [], true)).toBeUndefined();
    expect(claimed('Printer Support', ['HP Printer Support: 1-888-555-0171', 'Canon Printer Support: 1-888-555-0171'])).toBeUndefined();
    expect(claimed('Outlook Support', ['Call our Gmail support line 1-888-555-0171'])).toBeUndefined();
  });

  describe('takes the claim for the page’s own only where the page makes it so', () => {
    // The same claim in the same words, on pages that are not the brand's line.
    it.each([
      ['an article on reaching a brand', 'Amazon Customer Service Number: How to Reach a Real Person | TechDaily', ['You can call Amazon customer service at 1-888-280-4331, 24 hours a day.'], 'www.techdaily.example'],
      ['a directory entry', 'Amazon Customer Service Phone Number 1-888-280-4331 | CallHelp', ['Amazon Customer Service', 'Phone: 1-888-280-4331 (toll free)', 'Call Amazon customer service at 1-888-280-4331.'], 'www.callhelp.example'],
      ['a university help desk', 'Apple Support | Information Technology Services | Lakeview University', ['Service Desk: 1-877-555-0199 (toll free) or ext. 4357 on campus.'], 'its.lakeview.example'],
    ])('not on %s', (_kind, title, lines, host) => {
      const page = pageOf({ title, lines, host, texts: ['TechDaily is an independent publication.', 'CallHelp is not affiliated with the companies listed.'] });
      expect(findSupportLine(page)).toBeUndefined();
    });

    const title = 'HP Printer Customer Service | Printer Support';
    const lines = ['Toll free: 1-888-555-0171'];
    it.each([
      ['speaks as the line beside its number', { lines: ['Call our 24/7 HP printer customer service line: 1-888-555-0171'] }, 'speaks-as-line'],
      ['welcomes the caller to the line', { title: 'Welcome to H.P Printer Customer Support - How can we help?' }, 'speaks-as-line'],
      ['speaks as the line elsewhere on the page', { texts: ['Printer offline? Call our 24/7 HP printer customer service line today.'] }, 'speaks-as-line'],
      ['says it is not the brand', { texts: ['We are not HP'] }, 'disowns-brand'],
      ['calls itself an independent provider', { texts: ['Disclaimer: We are an independent general printer and peripheral devices service provider.'] }, 'disowns-brand'],
      ['calls itself a third-party provider', { texts: ['We’re a proud third-party certified service provider.'] }, 'disowns-brand'],
      ['says it is not affiliated', { texts: ['We are a help site and are not affiliated with, endorsed by, or connected to HP Inc.'] }, 'disowns-brand'],
      ['has an address that leads with the brand', { host: 'hpprinter-support.ddns.example' }, 'address'],
    ])('where the page %s', (_kind, fields, because) => {
      expect(findSupportLine(pageOf({ title, lines, ...fields }))?.because).toBe(because);
    });

    it('finds every disowning sentence past the cheap test that lets the pre-filter skip most pages', () => {
      const disowning = [
        'We are not HP',
        'We are not the official Canon support.',
        'Disclaimer: We are an independent general printer and peripheral devices service provider.',
        'PrintAlliance is an independent online support provider.',
        'We’re a proud third-party certified service provider.',
        'We are a help site and are not affiliated with, endorsed by, or connected to HP Inc.',
        'We have no association or affiliation with any brands mentioned on this website.',
        'We are in no way sponsored by Intuit.',
      ];
      for (const text of disowning) {
        expect(DISOWN_RE.test(text), text).toBe(DISOWN_HINT_RE.test(text));
        expect(DISOWN_HINT_RE.test(text), text).toBe(true);
      }
    });

    it('and not from a look-alike of those words', () => {
      for (const texts of [['We are not responsible for third-party content.'], ['Our editors are independent of advertisers.'], ['TechDaily is an independent provider of consumer news.'], ['Read our HP printer reviews.']]) {
        expect(findSupportLine(pageOf({ title, lines, texts })), texts[0]).toBeUndefined();
      }
      // An address that merely contains the letters of a brand's name.
      expect(findSupportLine(pageOf({ title, lines, host: 'www.shopping-help.example' }))).toBeUndefined();
      // Another brand's name leading the address does not make the claim the page's own.
      expect(findSupportLine(pageOf({ title, lines, host: 'canonprintersupport.example' }))).toBeUndefined();
    });
  });
});
