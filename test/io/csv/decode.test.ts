/** UTF-8 on the bytes: chunk boundaries inside a sequence, the offset of the first bad byte, bytes of decoded text. */
import { describe, expect, it } from 'vitest';
import { byteLength, completeUtf8Prefix, invalidUtf8At, Utf8Chunks } from '../../../src/io/csv/decode.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('completeUtf8Prefix', () => {
  it('leaves out a sequence cut short at the end, whatever its length', () => {
    for (const ch of ['é', '€', '😀']) {
      const b = bytes(`ab${ch}`);
      expect(completeUtf8Prefix(b)).toBe(b.length);
      for (let cut = 3; cut < b.length; cut++) expect(completeUtf8Prefix(b.subarray(0, cut)), `${ch} cut at ${cut}`).toBe(2);
    }
    expect(completeUtf8Prefix(bytes(''))).toBe(0);
  });
});

describe('invalidUtf8At', () => {
  it('-1 for valid UTF-8; else the offset where the first bad sequence starts', () => {
    expect(invalidUtf8At(bytes('aé€😀'))).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0x61, 0x62, 0xff, 0x63]))).toBe(2);
    expect(invalidUtf8At(Buffer.concat([bytes('né'), Buffer.from([0xc3, 0x62])]))).toBe(3); // lead byte, no continuation
    expect(invalidUtf8At(Buffer.from([0xe9, 0x61]))).toBe(0); // windows-1252 é
  });
});

describe('Utf8Chunks', () => {
  it('any split of the stream gives back the same text, each piece complete', () => {
    const text = 'a;é\n€;😀\n';
    const all = bytes(text);
    for (let at = 0; at <= all.length; at++) {
      const c = new Utf8Chunks();
      const parts = [c.next(all.subarray(0, at)), c.next(all.subarray(at))];
      expect(parts.every((p) => invalidUtf8At(p) === -1)).toBe(true);
      expect(Buffer.concat(parts).toString('utf8')).toBe(text);
      expect(c.unfinished).toBe(false);
    }
  });

  it('a sequence left unfinished by the last chunk is reported', () => {
    const c = new Utf8Chunks();
    expect(c.next(bytes('ab€').subarray(0, 4)).toString()).toBe('ab');
    expect(c.unfinished).toBe(true);
  });
});

it('byteLength: bytes of decoded text in each encoding', () => {
  expect(byteLength('aé€', 'utf-8')).toBe(6);
  expect(byteLength('aé€', 'windows-1252')).toBe(3);
  expect(byteLength('aé€', 'utf-16le')).toBe(6);
});
