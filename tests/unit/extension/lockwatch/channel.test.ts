// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openChannel } from '../../../../src/extension/lockwatch/channel';

describe('openChannel', () => {
  it('gives both scripts the same names and element, and leaves nothing in the page for its scripts to find', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const before = document.documentElement.outerHTML;
    const first = openChannel(document);
    const second = openChannel(document);
    expect(first).not.toBeNull();
    expect(second?.toContent).toBe(first?.toContent);
    expect(second?.toPage).toBe(first?.toPage);
    expect(second?.target).toBe(first?.target);
    expect(first?.toContent).not.toBe(first?.toPage);
    // The meeting place is gone before the page's scripts run: no attribute, no element.
    expect(document.documentElement.outerHTML).toBe(before);
    expect(first?.target.isConnected).toBe(false);
  });

  it('carries events between the two ends on an element outside the document', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const page = openChannel(document);
    const content = openChannel(document);
    if (!page || !content) throw new Error('no channel');
    const heard: string[] = [];
    content.target.addEventListener(content.toContent, (event) => heard.push(String((event as CustomEvent).detail)));
    // A page that listens on the document with the same name hears nothing: it is not dispatched there.
    const overheard: string[] = [];
    document.addEventListener(page.toContent, () => overheard.push('document'));
    page.target.dispatchEvent(new CustomEvent(page.toContent, { detail: '{"kind":"dialog"}' }));
    expect(heard).toEqual(['{"kind":"dialog"}']);
    expect(overheard).toEqual([]);
  });

  it('keeps each document’s channel to itself: what goes on one is not heard on another', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const other = document.implementation.createHTMLDocument('other');
    const here = [openChannel(document), openChannel(document)];
    const there = [openChannel(other), openChannel(other)];
    if (!here[0] || !here[1] || !there[0] || !there[1]) throw new Error('no channel');
    expect(there[0].target).not.toBe(here[0].target);
    const heard: string[] = [];
    here[1].target.addEventListener(here[1].toContent, () => heard.push('here'));
    there[1].target.addEventListener(there[1].toContent, () => heard.push('there'));
    there[0].target.dispatchEvent(new CustomEvent(there[0].toContent, { detail: '{"kind":"dialog"}' }));
    expect(heard).toEqual(['there']);
  });
});
