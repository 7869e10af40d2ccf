/**
 * Encoding detection: BOM first, then UTF-16 without a BOM by its NUL bytes (Latin text in UTF-16 has a zero in every
 * other byte), then "is the sample valid UTF-8?", else Windows-1252 (Excel's Western default).
 */

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
  how: 'bom' | 'nul-pattern' | 'valid-utf8' | 'fallback' | 'option';
}

export function detectEncoding(sample: Uint8Array, forced?: EncodingName): DetectedEncoding {
  const bom = bomOf(sample);
  if (forced) return { encoding: forced, bomLength: bom && bom.encoding === forced ? bom.length : 0, how: 'option' };
  if (bom) return { encoding: bom.encoding, bomLength: bom.length, how: 'bom' };
  // Before the UTF-8 check: NUL is valid UTF-8, so UTF-16 text of ASCII letters passes it.
  const utf16 = utf16ByNuls(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, how: 'nul-pattern' };
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

/**
 * UTF-16 without a BOM: NULs on one side of most byte pairs (the high byte of Latin characters) and almost never on the
 * other. A file of NULs, or text with a stray NUL, has them on both sides or on too few pairs.
 */
function utf16ByNuls(b: Uint8Array): EncodingName | undefined {
  const pairs = b.length >> 1;
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  // Indonesian text is Latin script: well over half of its UTF-16 units have a zero high byte.
  if (odd >= pairs * 0.5 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.5 && odd <= pairs * 0.02) return 'utf-16be';
  return undefined;
}
