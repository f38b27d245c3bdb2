import { describe, expect, it } from 'vitest';
import { LEXICONS, languagesIn, lexiconsFor } from '../../../../../src/core/detect/lexicons';
import { type Lexicon, SCARE_IDS, type ScareId } from '../../../../../src/core/detect/lexicons/types';
import { EXAMPLES } from './examples';
import { FACTS_TR } from './examples-tr';
import { FACTS_CS } from './examples-cs';
import { FACTS_RO } from './examples-ro';
import { FACTS_HU } from './examples-hu';
import { FACTS_RU } from './examples-ru';
import { FACTS_EL } from './examples-el';


const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'sv', 'da', 'nb', 'fi', 'tr', 'cs', 'ro', 'hu', 'ru', 'el'] as const;

function lexicon(lang: string): Lexicon {
  const found = LEXICONS.find((l) => l.lang === lang);
  if (!found) throw new Error(`no lexicon for ${lang}`);
  return found;
}

function matchingIds(text: string, lexicons: readonly Lexicon[], strength?: 'strong' | 'weak'): string[] {
  return lexicons.flatMap((l) =>
    l.scare.filter((p) => (!strength || p.strength === strength) && p.pattern.test(text)).map((p) => `${l.lang}:${p.id}`),
  );
}

describe('lexicon structure', () => {
  it('has one lexicon per language', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS)('%s: uses known, unique phrase ids and stateless, case-insensitive Unicode patterns', (lang) => {
    const l = lexicon(lang);
    const ids = l.scare.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const phrase of l.scare) {
      expect(SCARE_IDS).toContain(phrase.id);
      expect(phrase.pattern.flags).toContain('i');
      expect(phrase.pattern.flags).toContain('u');
      expect(phrase.pattern.flags).not.toMatch(/[gy]/);
    }
    for (const pattern of [l.callToAction, l.discussion]) expect(pattern.flags).not.toMatch(/[gy]/);
  });

  it.each(LANGS)('%s: covers every fright and calls the weak ones weak', (lang) => {
    const l = lexicon(lang);
    expect(l.scare.map((p) => p.id).sort()).toEqual([...SCARE_IDS].sort());
    const weak = l.scare.filter((p) => p.strength === 'weak').map((p) => p.id).sort();
    expect(weak).toEqual(['error-code', 'security-alert']);
  });
});

/** In each language, a line that frames a fright and a line only a page about scams writes. */
const LANGUAGE_FACTS: Record<(typeof LANGS)[number], { framing: string; scam: string }> = {
  en: { framing: 'If a page says your computer is locked', scam: 'How tech support scammers work' },
  de: { framing: 'Die Seite behauptet, Ihr Computer sei gesperrt', scam: 'So arbeiten die Telefonbetrüger' },
  fr: { framing: 'La page prétend que votre ordinateur est bloqué', scam: 'Une arnaque au faux support' },
  es: { framing: 'La página afirma que su equipo está bloqueado', scam: 'Cómo funciona la estafa del soporte técnico' },
  it: { framing: 'La pagina afferma che il computer è bloccato', scam: 'La truffa del finto supporto tecnico' },
  pt: { framing: 'A página diz que o seu computador está bloqueado', scam: 'O golpe do falso suporte técnico' },
  nl: { framing: 'De pagina beweert dat uw computer is geblokkeerd', scam: 'Zo werkt helpdeskoplichting' },
  pl: { framing: 'Strona twierdzi, że komputer jest zablokowany', scam: 'Oszuści podszywają się pod pomoc techniczną' },
  ja: { framing: 'もしコンピュータがロックされたという表示が出たら', scam: 'サポート詐欺にご注意' },
  sv: { framing: 'Sidan påstår att datorn är låst', scam: 'Så fungerar bluffsamtalen' },
  da: { framing: 'Siden påstår, at computeren er låst', scam: 'Sådan virker telefonsvindel' },
  nb: { framing: 'Siden hevder at datamaskinen er låst', scam: 'Slik fungerer telefonsvindel' },
  fi: { framing: 'Sivu väittää, että tietokoneesi on lukittu', scam: 'Näin puhelinhuijarit toimivat' },
  tr: FACTS_TR,
  cs: FACTS_CS,
  ro: FACTS_RO,
  hu: FACTS_HU,
  ru: FACTS_RU,
  el: FACTS_EL,
};

describe('language facts', () => {
  it.each(LANGS)('%s: has its own framing words and scam words, as stateless case-insensitive Unicode patterns', (lang) => {
    const l = lexicon(lang);
    const facts = LANGUAGE_FACTS[lang];
    for (const pattern of [l.framing, l.scamWords]) {
      expect(pattern.flags).toContain('i');
      expect(pattern.flags).toContain('u');
      expect(pattern.flags).not.toMatch(/[gy]/);
      // An empty alternative would match everywhere.
      expect(pattern.test('')).toBe(false);
    }
    expect(l.framing.test(facts.framing)).toBe(true);
    expect(l.scamWords.test(facts.scam)).toBe(true);
  });

  it('frames with the Nordic "om" only before the one it is about, never in "a warning about"', () => {
    for (const lang of ['sv', 'da', 'nb'] as const) {
      expect(lexicon(lang).framing.test('om du')).toBe(true);
      expect(lexicon(lang).framing.test('Varning om virus')).toBe(false);
      expect(lexicon(lang).framing.test('Advarsel om virus')).toBe(false);
    }
  });

  it("takes a lure's own words for the charge and the fraud team it invents for no talk about scams", () => {
    expect(lexicon('de').scamWords.test('Eine betrügerische Abbuchung wurde festgestellt')).toBe(false);
    expect(lexicon('de').scamWords.test('Betrüger rufen an')).toBe(true);
    expect(lexicon('sv').scamWords.test('Ring bankens bedrägeriavdelning')).toBe(false);
    expect(lexicon('da').scamWords.test('Ring til svindelafdelingen')).toBe(false);
    expect(lexicon('nb').scamWords.test('Ring svindelavdelingen')).toBe(false);
    expect(lexicon('nb').scamWords.test('Slik unngår du svindel')).toBe(true);
  });

  it('puts name endings only on the languages that inflect names, each with its own', () => {
    const inflecting = LEXICONS.filter((l) => l.nameEndings.length > 0).map((l) => l.lang).sort();
    expect(inflecting).toEqual(['cs', 'da', 'de', 'fi', 'hu', 'nb', 'sv']);
    expect(lexicon('cs').nameEndings).toEqual(expect.arrayContaining(['u', 'em']));
    expect(lexicon('hu').nameEndings).toEqual(expect.arrayContaining(['hoz', 'tól']));
    expect(lexicon('de').nameEndings).toEqual(['s']);
    expect(lexicon('fi').nameEndings).toEqual(expect.arrayContaining(['in', 'lle', 'ssa']));
    expect(lexicon('fi').nameEndings).not.toContain('s');
  });

  it.each(LANGS)('%s: a page declared in it is always read in English too', (lang) => {
    expect(lexiconsFor(lang, LANGUAGE_FACTS[lang].scam.split(' ')).map((l) => l.lang)).toContain('en');
  });
});

describe.each(LANGS)('%s lexicon', (lang) => {
  const l = lexicon(lang);
  const examples = EXAMPLES[lang];
  if (!examples) throw new Error(`no examples for ${lang}`);
  const cases = Object.entries(examples.scare).flatMap(([id, texts]) => (texts ?? []).map((text) => [id as ScareId, text] as const));

  it('has at least two examples for each of at least eight phrases', () => {
    const covered = Object.values(examples.scare).filter((texts) => (texts?.length ?? 0) >= 2);
    expect(covered.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('%s matches "%s"', (id, text) => {
    const phrase = l.scare.find((p) => p.id === id);
    expect(phrase?.pattern.test(text)).toBe(true);
  });

  it.each(examples.callToAction)('asks to call in "%s"', (text) => {
    expect(l.callToAction.test(text)).toBe(true);
  });

  it.each(examples.discussion)('hears a discussion of scams in "%s"', (text) => {
    expect(l.discussion.test(text)).toBe(true);
  });

  it.each(cases)('does not take the %s line "%s" for a discussion of scams', (_id, text) => {
    expect(LEXICONS.filter((other) => other.discussion.test(text)).map((other) => other.lang)).toEqual([]);
  });

  it.each(examples.benign)('finds no strong fright in any language in "%s"', (text) => {
    expect(matchingIds(text, LEXICONS, 'strong')).toEqual([]);
  });
});

describe('tricky ordinary text', () => {
  it('reads a genuine error code as a weak signal at most', () => {
    for (const text of ['Fehlercode 0x80070005 beheben', 'How to fix error 0x80070005 in Windows Update']) {
      expect(matchingIds(text, LEXICONS, 'strong')).toEqual([]);
      expect(matchingIds(text, LEXICONS, 'weak').some((id) => id.endsWith(':error-code'))).toBe(true);
    }
  });

  it('does not ask to call a brand on everyday customer service', () => {
    for (const text of ['Call our support team', 'Contact customer service', 'Rufen Sie uns an', 'Appelez notre service client', 'Llame a nuestro equipo']) {
      expect(matchingIds(text, LEXICONS)).toEqual([]);
    }
  });
});

describe('lexiconsFor', () => {
  it('puts the page language first, then English', () => {
    const ordered = lexiconsFor('de-AT').map((l) => l.lang);
    expect(ordered.slice(0, 2)).toEqual(['de', 'en']);
  });

  it('reads a page declared Norwegian in any of its tags with the Norwegian lexicon', () => {
    for (const lang of ['nb', 'no', 'nn-NO']) expect(lexiconsFor(lang)[0]?.lang).toBe('nb');
  });

  it('accepts underscores and upper case', () => {
    expect(lexiconsFor('PT_br')[0]?.lang).toBe('pt');
  });

  it('reads an unknown or missing language in English', () => {
    for (const lang of [undefined, '', 'zz', 'tlh-Latn']) {
      expect(lexiconsFor(lang).map((l) => l.lang)).toEqual(['en']);
    }
  });

  it('adds the languages the text is written in, whatever the page declares', () => {
    const texts = ['Ihr Computer wurde gesperrt und ist nicht mehr sicher.', 'Votre ordinateur est bloqué, ne redémarrez pas votre appareil.', 'お使いのコンピュータはブロックされました'];
    expect(lexiconsFor('en', texts).map((l) => l.lang).sort()).toEqual(['de', 'en', 'fr', 'ja']);
  });

  it('does not add a language for a stray word', () => {
    expect(lexiconsFor('en', ['The die is cast, said the croupier at the casino.']).map((l) => l.lang)).toEqual(['en']);
  });
});

describe('languagesIn', () => {
  it.each([
    ['de', 'Das ist nicht der Fall, und sie wird es sehen.'],
    ['fr', 'Vous avez été informé que votre compte est bloqué.'],
    ['es', 'Usted tiene que llamar para que su equipo esté bien.'],
    ['it', 'Il computer non è protetto, per questo gli utenti sono a rischio.'],
    ['pt', 'Você não pode usar o seu computador, foi bloqueado pelo sistema.'],
    ['nl', 'Uw computer is niet veilig, het wordt voor u geblokkeerd.'],
    ['pl', 'Twój komputer nie jest bezpieczny, został zablokowany przez system.'],
    ['sv', 'Din dator är inte säker och det har blivit låst.'],
    ['da', 'Din computer er blevet blokeret af sikkerhedsmæssige årsager.'],
    ['nb', 'Datamaskinen din er blitt blokkert, og du må ikke starte den på nytt.'],
    ['fi', 'Tietokoneesi on estetty, älä sulje tätä sivua ja soita heti tukeen.'],
    ['ja', 'ウイルスが検出されました'],
    ['tr', FACTS_TR.sample],
    ['cs', FACTS_CS.sample],
    ['ro', FACTS_RO.sample],
    ['hu', FACTS_HU.sample],
    ['ru', FACTS_RU.sample],
    ['el', FACTS_EL.sample],
  ])('sees %s', (lang, text) => {
    expect(languagesIn([text])).toContain(lang);
  });
});
