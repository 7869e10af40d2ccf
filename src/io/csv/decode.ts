/** Bytes and text of a CSV: UTF-8 checked on the bytes, chunks cut on sequence boundaries, byte lengths of text. */
import { isUtf8 } from 'node:buffer';
import type { EncodingName } from '../encoding.js';

export const NO_BYTES = Buffer.alloc(0);

/** Length of the prefix of `b` that ends on a UTF-8 sequence boundary (an incomplete trailing sequence is left out). */
export function completeUtf8Prefix(b: Uint8Array): number {
  let i = b.length - 1;
  let k = 0;
  while (i >= 0 && k < 3 && (b[i]! & 0xc0) === 0x80) {
    i--;
    k++;
  }
  if (i < 0) return b.length;
  const lead = b[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return b.length - i < need ? i : b.length;
}

/** Offset of the first byte of `b` that does not start a valid UTF-8 sequence; -1 when `b` is valid UTF-8. */
export function invalidUtf8At(b: Uint8Array): number {
  if (isUtf8(b)) return -1;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Bisect on prefixes that end on a boundary: the longest valid prefix ends where the bad sequence starts.
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const cut = completeUtf8Prefix(b.subarray(0, mid));
    let ok = true;
    try {
      decoder.decode(b.subarray(0, cut));
    } catch {
      ok = false;
    }
    if (ok && cut > lo) lo = cut;
    else hi = mid - 1;
  }
  return lo;
}

/** Cuts chunks of a UTF-8 stream on sequence boundaries: a sequence split between two chunks is carried to the next. */
export class Utf8Chunks {
  private carry: Buffer | null = null;

  /** The complete sequences of the carried bytes and `chunk`. */
  next(chunk: Buffer): Buffer {
    const all: Buffer = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeUtf8Prefix(all);
    this.carry = cut < all.length ? all.subarray(cut) : null;
    return all.subarray(0, cut);
  }

  /** Bytes of an unfinished sequence are left: at the end of the file, they are invalid. */
  get unfinished(): boolean {
    return this.carry !== null;
  }
}

/** Bytes of decoded text in the file (windows-1252 is one byte a character, UTF-16 two). */
export function byteLength(text: string, encoding: EncodingName): number {
  if (encoding === 'utf-8') return Buffer.byteLength(text, 'utf8');
  return encoding === 'windows-1252' ? text.length : text.length * 2;
}

/** The bytes of `s` when it is all ASCII (one byte a character), else null. */
export function asciiBytes(s: string): Buffer | null {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? Buffer.from(s, 'latin1') : null;
}
