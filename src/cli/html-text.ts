/*
 * A page's text as a person would read it, approximated in Node without a browser: for the
 * benchmarks, which time the scorer on real page text. Scripts, styles, comments and the head are
 * dropped, block elements break lines, entities are decoded. No layout, so text hidden by CSS
 * stays in: a little more text than the content script reads, never less.
 */

export interface HtmlText {
  title: string;
  /** `<html lang>`, primary subtag, lower case; "" when absent. */
  lang: string;
  /** Visible text, one line per block, empty lines dropped. */
  text: string;
  telLinks: string[];
  /** alt and aria-label values. */
  attrTexts: string[];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«',
  raquo: '»', middot: '·', bull: '•', euro: '€', pound: '£', yen: '¥', deg: '°', times: '×', shy: '\u00ad',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const DROPPED_ELEMENTS_RE = /<(script|style|noscript|template|head|svg|math|iframe|object|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG_RE =
  /<\/?(?:address|article|aside|blockquote|br|button|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|label|legend|li|main|nav|ol|option|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

function attributeValues(html: string, name: string): string[] {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim()).filter(Boolean);
}

export function htmlToText(html: string): HtmlText {
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  const title = decodeEntities((titleMatch?.[1] ?? '').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  const langMatch = /<html\b[^>]*\slang\s*=\s*["']?([a-z]{2,3})/i.exec(html);
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, ' ');
  const body = withoutComments.replace(DROPPED_ELEMENTS_RE, ' ');
  const telLinks = [...body.matchAll(/<a\b[^>]*\shref\s*=\s*["']?(tel:[^"'\s>]+)/gi)].map((m) => decodeEntities(m[1] ?? ''));
  const attrTexts = [...attributeValues(body, 'alt'), ...attributeValues(body, 'aria-label')];
  const text = decodeEntities(body.replace(BLOCK_TAG_RE, '\n').replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { title, lang: (langMatch?.[1] ?? '').toLowerCase(), text, telLinks, attrTexts };
}

/** The character set a page declares (BOM, then `<meta charset>`), as a TextDecoder label. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared) return 'utf-8';
  try {
    new TextDecoder(declared);
    return declared;
  } catch {
    return 'utf-8';
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(sniffCharset(bytes)).decode(bytes);
}
