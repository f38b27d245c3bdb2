/*
 * Base64 for typed arrays, in any JavaScript runtime (the worker, extension pages, Node). Lists
 * hold megabytes of it, so both directions work on bytes, not on one string per character. The
 * platform's own Uint8Array.fromBase64/toBase64 is used where it exists.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

interface Base64Native {
  fromBase64?: (text: string) => Uint8Array;
}
interface Base64NativeInstance {
  toBase64?: () => string;
}

function asBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

export function bytesToBase64(view: ArrayBufferView): string {
  const bytes = asBytes(view);
  const native = (bytes as Base64NativeInstance).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const parts: string[] = [];
  const CHUNK = 3 * 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = [];
    for (let i = start; i < end; i += 3) {
      const b0 = bytes[i] ?? 0;
      const b1 = bytes[i + 1] ?? 0;
      const b2 = bytes[i + 2] ?? 0;
      codes.push(ALPHABET.charCodeAt(b0 >> 2), ALPHABET.charCodeAt(((b0 & 3) << 4) | (b1 >> 4)));
      codes.push(i + 1 < end ? ALPHABET.charCodeAt(((b1 & 15) << 2) | (b2 >> 6)) : 61, i + 2 < end ? ALPHABET.charCodeAt(b2 & 63) : 61);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decoded bytes in a fresh, aligned buffer (so typed arrays of any width can view it). */
export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Native).fromBase64;
  if (typeof native === 'function') return native(text);
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) throw new Error('not base64: bad length');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const c0 = DECODE[clean.charCodeAt(i)] ?? -1;
    const c1 = DECODE[clean.charCodeAt(i + 1)] ?? -1;
    const c2 = i + 2 < clean.length ? (DECODE[clean.charCodeAt(i + 2)] ?? -1) : 0;
    const c3 = i + 3 < clean.length ? (DECODE[clean.charCodeAt(i + 3)] ?? -1) : 0;
    if ((c0 | c1 | c2 | c3) < 0) throw new Error('not base64: unexpected character');
    out[o++] = (c0 << 2) | (c1 >> 4);
    if (i + 2 < clean.length) out[o++] = ((c1 & 15) << 4) | (c2 >> 2);
    if (i + 3 < clean.length) out[o++] = ((c2 & 3) << 6) | c3;
  }
  return out;
}
