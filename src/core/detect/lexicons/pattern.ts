/*
 * Lexicon patterns are written as source text and compiled here, for two reasons.
 *
 * JavaScript's \b only knows ASCII word characters, even with the "u" flag: /\bbloqué\b/ never
 * matches "bloqué " because "é" is not a word character, and /\bgeïnfecteerd/ matches in the
 * middle of a word. In a lexicon source, \b means the start or the end of a word of letters, marks
 * or digits of any script.
 *
 * Every pattern runs on every candidate line of every page in the background, so patterns stay
 * linear: alternatives of words joined by bounded gaps inside one sentence, never `.*` and never a
 * repeated group.
 */

/**
 * Letters, marks and digits of the scripts the lexicons are written in, as ranges. (\p{L} says
 * the same for every script, but with the "iu" flags each of the thousands of uses costs V8 a
 * case-folded Unicode table at compile time: half a second in a freshly woken worker.)
 */
const WORD_CHAR = String.raw`[0-9a-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]`;
/** Before a word: no letter behind. A single look-behind keeps V8's fast scan for the first letter. */
const WORD_START = `(?<!${WORD_CHAR})`;
/** After a word: no letter ahead. */
const WORD_END = `(?!${WORD_CHAR})`;

/**
 * One case-insensitive, Unicode-aware pattern that matches any of `sources`. Each \b becomes a
 * word start when a word, a group of words or a class of characters follows it ("\b[1-9]"), and a
 * word end otherwise (after a word, before a gap or another negated class, a look-around or the
 * end).
 */
export function phrase(...sources: readonly string[]): RegExp {
  const source = sources.map((s) => `(?:${s})`).join('|');
  const compiled = source.replace(/\\b/g, (_match, offset: number) =>
    /^(?:\(\?:|\[(?!\^)|[\p{L}\p{N}])/u.test(source.slice(offset + 2, offset + 5)) ? WORD_START : WORD_END,
  );
  return new RegExp(compiled, 'iu');
}

/** Up to `max` characters that stay inside one sentence (no sentence end, no line break). */
export function gap(max: number, stops = '.!?'): string {
  return `[^${stops}\\n]{0,${max}}`;
}

/**
 * `source` with letters widened to the other ways a text may write them (a language typed without
 * its diacritics, older letter forms, Turkish dotted and dotless i): each letter of `outside`
 * becomes its pattern there, which should be a group or a class, so that a \b before a word that
 * starts with it still reads as a word start in phrase(); inside a character class each letter of
 * `inside` becomes its members. Escapes are left as they are.
 */
export function widen(source: string, outside: Readonly<Record<string, string>>, inside: Readonly<Record<string, string>> = {}): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += inside[c] ?? c;
    } else {
      if (c === '[') inClass = true;
      out += outside[c] ?? c;
    }
  }
  return out;
}

/** `text` as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
