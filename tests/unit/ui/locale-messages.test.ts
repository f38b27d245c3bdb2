import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Every string the extension shows is looked up in _locales/en/messages.json. A key that is not
 * there shows up as the bare key (or an empty label in the manifest), and a broken placeholder
 * drops the number or brand from a sentence. These tests read the sources to catch both.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const MESSAGES = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, LocaleMessage>;

function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .map((file) => join(dir, file));
}

interface Use {
  key: string;
  file: string;
  withSubstitution: boolean;
}

/** Keys used as literals: t('key'), getMessage('key') and __MSG_key__. */
function usedKeys(): Use[] {
  const files = [...sourceFiles('src/ui', ['.ts', '.tsx']), ...sourceFiles('src/extension', ['.ts', '.tsx']), ...sourceFiles('entrypoints', ['.ts', '.tsx']), 'wxt.config.ts'];
  const uses: Use[] = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:\bt|\bgetMessage)\(\s*(['"`])([^'"`]*)\1\s*([,)])/g)) {
      uses.push({ key: m[2] ?? '', file, withSubstitution: m[3] === ',' });
    }
    for (const m of text.matchAll(/__MSG_(\w+?)__/g)) uses.push({ key: m[1] ?? '', file, withSubstitution: false });
    // Keys kept in tables (signal id → key) and passed to t() later, always with the evidence.
    // (signal_behaviour_* keys read well without their technical evidence and take none.)
    for (const m of text.matchAll(/:\s*'(signal_\w+)'/g)) uses.push({ key: m[1] ?? '', file, withSubstitution: !(m[1] ?? '').startsWith('signal_behaviour_') });
  }
  return uses;
}

/** The placeholder names a message refers to ($NAME$), lower-cased as Chrome matches them. */
function referencedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
}

function takesSubstitution(entry: LocaleMessage): boolean {
  return Object.keys(entry.placeholders ?? {}).length > 0 || /\$[1-9]/.test(entry.message);
}

describe('locale messages', () => {
  const uses = usedKeys();

  it('finds the message keys the code uses', () => {
    // Guards the extraction itself: if it finds nothing, the checks below prove nothing.
    expect(uses.length).toBeGreaterThan(20);
    expect(uses.map((u) => u.key)).toEqual(expect.arrayContaining(['warningBack', 'signal_number_shown', 'badgeScam', 'extName']));
  });

  it('has every message key the code uses', () => {
    const missing = uses.filter((u) => !Object.hasOwn(MESSAGES, u.key)).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('has a placeholder wherever the code passes a value, and none where it does not', () => {
    const wrong = uses
      .filter((u) => Object.hasOwn(MESSAGES, u.key))
      .filter((u) => takesSubstitution(MESSAGES[u.key] as LocaleMessage) !== u.withSubstitution)
      .map((u) => `${u.file}: ${u.key} ${u.withSubstitution ? 'is given a value it does not show' : 'shows a value it is not given'}`);
    expect(wrong).toEqual([]);
  });

  it('uses key names Chrome accepts and gives every key a text', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@'), key).toBe(false);
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('has well-formed placeholders', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const referenced = new Set(referencedPlaceholders(entry.message));
      const declared = Object.keys(entry.placeholders ?? {});
      const declaredLower = new Set(declared.map((name) => name.toLowerCase()));

      for (const name of referenced) expect(declaredLower.has(name), `${key}: $${name.toUpperCase()}$ has no placeholder`).toBe(true);
      for (const name of declared) {
        expect(name, key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(referenced.has(name.toLowerCase()), `${key}: placeholder ${name} is never shown`).toBe(true);
        expect(entry.placeholders?.[name]?.content, `${key}: ${name}`).toMatch(/^\$[1-9]$/);
      }
      // A "$" that is neither a placeholder reference, "$1".."$9" nor an escaped "$$" would print as is.
      const stray = entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/\$\$|\$[1-9]/g, '');
      expect(stray, key).not.toContain('$');
    }
  });
});
