/*
 * First-cut number handling: enough to tell a free-phone support line from any other number.
 * The detection-engine issue replaces this with libphonenumber-js in the background.
 */

/** Digits of `text`, with a leading "+" kept when the page wrote one. */
export function compactNumber(text: string): string {
  const digits = text.replace(/\D/g, '');
  return text.trim().startsWith('+') ? `+${digits}` : digits;
}

const FREEPHONE_PATTERNS: ReadonlyArray<RegExp> = [
  /^(?:\+?1)?8(?:00|33|44|55|66|77|88)\d{7}$/, // US and Canada
  /^(?:\+44|0)80(?:0|8)\d{6,7}$/, // United Kingdom
  /^(?:\+61|0)?1800\d{6}$/, // Australia
];

export function isFreephone(text: string): boolean {
  const compact = compactNumber(text);
  return FREEPHONE_PATTERNS.some((pattern) => pattern.test(compact));
}
