import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { junit as junitPieces } from '../../../src/report/format/junit.js';
import { FINDINGS, NASTY, makeContext, asText } from './fixtures.js';

const junit = asText(junitPieces);

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/**
 * A strict little XML reader, enough for this output: it throws on anything not well formed (unknown entities, a raw
 * `<`, `>` or `&` in text or attributes, mismatched tags, characters XML 1.0 forbids).
 */
function parseXml(xml: string): El {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) throw new Error('illegal XML character');
  const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(decl)) throw new Error('missing XML declaration');
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.-]+="[^"<>&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<>&]*)*")*)\s*(\/?)>|([^<>]+)/gy;
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  token.lastIndex = decl.length;
  while (token.lastIndex < xml.length) {
    const m = token.exec(xml);
    if (!m) throw new Error(`not well formed at ${token.lastIndex}: ${JSON.stringify(xml.slice(token.lastIndex, token.lastIndex + 30))}`);
    const top = stack.at(-1)!;
    if (m[5] !== undefined) {
      top.text += decode(m[5]);
      continue;
    }
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs!.matchAll(/([\w.-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = decode(a[2]!.replace(/[\t\n\r]/g, ' '));
    }
    const el: El = { name: name!, attrs, children: [], text: '' };
    top.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  const elements = root.children;
  if (elements.length !== 1) throw new Error('expected one root element');
  return elements[0]!;
}

function decode(s: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(s)) throw new Error(`bad entity in ${JSON.stringify(s)}`);
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1)))
    : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!,
  );
}

const cases = (suite: El) => suite.children.filter((c) => c.name === 'testcase');
const failuresOf = (suite: El) => cases(suite).filter((c) => c.children.some((x) => x.name === 'failure'));

describe('junit', () => {
  const xml = junit(FINDINGS, makeContext());
  const root = parseXml(xml);
  const suites = root.children;

  it('is well-formed XML with a declaration and a testsuites root', () => {
    expect(root.name).toBe('testsuites');
    expect(root.attrs.name).toBe('setara');
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  it('has counts in attributes that match the elements', () => {
    const allCases = suites.flatMap(cases);
    const allFailures = suites.flatMap(failuresOf);
    expect(Number(root.attrs.tests)).toBe(allCases.length);
    expect(Number(root.attrs.failures)).toBe(allFailures.length);
    // failOn warning: 3 errors + 2 warnings fail, the 2 infos do not
    expect(allFailures).toHaveLength(5);
    for (const s of suites) {
      expect(s.name).toBe('testsuite');
      expect(Number(s.attrs.tests)).toBe(cases(s).length);
      expect(Number(s.attrs.failures)).toBe(failuresOf(s).length);
      expect(s.attrs.errors).toBe('0');
      expect(s.attrs.time).toBe('0');
    }
  });

  it('has one suite per checked file or file with findings, sorted, with dotted classnames', () => {
    expect(suites.map((s) => s.attrs.name)).toEqual([
      'data/a.csv', 'data/b.csv', 'data/c.csv', 'data/clean.csv', 'data/dinas kesehatan.csv',
    ]);
    const dinas = suites.find((s) => s.attrs.name === 'data/dinas kesehatan.csv')!;
    expect(cases(dinas)[0]!.attrs.classname).toBe('setara.data_dinas_kesehatan_csv');
    const extra = parseXml(junit([{ ...FINDINGS[0]!, file: 'other.csv' }], makeContext({ files: [] })));
    expect(extra.children.map((s) => s.attrs.name)).toEqual(['other.csv']);
  });

  it('gives a clean file (or one with only findings below failOn) one passing `valid` testcase', () => {
    for (const name of ['data/clean.csv', 'data/c.csv']) {
      const suite = suites.find((s) => s.attrs.name === name)!;
      expect(cases(suite).map((c) => c.attrs.name)).toEqual(['valid']);
      expect(cases(suite)[0]!.children).toEqual([]);
      expect(suite.attrs.failures).toBe('0');
    }
  });

  it('uses stable unique test names from rule id and row key, never the message', () => {
    const a = suites.find((s) => s.attrs.name === 'data/a.csv')!;
    const names = cases(a).map((c) => c.attrs.name);
    expect(names).toEqual(['jabatan.duplicate P-007', 'golongan.mismatch row 6', 'jabatan.duplicate P-007 #2']);
    for (const s of suites) {
      const n = cases(s).map((c) => c.attrs.name);
      expect(new Set(n).size).toBe(n.length);
    }
    const b = suites.find((s) => s.attrs.name === 'data/b.csv')!;
    expect(cases(b)[0]!.attrs.name).toBe('kolom.unknown line 1');
    const renamed = parseXml(junit(FINDINGS.map((f) => ({ ...f, message: `${f.message} (v2)` })), makeContext()));
    expect(renamed.children.flatMap(cases).map((c) => c.attrs.name)).toEqual(suites.flatMap(cases).map((c) => c.attrs.name));
  });

  it('puts the message in failure@message, the rule id in @type and the details in the text', () => {
    const a = suites.find((s) => s.attrs.name === 'data/a.csv')!;
    const failure = cases(a).find((c) => c.attrs.name === 'golongan.mismatch row 6')!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs.type).toBe('golongan.mismatch');
    expect(failure.attrs.message).toBe('Golongan 50% di bawah: III/a, lihat\r\nbaris berikut');
    expect(failure.text).toContain('data/a.csv:7');
    expect(failure.text).toContain('Kolom: golongan');
    expect(failure.text).toContain('Nilai: II/d');
    expect(failure.text).toContain('Dasar hukum: PermenPANRB 17/2021 Pasal 5');
  });

  it('escapes markup and strips characters XML forbids', () => {
    const all = junit(FINDINGS, makeContext({ failOn: 'info' }));
    const parsed = parseXml(all); // throws on a raw < or & in text, or a NUL
    expect(Number(parsed.attrs.failures)).toBe(7);
    expect(all).not.toContain('\u0000');
    expect(all).not.toContain(']]>');
    expect(all).toContain('Kolom &lt;nama&gt; &amp; &quot;gelar&quot; &apos;x&apos; ]]&gt; akhir!');
    const failure = parsed.children.flatMap(cases).find((c) => c.attrs.name === 'header.extra')!.children[0]!;
    expect(failure.attrs.message).toBe(NASTY.replace('\u0000', ''));
    expect(failure.text).toContain(NASTY.replace('\u0000', ''));
    // no raw < inside any text node
    for (const m of all.matchAll(/>([^<]*)</g)) expect(m[1]).not.toMatch(/[<>]/);
  });

  it('honours failOn error', () => {
    const parsed = parseXml(junit(FINDINGS, makeContext({ failOn: 'error' })));
    expect(parsed.attrs.failures).toBe('3');
    const b = parsed.children.find((s) => s.attrs.name === 'data/b.csv')!;
    expect(cases(b).map((c) => c.attrs.name)).toEqual(['valid']);
  });

  it('handles awkward file names and an empty run', () => {
    const odd: Finding = { ...FINDINGS[0]!, file: 'a&b <c>.csv' };
    const parsed = parseXml(junit([odd], makeContext({ files: [] })));
    expect(parsed.children[0]!.attrs.name).toBe('a&b <c>.csv');
    expect(cases(parsed.children[0]!)[0]!.attrs.classname).toBe('setara.a_b__c__csv');
    const empty = parseXml(junit([], makeContext({ files: [] })));
    expect(empty.attrs.tests).toBe('0');
    expect(empty.children).toEqual([]);
  });
});
