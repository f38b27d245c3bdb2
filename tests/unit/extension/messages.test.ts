import { describe, expect, it } from 'vitest';
import { parseMessage, type SenderFacts } from '../../../src/extension/messages';
import { LIMITS } from '../../../src/core/detect/extract';

const OWN_ID = 'test-extension-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

const PAGE = {
  title: 'Windows Security Alert',
  phones: [{ text: '+1 (888) 555-0147', source: 'text', context: 'Call Microsoft Support now: +1 (888) 555-0147' }],
  top: 'Your computer has been blocked.\nCall Microsoft Support now: +1 (888) 555-0147',
  lang: 'en',
  textChars: 900,
  telLinks: ['tel:+18885550147'],
  attrTexts: ['Windows Defender alert, call +1 888 555 0147'],
  dialogTexts: ['Call Microsoft Support now: +1 (888) 555-0147'],
  behaviours: [{ kind: 'fullscreen', count: 1, userActivated: false, detail: 'requestFullscreen on BODY' }],
};
const REPORT = { type: 'reportPage', documentId: '6f1c2d9e-3b7a-4c55-9a0e-1d2f3a4b5c6d', startedAt: 1_700_000_000_000.5, scanMs: 0.4, page: PAGE };

/** Our content script in the top frame of tab 7. */
const CONTENT: SenderFacts = { id: OWN_ID, url: 'https://alert.example/scan', tab: { id: 7 }, frameId: 0 };
/** Our warning page, open in tab 7. */
const WARNING_PAGE: SenderFacts = { id: OWN_ID, url: `${OWN_ORIGIN}warning.html?url=https%3A%2F%2Falert.example%2F`, tab: { id: 7 }, frameId: 0 };
/** Our popup: an extension page without a tab. */
const POPUP: SenderFacts = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };

function parse(raw: unknown, sender: SenderFacts) {
  return parseMessage(raw, sender, OWN_ID, OWN_ORIGIN);
}

describe('parseMessage', () => {
  it('accepts a page report from our content script in the top frame of a tab', () => {
    expect(parse(REPORT, CONTENT)).toEqual({ ok: true, message: REPORT, tabId: 7 });
  });

  it('accepts the extension pages’ messages from our own pages', () => {
    expect(parse({ type: 'getTabVerdict', tabId: 7 }, POPUP)).toEqual({ ok: true, message: { type: 'getTabVerdict', tabId: 7 }, tabId: undefined });
    expect(parse({ type: 'getTabVerdict', tabId: 0 }, WARNING_PAGE)).toMatchObject({ ok: true });
    expect(parse({ type: 'allowSite', url: 'https://alert.example/' }, WARNING_PAGE)).toEqual({
      ok: true,
      message: { type: 'allowSite', url: 'https://alert.example/' },
      tabId: 7,
    });
    expect(parse({ type: 'leaveWarning' }, WARNING_PAGE)).toEqual({ ok: true, message: { type: 'leaveWarning' }, tabId: 7 });
  });

  it('refuses anything from another extension or from an unknown sender', () => {
    for (const raw of [REPORT, { type: 'getTabVerdict', tabId: 7 }, { type: 'leaveWarning' }]) {
      expect(parse(raw, { ...CONTENT, id: 'some-other-extension' })).toMatchObject({ ok: false });
      expect(parse(raw, { ...POPUP, id: 'some-other-extension' })).toMatchObject({ ok: false });
      expect(parse(raw, { ...CONTENT, id: undefined })).toMatchObject({ ok: false });
    }
  });

  it('refuses a page report that does not come from the top frame of a web page in a tab', () => {
    expect(parse(REPORT, WARNING_PAGE)).toMatchObject({ ok: false });
    expect(parse(REPORT, POPUP)).toMatchObject({ ok: false });
    expect(parse(REPORT, { ...CONTENT, frameId: 3 })).toMatchObject({ ok: false });
    expect(parse(REPORT, { ...CONTENT, frameId: undefined })).toMatchObject({ ok: false });
    expect(parse(REPORT, { ...CONTENT, tab: undefined })).toMatchObject({ ok: false });
    expect(parse(REPORT, { ...CONTENT, tab: {} })).toMatchObject({ ok: false });
  });

  it('takes the times of quiet rescans only from our content script in the top frame, and bounded', () => {
    const times = { type: 'reportScanTimes', documentId: REPORT.documentId, scanMs: [0.4, 0.3] };
    expect(parse(times, CONTENT)).toEqual({ ok: true, message: times, tabId: 7 });
    expect(parse(times, { ...CONTENT, frameId: 3 })).toMatchObject({ ok: false });
    expect(parse(times, POPUP)).toMatchObject({ ok: false });
    expect(parse({ ...times, scanMs: [] }, CONTENT)).toMatchObject({ ok: false });
    expect(parse({ ...times, scanMs: [-1] }, CONTENT)).toMatchObject({ ok: false });
    expect(parse({ ...times, scanMs: Array.from({ length: 51 }, () => 0.1) }, CONTENT)).toMatchObject({ ok: false });
  });

  it('refuses the extension pages’ messages from a web page', () => {
    const fromWeb: SenderFacts[] = [
      CONTENT,
      { ...CONTENT, url: 'http://alert.example/' },
      // Looks like our origin but is not.
      { ...CONTENT, url: `chrome-extension://${OWN_ID}.evil.example/warning.html` },
      { ...CONTENT, url: undefined },
    ];
    for (const sender of fromWeb) {
      expect(parse({ type: 'getTabVerdict', tabId: 7 }, sender), sender.url).toMatchObject({ ok: false });
      expect(parse({ type: 'allowSite', url: 'https://alert.example/' }, sender), sender.url).toMatchObject({ ok: false });
      expect(parse({ type: 'leaveWarning' }, sender), sender.url).toMatchObject({ ok: false });
      // A page must not learn which list is in use, nor make the extension fetch on its behalf.
      expect(parse({ type: 'getListStatus' }, sender), sender.url).toMatchObject({ ok: false });
      expect(parse({ type: 'updateListNow' }, sender), sender.url).toMatchObject({ ok: false });
    }
  });

  it('accepts the list status and update requests from our own pages', () => {
    expect(parse({ type: 'getListStatus' }, POPUP)).toMatchObject({ ok: true, message: { type: 'getListStatus' } });
    expect(parse({ type: 'updateListNow' }, POPUP)).toMatchObject({ ok: true, message: { type: 'updateListNow' } });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'reportPage'],
    ['an array', [REPORT]],
    ['an unknown type', { type: 'deleteAllowlist' }],
    ['no type', { page: PAGE }],
    ['a report without the page', { type: 'reportPage', documentId: REPORT.documentId }],
    ['a report without a document id', { type: 'reportPage', page: PAGE }],
    ['a report with an oversized document id', { ...REPORT, documentId: 'x'.repeat(65) }],
    ['a report with phones that are not a list', { ...REPORT, page: { ...PAGE, phones: 'x' } }],
    ['a report with a number of the wrong type', { ...REPORT, page: { ...PAGE, phones: [{ text: 18885550147, source: 'text', context: '' }] } }],
    ['a report with an unknown number source', { ...REPORT, page: { ...PAGE, phones: [{ text: '1', source: 'dom', context: '' }] } }],
    ['a report with an oversized number', { ...REPORT, page: { ...PAGE, phones: [{ text: '1'.repeat(65), source: 'text', context: '' }] } }],
    ['a report with an oversized context', { ...REPORT, page: { ...PAGE, phones: [{ text: '1', source: 'text', context: 'x'.repeat(401) }] } }],
    ['a report with an oversized title', { ...REPORT, page: { ...PAGE, title: 'x'.repeat(501) } }],
    ['a report with an oversized top of the page', { ...REPORT, page: { ...PAGE, top: 'x'.repeat(LIMITS.topChars + 1) } }],
    ['a report with an oversized label', { ...REPORT, page: { ...PAGE, attrTexts: ['x'.repeat(401)] } }],
    ['a report with too many labels', { ...REPORT, page: { ...PAGE, attrTexts: Array.from({ length: 41 }, () => 'x') } }],
    ['a report with too many dialog texts', { ...REPORT, page: { ...PAGE, dialogTexts: Array.from({ length: 11 }, () => 'x') } }],
    ['a report with an oversized tel: link', { ...REPORT, page: { ...PAGE, telLinks: [`tel:${'1'.repeat(200)}`] } }],
    ['a report with too many numbers', { ...REPORT, page: { ...PAGE, phones: Array.from({ length: 51 }, () => PAGE.phones[0]) } }],
  ])('refuses a malformed page report: %s', (_, raw) => {
    expect(parse(raw, CONTENT)).toEqual({ ok: false, error: 'malformed message' });
  });

  it.each([
    ['a tab id as text', { type: 'getTabVerdict', tabId: '7' }],
    ['a negative tab id', { type: 'getTabVerdict', tabId: -1 }],
    ['a fractional tab id', { type: 'getTabVerdict', tabId: 1.5 }],
    ['no tab id', { type: 'getTabVerdict' }],
    ['an address that is not text', { type: 'allowSite', url: 42 }],
    ['no address', { type: 'allowSite' }],
    ['an oversized address', { type: 'allowSite', url: `https://alert.example/?${'a'.repeat(8192)}` }],
  ])('refuses a malformed extension-page message: %s', (_, raw) => {
    expect(parse(raw, WARNING_PAGE)).toEqual({ ok: false, error: 'malformed message' });
  });

  it('accepts the longest address allowed', () => {
    const url = `https://alert.example/?${'a'.repeat(8192 - 'https://alert.example/?'.length)}`;
    expect(parse({ type: 'allowSite', url }, WARNING_PAGE)).toMatchObject({ ok: true });
  });
});

describe('reportFrame', () => {
  const FRAME_REPORT = { type: 'reportFrame', startedAt: 1_700_000_000_300.25, behaviours: [{ kind: 'dialog-loop', count: 3, userActivated: false, detail: 'alert() dialog' }], dialogTexts: ['Call +1 888 555 0147'] };

  it('is accepted from a frame of a tab, and only from a frame', () => {
    expect(parseMessage(FRAME_REPORT, { ...CONTENT, frameId: 3 }, OWN_ID, OWN_ORIGIN).ok).toBe(true);
    expect(parseMessage(FRAME_REPORT, CONTENT, OWN_ID, OWN_ORIGIN).ok).toBe(false);
    expect(parseMessage(FRAME_REPORT, { id: OWN_ID, url: `${OWN_ORIGIN}popup.html`, frameId: 3 }, OWN_ID, OWN_ORIGIN).ok).toBe(false);
  });

  it('refuses unknown behaviour and oversized texts', () => {
    const frame = { ...CONTENT, frameId: 3 };
    expect(parseMessage({ ...FRAME_REPORT, behaviours: [{ kind: 'mind-control', count: 1, userActivated: false, detail: '' }] }, frame, OWN_ID, OWN_ORIGIN).ok).toBe(false);
    expect(parseMessage({ ...FRAME_REPORT, dialogTexts: ['x'.repeat(501)] }, frame, OWN_ID, OWN_ORIGIN).ok).toBe(false);
  });

  it('carries what a large frame shows, checked like a page report', () => {
    const frame = { ...CONTENT, frameId: 3 };
    expect(parseMessage({ ...FRAME_REPORT, page: PAGE }, frame, OWN_ID, OWN_ORIGIN).ok).toBe(true);
    expect(parseMessage({ ...FRAME_REPORT, page: { ...PAGE, phones: 'x' } }, frame, OWN_ID, OWN_ORIGIN).ok).toBe(false);
  });
});
