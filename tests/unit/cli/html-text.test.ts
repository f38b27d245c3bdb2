import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeHtml, htmlToText, sniffCharset } from '../../../src/cli/html-text';

describe('htmlToText', () => {
  it('keeps what a person reads, a line per block, and drops scripts, styles and comments', () => {
    const page = htmlToText(`<!doctype html><html lang="en-GB"><head><title>Windows &amp; you</title><style>p{color:red}</style></head>
      <body><h1>Your PC is <b>blocked</b></h1><script>var phone = "1-800-555-0199";</script><!-- 1-800-555-0100 -->
      <p>Call&nbsp;<a href="tel:+18005550123">+1 (800) 555-0123</a> now</p><div>Second<br>line</div>
      <img src="x.png" alt="Microsoft Support"><button aria-label='Close window'></button><noscript>enable JS</noscript></body></html>`);
    expect(page.title).toBe('Windows & you');
    expect(page.lang).toBe('en');
    // No-break spaces read as spaces, as the content script's normalised text does.
    expect(page.text).toBe('Your PC is blocked\nCall +1 (800) 555-0123 now\nSecond\nline');
    expect(page.telLinks).toEqual(['tel:+18005550123']);
    expect(page.attrTexts).toEqual(['Microsoft Support', 'Close window']);
  });

  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#8212; &#x2014; &eacute; &bogus; &#0;')).toBe('<a> — — é &bogus; &#0;');
  });
});

describe('character sets', () => {
  it('follows a BOM, then <meta charset>, else UTF-8', () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(sniffCharset(new TextEncoder().encode('<meta charset="GBK"><p>'))).toBe('gbk');
    expect(sniffCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'))).toBe('iso-8859-1');
    expect(sniffCharset(new TextEncoder().encode('<meta charset="no-such-charset">'))).toBe('utf-8');
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9]))).toBe('<p>\ufffd');
    expect(decodeHtml(Uint8Array.from([...new TextEncoder().encode('<meta charset="latin1">'), 0xe9]))).toMatch(/é$/);
  });
});
