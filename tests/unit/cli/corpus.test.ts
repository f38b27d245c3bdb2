import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus, ManifestError, parseManifest } from '../../../src/cli/corpus';

const page = (overrides: Record<string, unknown> = {}) => ({
  id: 'kit-x-001',
  file: 'scam/kit-x-001/index.html',
  label: 'scam',
  url: 'https://alert.example.test/index.html?phone=18005550100',
  ...overrides,
});

function problemsOf(raw: unknown): string[] {
  try {
    parseManifest(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestError);
    return [...(error as ManifestError).problems];
  }
  throw new Error('the manifest was accepted');
}

describe('parseManifest', () => {
  it('accepts a manifest in the corpus format, optional fields included', () => {
    const manifest = parseManifest({
      name: 'tiny',
      pages: [
        page({ lang: 'en', family: 'kit-x', source: 'owner/repo@abc:path', notes: 'click gate' }),
        page({ id: 'realm', url: 'http://auth.example.test/', serve401Realm: 'Call 1-800-555-0100', label: 'boundary' }),
        page({ id: 'news', file: 'benign/news/index.html', label: 'benign', url: 'https://news.example.test/2024/story/' }),
      ],
    });
    expect(manifest.name).toBe('tiny');
    expect(manifest.pages.map((p) => p.label)).toEqual(['scam', 'boundary', 'benign']);
    expect(manifest.pages[1]?.serve401Realm).toBe('Call 1-800-555-0100');
  });

  it('names the entry and the field that is wrong', () => {
    const problems = problemsOf({ name: 'x', pages: [page(), page({ id: 'bad-one', label: 'phishing' })] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^pages\[1\] \(id "bad-one"\): label: must be one of scam, benign, boundary/);
  });

  it('reports every bad entry at once, and a missing field as missing', () => {
    const problems = problemsOf({
      pages: [page({ url: 'ftp://files.example.test/x' }), { file: 'a/index.html', label: 'benign', url: 'https://a.example.test/' }, page({ id: 'c', file: '../outside/index.html' })],
    });
    expect(problems).toEqual([
      'pages[0] (id "kit-x-001"): url: must be an http:// or https:// URL',
      'pages[1]: id: is missing',
      'pages[2] (id "c"): file: must be a path inside the corpus folder',
    ]);
  });

  it('refuses absolute paths, duplicate ids and wrong types', () => {
    expect(problemsOf({ pages: [page({ file: '/etc/passwd' })] })[0]).toContain('file: must be a path inside the corpus folder');
    expect(problemsOf({ pages: [page(), page({ file: 'other/index.html' })] })).toEqual(['pages[1] (id "kit-x-001"): id: duplicates pages[0]']);
    expect(problemsOf({ pages: [page({ serve401Realm: 401 })] })).toEqual(['pages[0] (id "kit-x-001"): serve401Realm: must be a string']);
  });

  it('says what is wrong with the manifest as a whole', () => {
    expect(problemsOf({ name: 'no pages' })).toEqual(['pages: is missing']);
    expect(problemsOf({ pages: {} })).toEqual(['pages: must be an array']);
    expect(problemsOf({ pages: [] })).toEqual(['pages: is empty']);
    expect(problemsOf([page()])[0]).toMatch(/must be a JSON object/);
  });

  it('puts the manifest path and the problems in the error message', () => {
    expect(() => parseManifest({ pages: [page({ label: 'x' })] }, '/corpora/tiny/manifest.json')).toThrow(
      /\/corpora\/tiny\/manifest\.json is not a valid corpus manifest[\s\S]*- pages\[0\] \(id "kit-x-001"\): label/,
    );
  });
});

describe('loadCorpus', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hangup-corpus-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a corpus folder and names it after the folder when the manifest does not', async () => {
    await mkdir(path.join(dir, 'scam/kit-x-001'), { recursive: true });
    await writeFile(path.join(dir, 'scam/kit-x-001/index.html'), '<title>x</title>');
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ pages: [page()] }));
    const corpus = await loadCorpus(dir);
    expect(corpus.root).toBe(path.resolve(dir));
    expect(corpus.name).toBe(path.basename(dir));
    expect(corpus.pages).toHaveLength(1);
  });

  it('names the entries whose file is missing', async () => {
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ name: 'x', pages: [page()] }));
    await expect(loadCorpus(dir)).rejects.toThrow('pages[0] (id "kit-x-001"): file: scam/kit-x-001/index.html does not exist in the corpus folder');
  });

  it('explains a folder without a manifest and a manifest that is not JSON', async () => {
    await expect(loadCorpus(dir)).rejects.toThrow(/Cannot read the corpus manifest .*manifest\.json/);
    await writeFile(path.join(dir, 'manifest.json'), '{ "pages": [ ');
    await expect(loadCorpus(dir)).rejects.toThrow(/not valid JSON/);
  });
});
