import { describe, expect, it } from 'vitest';
import { findSupportLine } from '../../../../src/core/detect/support-line';

const brandOf = (title: string, lines: readonly string[] = [], owned = false) => findSupportLine(title, lines, owned)?.brand.id;

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
    expect(brandOf(title)).toBe(brand);
  });

  it.each([
    'How to Contact PayPal Customer Service',
    'Is this HP support number a scam?',
    'Canon EOS R5 review: the best camera for support photographers',
    'My brother supports me | A blog',
    'Customer Care Number - Toll Free Helpline Contact No',
    'ComputerMixx - Remote Support',
  ])('hears no claim in a title that is not one: %s', (title) => {
    expect(brandOf(title)).toBeUndefined();
  });

  it('hears the claim on a line next to the number: a call to that line, or its label', () => {
    expect(brandOf('Printer Help', ['Call our 24/7 HP printer customer service line and a technician will fix it.'])).toBe('hp');
    expect(brandOf('Printer Help', ['Canon Printer Support Hotline: 1-888-555-0171'])).toBe('canon');
  });

  it('does not take a line that tells about calling for one that asks for the call', () => {
    expect(brandOf('Printer Help', ['If you call HP printer support, have your serial number ready.'])).toBeUndefined();
    expect(brandOf('News', ['Never call Microsoft support from a number in a pop-up.'])).toBeUndefined();
    expect(brandOf('News', ['Scammers pose as Amazon customer service on the phone.'])).toBeUndefined();
  });

  it("says nothing on a brand's own site, or where a page claims several brands' lines", () => {
    expect(brandOf('HP Printer Customer Service', [], true)).toBeUndefined();
    expect(brandOf('Printer Support', ['HP Printer Support: 1-888-555-0171', 'Canon Printer Support: 1-888-555-0171'])).toBeUndefined();
    expect(brandOf('Outlook Support', ['Call our Gmail support line 1-888-555-0171'])).toBeUndefined();
  });
});
