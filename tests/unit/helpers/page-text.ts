import type { PageText } from '../../../src/core/detect/prefilter';

/** A PageText as the content script builds it, with quiet defaults for what a test leaves out. */
export function pageText(partial: Partial<PageText> & Pick<PageText, 'title' | 'text'>): PageText {
  return {
    lang: 'en',
    textChars: partial.text.length,
    telLinks: [],
    attrTexts: [],
    dialogTexts: [],
    behaviours: [],
    ...partial,
  };
}
