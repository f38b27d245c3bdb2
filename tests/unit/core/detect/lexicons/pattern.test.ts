import { describe, expect, it } from 'vitest';
import { phrase, widen } from '../../../../../src/core/detect/lexicons/pattern';

describe('phrase', () => {
  it('reads \\b as a word start or end in any script, not only ASCII', () => {
    const blocked = phrase(String.raw`\bbloqué\b`);
    expect(blocked.test('Votre ordinateur est bloqué !')).toBe(true);
    expect(blocked.test('débloqués')).toBe(false);
    expect(phrase(String.raw`\bзаблокирован\b`).test('Ваш компьютер заблокирован.')).toBe(true);
    expect(phrase(String.raw`\bблок\b`).test('заблокирован')).toBe(false);
  });
});

describe('widen', () => {
  const SPELLINGS = { ș: 'sșş', ă: 'aăã' };
  const asClass = { ș: '(?:[sșş])', ă: '(?:[aăã])' };

  it('lets a text typed without diacritics, or with older letters, match a source written with them', () => {
    const closed = phrase(widen(String.raw`\bînchideți\s+pagina\s+asta\b`, { î: '(?:[iîâ])', ț: '(?:[tțţ])' }));
    for (const text of ['Nu închideți pagina asta', 'Nu inchideti pagina asta', 'Nu închideţi pagina asta']) expect(closed.test(text), text).toBe(true);
  });

  it('makes each letter outside a class a group, so that a \\b before it still starts a word', () => {
    expect(widen(String.raw`\bștiri`, asClass)).toBe(String.raw`\b(?:[sșş])tiri`);
    expect(phrase(widen(String.raw`\bștiri\b`, asClass)).test('Ultimele stiri')).toBe(true);
    expect(phrase(widen(String.raw`\bștiri\b`, asClass)).test('veștiri')).toBe(false);
  });

  it('adds the spellings inside a class when asked, and leaves escapes and other letters alone', () => {
    expect(widen('[ăb]ș', asClass, SPELLINGS)).toBe('[aăãb](?:[sșş])');
    expect(widen('[ăb]ș', asClass)).toBe('[ăb](?:[sșş])');
    expect(widen(String.raw`\ș\[ă`, asClass)).toBe(String.raw`\ș\[(?:[aăã])`);
  });
});
