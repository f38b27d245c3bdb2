import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { rewriteContentScripts } from '../../../src/cli/bench-compare';
import { bareScript, markedScript, type PageMarks, startFigures, startLines, startMarkName, startMetrics } from '../../../src/cli/bench-starts';

/** Run a script as the browser would, with a performance.mark that records what happens in order. */
function run(code: string): string[] {
  const seen: string[] = [];
  runInNewContext(code, { performance: { mark: (name: string) => seen.push(`mark ${name}`) }, note: (what: string) => seen.push(what) });
  return seen;
}

describe('the marked and bare content scripts', () => {
  it('runs the script unchanged between its two marks, even when its last line is a comment', () => {
    const code = '(function(){ note("main ran"); })();\n//# sourceMappingURL=reader.js.map';
    expect(run(markedScript('reader.js', code))).toEqual([`mark ${startMarkName('reader.js', 'begin')}`, 'main ran', `mark ${startMarkName('reader.js', 'end')}`]);
    // A script whose last statement has no semicolon still ends before the mark.
    expect(run(markedScript('lockwatch.js', 'note("a")'))).toEqual([`mark ${startMarkName('lockwatch.js', 'begin')}`, 'a', `mark ${startMarkName('lockwatch.js', 'end')}`]);
  });

  it('keeps only the marks in the bare script', () => {
    expect(run(bareScript('reader.js'))).toEqual([`mark ${startMarkName('reader.js', 'begin')}`, `mark ${startMarkName('reader.js', 'end')}`]);
  });
});

describe('rewriteContentScripts', () => {
  it('rewrites each content script once, in the manifest\'s order, knowing its world', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'hangup-starts-test-'));
    try {
      const build = path.join(root, 'build');
      await mkdir(build);
      const manifest = { manifest_version: 3, content_scripts: [{ matches: ['<all_urls>'], js: ['lockwatch.js'], world: 'MAIN' }, { matches: ['<all_urls>'], js: ['reader.js'] }, { matches: ['https://x.test/*'], js: ['reader.js'] }] };
      await writeFile(path.join(build, 'manifest.json'), JSON.stringify(manifest));
      for (const file of ['lockwatch.js', 'reader.js']) await writeFile(path.join(build, file), `note(${JSON.stringify(file)});`);
      const out = path.join(root, 'marked');
      const scripts = await rewriteContentScripts(build, out, (script, code) => markedScript(script.file, code));
      expect(scripts).toEqual([
        { file: 'lockwatch.js', world: 'MAIN' },
        { file: 'reader.js', world: 'ISOLATED' },
      ]);
      expect(run(await readFile(path.join(out, 'reader.js'), 'utf8'))).toEqual([`mark ${startMarkName('reader.js', 'begin')}`, 'reader.js', `mark ${startMarkName('reader.js', 'end')}`]);
      // The build itself is left as it was.
      expect(await readFile(path.join(build, 'reader.js'), 'utf8')).toBe('note("reader.js");');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('startFigures', () => {
  const scripts = [
    { file: 'lockwatch.js', world: 'MAIN' as const },
    { file: 'reader.js', world: 'ISOLATED' as const },
  ];
  /** One page's marks: the lockwatch from `at`, running `lw` ms, then `gap` ms until the reader, which runs `rd` ms. */
  const page = (at: number, lw: number, gap: number, rd: number): PageMarks => ({
    [startMarkName('lockwatch.js', 'begin')]: at,
    [startMarkName('lockwatch.js', 'end')]: at + lw,
    [startMarkName('reader.js', 'begin')]: at + lw + gap,
    [startMarkName('reader.js', 'end')]: at + lw + gap + rd,
  });

  it('gives each script its running time, and the gap before it with and without its code', () => {
    const marked = [page(10, 3, 4, 2), page(50, 5, 6, 1), page(90, 4, 5, 3)];
    const bare = [page(20, 0.1, 3, 0.1), page(60, 0.1, 2, 0.1), page(70, 0.1, 4, 0.1)];
    const [lockwatch, reader] = startFigures(scripts, marked, bare);
    expect(lockwatch).toMatchObject({ file: 'lockwatch.js', world: 'MAIN', pages: 3, beforeMs: null, bareBeforeMs: null });
    expect(lockwatch?.runMs.median).toBeCloseTo(4);
    expect(reader).toMatchObject({ file: 'reader.js', world: 'ISOLATED', pages: 3 });
    expect(reader?.runMs.median).toBeCloseTo(2);
    expect(reader?.beforeMs?.median).toBeCloseTo(5);
    expect(reader?.bareBeforeMs?.median).toBeCloseTo(3);
    expect(startLines([lockwatch!, reader!])[1]).toMatch(/reader\.js\s+ISOLATED\s+3 pages\s+runs 2\.00 ms .*before it 5\.00 ms .*bare 3\.00 ms/);
    const metrics = startMetrics([lockwatch!, reader!]);
    expect(metrics['start.reader.bareBeforeMsMedian']?.value).toBe(3);
    expect(metrics['start.lockwatch.beforeMsMedian']).toBeUndefined();
  });

  it('leaves out a page where a mark is missing (a page that cleared its marks, a load that failed)', () => {
    const broken = { ...page(10, 3, 40, 2) };
    delete (broken as Record<string, number>)[startMarkName('reader.js', 'begin')];
    const [lockwatch, reader] = startFigures(scripts, [page(10, 3, 4, 2), broken], [page(20, 0.1, 3, 0.1)]);
    expect(lockwatch?.pages).toBe(2);
    expect(reader?.pages).toBe(1);
    expect(reader?.beforeMs?.median).toBeCloseTo(4);
  });
});
