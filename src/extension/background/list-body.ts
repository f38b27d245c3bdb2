import { overNetwork } from './list-failure';

/*
 * Reading the body of a list download, for the maintained list and the subscribed ones alike: a
 * wrong address may serve gigabytes, and a broken server may stop sending halfway.
 */

export interface ReadCappedOptions {
  /** The most bytes accepted; more is refused as soon as it arrives (or is declared). */
  maxBytes: number;
  /** The error for a body past `maxBytes`. */
  tooLarge: () => Error;
  /**
   * Cut the download off (`cutOff`) once nothing has arrived for `ms`. A slow connection that
   * keeps sending is not cut off: a full list is tens of megabytes.
   */
  stall?: { ms: number; cutOff: () => void };
}

/** The body as text, within the cap and the stall limit. */
export async function readCapped(response: Response, { maxBytes, tooLarge, stall }: ReadCappedOptions): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    if (stall) stallTimer = setTimeout(stall.cutOff, stall.ms);
  };
  try {
    for (watch(); ; watch()) {
      const { done, value } = await overNetwork(reader.read());
      clearTimeout(stallTimer);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(stallTimer);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
