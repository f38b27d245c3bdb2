import * as z from 'zod/mini';
import { base64ToBytes, bytesToBase64 } from './base64';

/*
 * Ed25519 signatures through WebCrypto, the same code in the worker and in Node. A signed file is
 * an envelope: the exact text that was signed, the signature over its UTF-8 bytes and the id of
 * the key. The text is parsed only after the signature checks out.
 *
 * Key files: public.key holds the raw 32-byte key in base64 (one line; it ships in the extension),
 * private.key the PKCS #8 key in PEM. The private key never enters the repository.
 */

export const EnvelopeSchema = z.object({
  signed: z.string(),
  signature: z.string().check(z.regex(/^[A-Za-z0-9+/]{86}==$/)),
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

const ALGORITHM = { name: 'Ed25519' } as const;
/** WebCrypto's key type, named without the DOM library (this code also runs in Node). */
type Key = Parameters<typeof crypto.subtle.exportKey>[1];

export class SignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureError';
  }
}

function toBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function keyIdOf(publicKeyRaw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', toBuffer(publicKeyRaw)));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface KeyPairText {
  publicKey: string;
  privateKey: string;
  keyId: string;
}

export async function generateKeyPair(): Promise<KeyPairText> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as { publicKey: Key; privateKey: Key };
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  const pem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.replace(/.{1,64}/g, '$&\n')}-----END PRIVATE KEY-----\n`;
  return { publicKey: `${bytesToBase64(raw)}\n`, privateKey: pem, keyId: await keyIdOf(raw) };
}

export function parsePublicKey(text: string): Uint8Array {
  const trimmed = text.trim();
  let raw: Uint8Array;
  try {
    raw = base64ToBytes(trimmed);
  } catch {
    throw new SignatureError('The public key is not base64 text.');
  }
  if (raw.byteLength !== 32) throw new SignatureError(`The public key has ${raw.byteLength} bytes; an Ed25519 public key has 32.`);
  return raw;
}

async function importPrivateKey(pem: string): Promise<Key> {
  const body = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '');
  if (!pem.includes('BEGIN PRIVATE KEY') || !body) throw new SignatureError('The private key file is not a PEM "PRIVATE KEY" (made by `hangup keygen`).');
  try {
    return await crypto.subtle.importKey('pkcs8', toBuffer(base64ToBytes(body)), ALGORITHM, false, ['sign']);
  } catch {
    throw new SignatureError('The private key could not be read as an Ed25519 key.');
  }
}

/** The public half of a private key, to check that a key pair belongs together. */
export async function sign(text: string, privateKeyPem: string, publicKeyRaw: Uint8Array): Promise<Envelope> {
  const key = await importPrivateKey(privateKeyPem);
  const signature = new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, toBuffer(new TextEncoder().encode(text))));
  const envelope = { signed: text, signature: bytesToBase64(signature), keyId: await keyIdOf(publicKeyRaw) };
  if (!(await verifies(envelope, publicKeyRaw))) throw new SignatureError('The private key does not belong to the public key given.');
  return envelope;
}

async function verifies(envelope: Envelope, publicKeyRaw: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', toBuffer(publicKeyRaw), ALGORITHM, false, ['verify']);
  return crypto.subtle.verify(ALGORITHM, key, toBuffer(base64ToBytes(envelope.signature)), toBuffer(new TextEncoder().encode(envelope.signed)));
}

/** The signed text, once the envelope is well-formed and its signature is the key's. */
export async function openEnvelope(raw: unknown, publicKeyRaw: Uint8Array): Promise<string> {
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) throw new SignatureError('Not a signed list: the signature envelope is missing or malformed.');
  const envelope = parsed.data;
  if (envelope.keyId !== (await keyIdOf(publicKeyRaw))) throw new SignatureError(`Signed with another key (${envelope.keyId}).`);
  if (!(await verifies(envelope, publicKeyRaw))) throw new SignatureError('The signature does not match: the list was changed after it was signed.');
  return envelope.signed;
}
