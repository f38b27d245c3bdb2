import { pageText } from '../../helpers/page-text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage, findPhoneNumbers, LIMITS, prefilter } from '../../../../src/core/detect/prefilter';
import { NUMBERS_FROM } from '../../../../src/core/detect/extract';
import { detect } from '../../../../src/core/detect/score';
import { PageCandidatesSchema, PageExtractSchema } from '../../../../src/core/detect/types';

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function numbersIn(text: string): string[] {
  return findPhoneNumbers(text).map((m) => m.text);
}

describe('findPhoneNumbers', () => {
  it.each([
    ['spaces', 'Call 1 800 555 0199 now', '18005550199'],
    ['dashes', 'Call 1-800-555-0199 now', '18005550199'],
    ['dots', 'Call 800.555.0199 now', '8005550199'],
    ['parentheses', 'Call (800) 555-0199 now', '8005550199'],
    ['a +1 prefix', 'Call +1 (888) 555-0147 now', '18885550147'],
    ['a +1 prefix without separators', 'Call +18885550147 now', '18885550147'],
    ['non-breaking spaces', 'Call 1\u00a0800\u00a0555\u00a00199 now', '18005550199'],
    ['narrow and thin spaces', 'Call 0800\u202f555\u20090199 now', '08005550199'],
    ['a UK number', 'Ring 0800 123 4567 today', '08001234567'],
    ['an international number', 'Ring +44 20 7946 0018 today', '442079460018'],
  ])('finds a number written with %s', (_, text, expected) => {
    const found = numbersIn(text);
    expect(found).toHaveLength(1);
    expect(digits(found[0] ?? '')).toBe(expected);
  });

  it('keeps the leading "+" the page wrote', () => {
    expect(numbersIn('Call +1 (888) 555-0147')[0]).toMatch(/^\+1/);
  });

  // The warning page shows the number as the page wrote it, parentheses and all.
  it('keeps the opening parenthesis of an area code', () => {
    expect(numbersIn('Call (800) 555-0199 now')).toEqual(['(800) 555-0199']);
  });

  it('reports where the number is in the text', () => {
    const text = 'Support line: 1-800-555-0199';
    const [match] = findPhoneNumbers(text);
    expect(match && text.slice(match.index, match.index + match.text.length)).toBe('1-800-555-0199');
  });

  it('finds each of several numbers on one line', () => {
    expect(numbersIn('US 1-800-555-0199, UK 0800 123 4567, AU 1800 123 456').map(digits)).toEqual(['18005550199', '08001234567', '1800123456']);
  });

  it.each([
    ['a year', 'Copyright 2024 Example Ltd'],
    ['a short code', 'Dial 911 or 112 in an emergency'],
    ['a five-digit number', 'Room 12345, floor 3'],
    ['a price with a thousands separator', 'Now only $1,299.99!'],
    ['a plain price', 'Total: 1299.99 USD'],
    ['a euro price', 'Price € 49,99'],
    ['a 20-digit order id', 'Order 12345678901234567890 shipped'],
    ['a grouped 20-digit id', 'Licence 1234-5678-9012-3456-7890'],
    ['a 16-digit card number', 'Card 4111 1111 1111 1111'],
  ])('ignores %s', (_, text) => {
    expect(numbersIn(text)).toEqual([]);
  });

  // A date has as many digits as a phone number; "Do not call: 2024-05-12" would be nonsense.
  it('ignores a full date', () => {
    expect(numbersIn('Updated 2024-05-12, 12.05.2024 and 12/05/2024')).toEqual([]);
  });

  // "24/7" after a number is opening hours, not more digits of the number.
  it('does not glue "24/7" onto the number before it', () => {
    expect(numbersIn('Call 1-800-555-0199 24/7')).toEqual(['1-800-555-0199']);
  });
});

describe('prefilter', () => {
  it('sends a number with the words around it, so "call now" next to it is seen', () => {
    const filler = 'Lorem ipsum dolor sit amet, '.repeat(12);
    const line = `${filler}Call Microsoft now at 1-888-555-0147 before your files are deleted. ${filler}`;
    const candidates = prefilter(pageText({ title: '', text: `Unrelated first line\n${line}\nUnrelated last line`, telLinks: [] }));

    expect(candidates.phones).toHaveLength(1);
    const [phone] = candidates.phones;
    expect(phone?.source).toBe('text');
    expect(phone?.text).toBe('1-888-555-0147');
    expect(phone?.context).toContain('Call Microsoft now at 1-888-555-0147 before your files are deleted.');
    expect(phone?.context.length).toBeLessThanOrEqual(LIMITS.snippetChars);
    expect(phone?.context).not.toContain('Unrelated');
  });

  it('reads a number written backwards under a right-to-left override as the screen shows it', () => {
    // On screen: "Call Microsoft Support 1-800-555-0100 now" and "Helpline +1 (888) 555-0147"
    // (the brackets of a run shown right to left are drawn mirrored).
    const { phones } = prefilter(pageText({ title: '', text: 'Call Microsoft Support \u202e0010-555-008-1\u202c now\nHelpline \u202e7410-555 (888) 1+' }));
    expect(phones.map((phone) => digits(phone.text))).toEqual(['18005550100', '18885550147']);
    // Only the overridden run turns round: the words after its pop stay as written.
    expect(phones[0]?.context).toContain('Call Microsoft Support 1-800-555-0100 now');
  });

  it('finds numbers in the title', () => {
    const candidates = prefilter(pageText({ title: '  Call 1-888-555-0147 - Windows Support  ', text: '', telLinks: [] }));
    expect(candidates.title).toBe('Call 1-888-555-0147 - Windows Support');
    expect(candidates.phones).toEqual([{ text: '1-888-555-0147', source: 'title', context: 'Call 1-888-555-0147 - Windows Support' }]);
  });

  it.each([
    ['a plain tel: link', 'tel:+1-800-555-0199', '+1-800-555-0199'],
    ['an url-encoded tel: link', 'tel:%2B1%20(800)%20555-0199', '+1 (800) 555-0199'],
    ['an upper-case scheme with an extension', 'TEL:18005550199;ext=12', '18005550199'],
    ['a tel: link with parameters', 'tel:0800-123-4567?call', '0800-123-4567'],
  ])('reads %s', (_, href, expected) => {
    const candidates = prefilter(pageText({ title: '', text: '', telLinks: [href] }));
    expect(candidates.phones).toEqual([{ text: expected, source: 'tel', context: '' }]);
  });

  it('ignores tel: links that are not phone numbers, and survives broken encoding', () => {
    const candidates = prefilter(pageText({ title: '', text: '', telLinks: ['tel:911', 'tel:', 'tel:12345678901234567890', 'tel:1-800-555-0199%ZZ'] }));
    expect(candidates.phones.map((p) => digits(p.text))).toEqual(['18005550199']);
  });

  it('sends the same number once per place it was found', () => {
    const candidates = prefilter(pageText({
      title: 'Call 1-800-555-0199',
      text: 'Call 1-800-555-0199\nCall 1-800-555-0199 again\nPlease call 1-800-555-0199',
      telLinks: ['tel:1-800-555-0199', 'tel:1-800-555-0199'],
    }));
    expect(candidates.phones.map((p) => p.source).sort()).toEqual(['tel', 'text', 'title']);
  });

  it('keeps only lines with trigger words, whitespace tidied, and nothing of the rest of the page', () => {
    const candidates = prefilter(pageText({
      title: 'Rosie’s Bakery',
      text: [
        'Welcome to Rosie’s Bakery',
        'Fresh sourdough every morning',
        '   WARNING:   virus\tdetected   ',
        'Our cakes are made with real butter',
        'Your computer has been locked',
      ].join('\n'),
      telLinks: [],
    }));
    expect(candidates.snippets).toEqual(['WARNING: virus detected', 'Your computer has been locked']);
    const sent = JSON.stringify(candidates.phones) + JSON.stringify(candidates.snippets);
    expect(sent).not.toContain('sourdough');
    expect(sent).not.toContain('butter');
  });

  it("keeps a site's first-person disclaimer of a brand, which a fake support line prints far from its number", () => {
    const filler = 'Paper jams, driver errors and offline printers are what we fix every day. '.repeat(60);
    const text = ['Call our 24/7 printer help desk: 1-888-555-0171', filler, 'Disclaimer: We are an independent service provider and are not affiliated with HP Inc.', '© 2026'].join('\n');
    const candidates = prefilter(pageText({ title: 'HP Printer Customer Service', text }));
    expect(candidates.snippets.join('\n')).toContain('We are an independent service provider');
    expect(candidates.phones.map((phone) => phone.context).join('\n')).not.toContain('independent');
    // A publication's word about itself is not sent.
    const minutes = 'The council met on Tuesday to discuss the library budget. '.repeat(60);
    const news = prefilter(pageText({ title: 'Daily News', text: `${minutes}\nThe Daily News is an independent newspaper.` }));
    expect(news.snippets).toEqual([]);
    const detected = detect({ candidates, url: 'https://www.print-fixers.example/' });
    expect(detected.signals.find((signal) => signal.id === 'brand.support-line')?.evidence).toBe('HP Printer Customer Service');
  });

  it('sends nothing but the title for an ordinary page', () => {
    const candidates = prefilter(pageText({ title: 'Recipes', text: 'Preheat the oven.\nMix flour and eggs.\nBake for 40 minutes.', telLinks: [] }));
    expect(candidates).toMatchObject({ title: 'Recipes', phones: [], snippets: [] });
  });

  it('searches the top of a long page for alert words, and keeps the words around a number further down', () => {
    const filler = 'The committee met on Tuesday to discuss the budget for the new library. '.repeat(200);
    const candidates = prefilter(pageText({ title: 'Minutes', text: `${filler}\nVirus detected, your computer is blocked!\nCall Microsoft now: 1-888-555-0147` }));
    expect(candidates.snippets.join(' ')).not.toContain('Virus detected');
    expect(candidates.phones[0]?.context).toContain('Virus detected, your computer is blocked!');
  });

  it('stays within its limits on a huge page, and the background still accepts what it sends', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `Virus alert ${'!'.repeat(600)} call support at 1-800-555-${String(i).padStart(4, '0')} ${'x'.repeat(600)}`);
    const candidates = prefilter(pageText({
      title: `Windows alert ${'x'.repeat(5000)}`,
      text: lines.join('\n'),
      telLinks: Array.from({ length: 500 }, (_, i) => `tel:+1888555${String(i).padStart(4, '0')}`),
    }));

    expect(candidates.phones).toHaveLength(LIMITS.phones);
    expect(candidates.snippets.length).toBeGreaterThan(0);
    expect(candidates.snippets.length).toBeLessThanOrEqual(LIMITS.snippets);
    expect(candidates.title.length).toBeLessThanOrEqual(LIMITS.titleChars);
    for (const snippet of candidates.snippets) expect(snippet.length).toBeLessThanOrEqual(LIMITS.snippetChars);
    for (const phone of candidates.phones) expect(phone.context.length).toBeLessThanOrEqual(LIMITS.snippetChars);
    expect(PageCandidatesSchema.safeParse(candidates).success).toBe(true);
  });

  it('sends the background a bounded message however much a page holds', () => {
    const page = pageText({
      title: `Windows alert ${'x'.repeat(5000)}`,
      text: Array.from({ length: 5000 }, (_, i) => `Virus alert call support at 1-800-555-${String(i).padStart(4, '0')} ${'x'.repeat(600)}`).join('\n'),
      telLinks: Array.from({ length: 500 }, (_, i) => `tel:+1888555${String(i).padStart(4, '0')}${'0'.repeat(300)}`),
      attrTexts: Array.from({ length: 300 }, (_, i) => `Call 1-800-555-${String(i).padStart(4, '0')} ${'y'.repeat(600)}`),
      dialogTexts: Array.from({ length: 30 }, () => `Call now ${'z'.repeat(900)}`),
    });
    const extract = extractPage(page);
    expect(PageExtractSchema.safeParse(extract).success).toBe(true);
    expect(JSON.stringify(extract).length).toBeLessThan(200_000);
  });

  it('sends the top of the text and the surroundings of numbers, not the rest of a long page', () => {
    const line = 'Welcome to the parish newsletter.\n';
    const top = line.repeat(Math.ceil(LIMITS.topChars / line.length));
    const middle = 'The choir rehearses the secret anthem on Thursdays.\n'.repeat(300);
    const end = 'Parish office: 020 7946 0958';
    const extract = extractPage(pageText({ title: 'Newsletter', text: `${top}${middle}${end}` }));
    expect(extract.top.length).toBe(LIMITS.topChars);
    expect(extract.phones.map((p) => p.text)).toEqual(['020 7946 0958']);
    // The number's context reaches back a little into the text above it, no further.
    const sent = JSON.stringify(extract);
    expect(sent.split('secret anthem').length - 1).toBeLessThanOrEqual(4);
  });

  it('finds every number of the text once, with the words around it, wherever it stands against where the top ends', () => {
    // The background finds the numbers of the top, the content script those further down
    // (NUMBERS_FROM): none may fall between the two, be cut in two, or lose its context.
    // Invisible characters in the text before it move it nearer the top once removed.
    const filler = (length: number, hidden: number) => {
      const line = 'The parish choir rehearses on Thursdays in the hall.\n';
      const plain = line.repeat(Math.ceil(length / line.length)).slice(0, length);
      let text = plain;
      for (let i = 0; i < hidden; i++) {
        const at = Math.floor(((i + 1) * plain.length) / (hidden + 1));
        text = `${text.slice(0, at)}\u200b${text.slice(at)}`;
      }
      return text;
    };
    fc.assert(
      fc.property(fc.integer({ min: NUMBERS_FROM - 400, max: NUMBERS_FROM + 400 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('1-888-555-0147', '+1 (888) 555 0147', '1\u200b888\u200b555\u200b0147'), (at, hidden, written) => {
        const text = `${filler(at, hidden)}Call Windows support on ${written} now, open all night.\n${filler(3000, 0)}`;
        const numbers = prefilter(pageText({ title: 'Parish news', text })).phones.filter((p) => p.source === 'text');
        expect(numbers).toHaveLength(1);
        expect(digits(numbers[0]?.text ?? '')).toBe('18885550147');
        expect(numbers[0]?.context).toContain('Call Windows support on');
        expect(numbers[0]?.context).toContain('open all night');
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the numbers of a short page to the background, which finds them in the top it receives anyway', () => {
    const page = pageText({ title: 'Alert', text: 'Your computer is blocked.\nCall Microsoft Support: 1-888-555-0147' });
    expect(extractPage(page).phones).toEqual([]);
    expect(prefilter(page).phones.map((p) => p.text)).toEqual(['1-888-555-0147']);
  });

  // A scam page must not escape by padding its title: the background rejects oversize candidates.
  it('sends candidates the background accepts when a long title holds a number', () => {
    const title = `Windows Security Alert - call 1-888-555-0147 - ${'Your computer is infected. '.repeat(16)}`;
    const candidates = prefilter(pageText({ title, text: '', telLinks: [] }));
    expect(candidates.phones).toHaveLength(1);
    expect(PageCandidatesSchema.safeParse(candidates).success).toBe(true);
  });
});
