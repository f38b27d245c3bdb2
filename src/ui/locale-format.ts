/*
 * Chrome's rules for a _locales message, for the pages that show a language other than the
 * browser's: named placeholders ($NAME$, matched without regard to case) become their content,
 * then "$1".."$9" become the values passed and "$$" a single "$", in one pass, so a value that
 * itself contains "$1" or "$NAME$" (page text is hostile) is shown as it is and never expanded.
 */

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A locale's messages by lower-cased name, as Chrome looks them up. */
export type LocaleMessages = ReadonlyMap<string, LocaleMessage>;

export function formatMessage(entry: LocaleMessage, substitutions?: string | readonly string[]): string {
  const values = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  // "$$" is matched first so that "$$1" stays a literal "$1", as in Chrome.
  const expanded = entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) =>
    name === undefined ? match : (placeholders.get(name.toLowerCase()) ?? ''),
  );
  return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (values[Number(what) - 1] ?? '')));
}

/** The messages of a fetched messages.json; entries that are not messages are left out. */
export function parseLocaleMessages(raw: unknown): LocaleMessages {
  const messages = new Map<string, LocaleMessage>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return messages;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const { message, placeholders } = value as { message?: unknown; placeholders?: unknown };
    if (typeof message !== 'string') continue;
    const kept: Record<string, { content: string }> = {};
    if (typeof placeholders === 'object' && placeholders !== null) {
      for (const [key, p] of Object.entries(placeholders as Record<string, unknown>)) {
        const content = (p as { content?: unknown } | null)?.content;
        if (typeof content === 'string') kept[key] = { content };
      }
    }
    messages.set(name.toLowerCase(), { message, placeholders: kept });
  }
  return messages;
}

/**
 * The language Chrome picks for a UI locale among the ones shipped: the exact locale, else its
 * language, else the default (en). "de-AT" → de, "pt-BR" → en.
 */
export function shippedLanguageFor(uiLocale: string, shipped: readonly string[], fallback = 'en'): string {
  const tag = uiLocale.replace(/_/g, '-').toLowerCase();
  if (shipped.includes(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return shipped.includes(language) ? language : fallback;
}
