// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openChannel } from '../../../../src/extension/lockwatch/channel';

describe('openChannel', () => {
  it('gives both scripts the same names and node, and leaves nothing in the page for its scripts to find', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const before = document.documentElement.outerHTML;
    const children = Array.from(document.childNodes);
    const first = openChannel(document);
    // Between the two: one comment, before everything else in the document.
    expect(document.firstChild).toBe(first.target);
    expect(document.documentElement.outerHTML).toBe(before);
    const second = openChannel(document);
    expect(second.toContent).toBe(first.toContent);
    expect(second.toPage).toBe(first.toPage);
    expect(second.target).toBe(first.target);
    expect(first.toContent).not.toBe(first.toPage);
    // The meeting place is gone before the page's scripts run: no attribute, no element, no node.
    expect(document.documentElement.outerHTML).toBe(before);
    expect(Array.from(document.childNodes)).toEqual(children);
    expect(first.target.isConnected).toBe(false);
  });

  it('carries events between the two ends on a node outside the document', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const page = openChannel(document);
    const content = openChannel(document);
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
    const here = [openChannel(document), openChannel(document)] as const;
    const there = [openChannel(other), openChannel(other)] as const;
    expect(there[0].target).not.toBe(here[0].target);
    const heard: string[] = [];
    here[1].target.addEventListener(here[1].toContent, () => heard.push('here'));
    there[1].target.addEventListener(there[1].toContent, () => heard.push('there'));
    there[0].target.dispatchEvent(new CustomEvent(there[0].toContent, { detail: '{"kind":"dialog"}' }));
    expect(heard).toEqual(['there']);
  });
});
