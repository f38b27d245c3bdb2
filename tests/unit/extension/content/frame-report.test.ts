import { describe, expect, it } from 'vitest';
import { isLargeFrame } from '../../../../src/extension/content/frame-report';

describe('isLargeFrame', () => {
  const on = (width: number, height: number, screen = { width: 1920, height: 1080 }) => isLargeFrame({ innerWidth: width, innerHeight: height, screen });

  it('reads a frame that covers the page, also in a window smaller than the screen', () => {
    expect(on(1920, 960)).toBe(true);
    expect(on(1280, 720)).toBe(true);
    expect(on(1366, 640, { width: 1366, height: 768 })).toBe(true);
  });

  it('leaves ads, players and widgets alone', () => {
    expect(on(300, 250)).toBe(false);
    expect(on(728, 90)).toBe(false);
    expect(on(160, 600)).toBe(false);
    expect(on(970, 250)).toBe(false);
    expect(on(640, 360)).toBe(false);
    // A wide strip across the whole screen is still not the page.
    expect(on(1920, 200)).toBe(false);
  });
});
