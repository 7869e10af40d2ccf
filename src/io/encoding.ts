/** Encoding detection: BOM first, then "is the sample valid UTF-8?", else Windows-1252 (Excel's Western default). */

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

/** A Map, not an object literal: `--encoding constructor` or `__proto__` must be unknown, not an Object.prototype member. */
const ALIASES: ReadonlyMap<string, EncodingName> = new Map<string, EncodingName>([
  ['utf8', 'utf-8'], ['utf-8', 'utf-8'], ['utf16le', 'utf-16le'], ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'],
  ['utf16be', 'utf-16be'], ['utf-16be', 'utf-16be'], ['windows-1252', 'windows-1252'], ['cp1252', 'windows-1252'],
  ['win1252', 'windows-1252'], ['latin1', 'windows-1252'], ['iso-8859-1', 'windows-1252'],
]);

export function encodingFromName(name: string): EncodingName | undefined {
  return ALIASES.get(name.trim().toLowerCase());
}

export interface DetectedEncoding {
  encoding: EncodingName;
  bomLength: number;
  how: 'bom' | 'valid-utf8' | 'fallback' | 'option';
}

export function detectEncoding(sample: Uint8Array, forced?: EncodingName): DetectedEncoding {
  const bom = bomOf(sample);
  if (forced) return { encoding: forced, bomLength: bom && bom.encoding === forced ? bom.length : 0, how: 'option' };
  if (bom) return { encoding: bom.encoding, bomLength: bom.length, how: 'bom' };
  try {
    // stream:true tolerates a multi-byte sequence cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bomLength: 0, how: 'valid-utf8' };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0, how: 'fallback' };
  }
}

function bomOf(b: Uint8Array): { encoding: EncodingName; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}
