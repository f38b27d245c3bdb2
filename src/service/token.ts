import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/*
 * The maintainer token: a shared secret from the environment or a file. The service keeps only
 * its hash and compares hashes in constant time, so neither the length nor the first wrong
 * character of a guess shows in the answer time.
 */

export const TOKEN_ENV = 'HANGUP_MAINTAINER_TOKEN';
export const TOKEN_FILE_NAME = 'maintainer.token';
const MIN_TOKEN_CHARS = 16;

export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function checkToken(token: string, where: string): string {
  const trimmed = token.trim();
  if (trimmed.length < MIN_TOKEN_CHARS) throw new TokenError(`The maintainer token in ${where} is shorter than ${MIN_TOKEN_CHARS} characters; use a long random one (e.g. openssl rand -base64 32).`);
  if (/\s/.test(trimmed)) throw new TokenError(`The maintainer token in ${where} contains white space.`);
  return trimmed;
}

export async function readTokenFile(file: string): Promise<string> {
  if (!existsSync(file)) throw new TokenError(`The token file ${file} does not exist.`);
  return checkToken(await readFile(file, 'utf8'), file);
}

/** The token from --token-file, else from the environment; undefined when neither is set. */
export async function tokenFrom(options: { tokenFile?: string | undefined; env?: NodeJS.ProcessEnv }): Promise<string | undefined> {
  if (options.tokenFile) return readTokenFile(options.tokenFile);
  const fromEnv = (options.env ?? process.env)[TOKEN_ENV];
  return fromEnv ? checkToken(fromEnv, TOKEN_ENV) : undefined;
}

/** A token file made on the first start of a local service, readable by its owner only. */
export async function readOrCreateTokenFile(file: string): Promise<{ token: string; created: boolean }> {
  if (existsSync(file)) return { token: await readTokenFile(file), created: false };
  const token = randomBytes(32).toString('base64url');
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true };
}

export class TokenCheck {
  private readonly expected: Buffer;
  constructor(token: string) {
    this.expected = digest(token);
  }
  /** `header` is the whole Authorization header. */
  matches(header: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    // A missing token is hashed too, so that it takes the same time as a wrong one.
    return timingSafeEqual(digest(match?.[1] ?? ''), this.expected) && match !== null;
  }
}
