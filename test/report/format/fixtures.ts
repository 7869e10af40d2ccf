/** A fixed set of findings and a context shared by the formatter tests. */
import { Chalk } from 'chalk';
import type { Finding } from '../../../src/model/finding.js';
import type { RuleMeta } from '../../../src/model/rule-meta.js';
import type { FormatContext, Formatter } from '../../../src/report/format/context.js';

export const NASTY = 'Kolom <nama> & "gelar" \'x\' ]]> akhir\u0000!';

export const FINDINGS: readonly Finding[] = [
  // error, line + column + value + post id, Indonesian text, a file name with a space
  {
    ruleId: 'eselon.valid',
    severity: 'error',
    message: 'Eselon "IV.c" tidak dikenal untuk jabatan Kepala Seksi Pemerintahan',
    file: 'data/dinas kesehatan.csv',
    line: 12,
    row: 11,
    column: 'eselon',
    value: 'IV.c',
    postId: 'P-001',
    citation: { regulation: 'PP 11/2017', article: 'Pasal 239', confidence: 'confirmed', source: '[S12]' },
  },
  // two errors that would get the same JUnit name (same rule, same post id) and the same fingerprint key
  {
    ruleId: 'jabatan.duplicate',
    severity: 'error',
    message: 'ID jabatan P-007 muncul lebih dari sekali',
    file: 'data/a.csv',
    line: 5,
    row: 4,
    postId: 'P-007',
    citation: { regulation: 'PermenPANRB 17/2021', confidence: 'unconfirmed' },
  },
  {
    ruleId: 'jabatan.duplicate',
    severity: 'error',
    message: 'ID jabatan P-007 muncul lagi',
    file: 'data/a.csv',
    line: 9,
    row: 8,
    postId: 'P-007',
    citation: { regulation: 'PermenPANRB 17/2021', confidence: 'unconfirmed' },
  },
  // warning whose message has %, :, , and CR/LF
  {
    ruleId: 'golongan.mismatch',
    severity: 'warning',
    message: 'Golongan 50% di bawah: III/a, lihat\r\nbaris berikut',
    file: 'data/a.csv',
    line: 7,
    row: 6,
    column: 'golongan',
    value: 'II/d',
    citation: { regulation: 'PermenPANRB 17/2021', article: 'Pasal 5', confidence: 'confirmed' },
  },
  // info without line (whole-file), message with <&>"' ]]> and NUL
  {
    ruleId: 'header.extra',
    severity: 'info',
    message: NASTY,
    file: 'data/a.csv',
  },
  // warning for a rule that is not in ctx.rules, a pipe in message, column and value
  {
    ruleId: 'kolom.unknown',
    severity: 'warning',
    message: 'Kolom tidak dikenal: a | b',
    file: 'data/b.csv',
    line: 1,
    column: 'nama|x',
    value: 'x|y',
  },
  // info with a record number but no line
  {
    ruleId: 'nama.spasi',
    severity: 'info',
    message: 'Nama jabatan diawali spasi',
    file: 'data/c.csv',
    row: 3,
    column: 'nama_jabatan',
    value: ' Kepala Bagian',
    citation: { regulation: 'Kebijakan lokal', confidence: 'local-policy' },
  },
];

export const RULES: RuleMeta[] = [
  {
    id: 'eselon.valid',
    description: { id: 'Eselon harus salah satu kode yang sah', en: 'Eselon must be a valid code' },
    severity: 'error',
    citation: { regulation: 'PP 11/2017', article: 'Pasal 239', confidence: 'confirmed', source: '[S12]' },
    locked: true,
  },
  {
    id: 'jabatan.duplicate',
    description: { id: 'ID jabatan harus unik', en: 'Post IDs must be unique' },
    severity: 'error',
    citation: { regulation: 'PermenPANRB 17/2021', confidence: 'unconfirmed' },
  },
  {
    id: 'golongan.mismatch',
    description: { id: 'Golongan sesuai jenjang', en: 'Golongan matches the jenjang' },
    severity: 'warning',
    citation: { regulation: 'PermenPANRB 17/2021', article: 'Pasal 5', confidence: 'confirmed' },
  },
  {
    id: 'header.extra',
    description: { id: 'Kolom tambahan', en: 'Extra column' },
    severity: 'info',
    citation: { regulation: 'Kebijakan lokal', confidence: 'local-policy' },
  },
  {
    id: 'nama.spasi',
    description: { id: 'Nama tanpa spasi di tepi', en: 'Names without surrounding spaces' },
    severity: 'info',
    citation: { regulation: 'Kebijakan lokal', confidence: 'local-policy' },
  },
  {
    id: 'unused.rule',
    description: { id: 'Aturan yang tidak muncul', en: 'A rule that does not fire' },
    severity: 'warning',
    citation: { regulation: 'PP 11/2017', confidence: 'confirmed' },
  },
];

export function makeContext(over: Partial<FormatContext> = {}): FormatContext {
  return {
    lang: 'id',
    color: null,
    toolName: 'setara',
    toolVersion: '0.1.0',
    informationUri: 'https://example.org/setara/rules',
    rules: RULES,
    files: ['data/a.csv', 'data/b.csv', 'data/c.csv', 'data/clean.csv', 'data/dinas kesehatan.csv'],
    failOn: 'warning',
    ...over,
  };
}

export const colorChalk = new Chalk({ level: 1 });

/** Deterministic permutations (seeded), for order-independence tests. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A formatter as a function giving its whole text (the pieces joined), for tests that read the text. */
export function asText(format: Formatter): (findings: readonly Finding[], ctx: FormatContext) => string {
  return (findings, ctx) => [...format(findings, ctx)].join('');
}
