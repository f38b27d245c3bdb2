import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';

/*
 * A page corpus as ../shared/corpus/FORMAT.md describes it: a folder with manifest.json and the
 * pages below it. The evaluation and the benchmarks read any corpus through this module, so a
 * broken manifest fails here, once, with the entry that is wrong, instead of somewhere in a run.
 */

function required(kind: string) {
  return { error: (issue: { input: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${kind}`) };
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A corpus-relative path that stays inside the corpus: no absolute path, no `..` step out. */
function isInsidePath(file: string): boolean {
  if (file === '' || path.isAbsolute(file) || file.includes('\\') || file.includes('\0')) return false;
  const normal = path.posix.normalize(file);
  return normal !== '..' && !normal.startsWith('../') && normal !== '.';
}

export const PageLabelSchema = z.enum(['scam', 'benign', 'boundary'], required('one of scam, benign, boundary'));
export type PageLabel = z.infer<typeof PageLabelSchema>;

const optionalText = z.optional(z.string(required('a string')));

export const CorpusPageSchema = z.object({
  id: z.string(required('a string')).check(z.minLength(1, { error: 'must not be empty' })),
  file: z.string(required('a string')).check(z.refine(isInsidePath, { error: 'must be a path inside the corpus folder' })),
  label: PageLabelSchema,
  url: z.string(required('a string')).check(z.refine(isWebUrl, { error: 'must be an http:// or https:// URL' })),
  serve401Realm: optionalText,
  lang: optionalText,
  family: optionalText,
  source: optionalText,
  notes: optionalText,
});
export type CorpusPage = z.infer<typeof CorpusPageSchema>;

export interface Manifest {
  name: string;
  pages: CorpusPage[];
}

export interface Corpus extends Manifest {
  /** Absolute path of the corpus folder; every page's `file` is relative to it. */
  root: string;
}

/** Errors are collected over the whole manifest, but a report this long is enough to act on. */
const MAX_ERRORS_SHOWN = 20;

export class ManifestError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    const shown = problems.slice(0, MAX_ERRORS_SHOWN).map((p) => `  - ${p}`);
    if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
    super(`${source} is not a valid corpus manifest (see ../shared/corpus/FORMAT.md):\n${shown.join('\n')}`);
    this.name = 'ManifestError';
  }
}

function describeEntry(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `pages[${index}] (id "${id}")` : `pages[${index}]`;
}

/** Validate a parsed manifest; throws a ManifestError naming every bad entry and field. */
export function parseManifest(raw: unknown, source = 'manifest.json'): Manifest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ManifestError(source, ['the manifest must be a JSON object with "name" and "pages"']);
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];

  const name = record['name'];
  if (name !== undefined && typeof name !== 'string') problems.push('name: must be a string');
  const rawPages = record['pages'];
  if (!Array.isArray(rawPages)) {
    problems.push(rawPages === undefined ? 'pages: is missing' : 'pages: must be an array');
    throw new ManifestError(source, problems);
  }
  if (rawPages.length === 0) problems.push('pages: is empty');

  const pages: CorpusPage[] = [];
  const firstIndexOfId = new Map<string, number>();
  rawPages.forEach((entry, index) => {
    const parsed = CorpusPageSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${describeEntry(index, entry)}: ${field}${issue.message}`);
      }
      return;
    }
    const earlier = firstIndexOfId.get(parsed.data.id);
    if (earlier !== undefined) problems.push(`${describeEntry(index, entry)}: id: duplicates pages[${earlier}]`);
    else firstIndexOfId.set(parsed.data.id, index);
    pages.push(parsed.data);
  });

  if (problems.length > 0) throw new ManifestError(source, problems);
  return { name: typeof name === 'string' ? name : '', pages };
}

/** Read `<folder>/manifest.json`, validate it and check that every page's file exists. */
export async function loadCorpus(folder: string): Promise<Corpus> {
  const root = path.resolve(folder);
  const manifestPath = path.join(root, 'manifest.json');
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the corpus manifest ${manifestPath}: ${(error as Error).message}. A corpus is a folder with a manifest.json (see ../shared/corpus/FORMAT.md).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(manifestPath, [`not valid JSON: ${(error as Error).message}`]);
  }
  const manifest = parseManifest(raw, manifestPath);

  const missing = (
    await Promise.all(
      manifest.pages.map(async (page, index) => {
        const isFile = await stat(path.join(root, page.file)).then(
          (s) => s.isFile(),
          () => false,
        );
        return isFile ? null : `pages[${index}] (id "${page.id}"): file: ${page.file} does not exist in the corpus folder`;
      }),
    )
  ).filter((problem): problem is string => problem !== null);
  if (missing.length > 0) throw new ManifestError(manifestPath, missing);
  return { ...manifest, name: manifest.name || path.basename(root), root };
}
