/**
 * Findings made from their index, for the chunked-output tests: any number of them, the same every time, with what
 * each format treats specially (several files, whole-file findings, records without lines, repeated fingerprint keys,
 * rules outside ctx.rules, control characters, markup and escapes in messages and values, every severity).
 */
import type { Finding, Severity } from '../../../src/model/finding.js';

const FILES = ['data/a.csv', 'data/dinas kesehatan.csv', 'data/b.csv', 'peta/c%1#x.csv'];
const RULES = ['eselon.valid', 'jabatan.duplicate', 'golongan.mismatch', 'header.extra', 'nama.spasi', 'kolom.unknown'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const MESSAGES = [
  'Eselon "IV.c" tidak dikenal untuk jabatan Kepala Seksi Pemerintahan',
  'Golongan 50% di bawah: III/a, lihat\r\nbaris berikut',
  'Kolom <nama> & "gelar" \'x\' ]]> akhir\u0000!',
  'Kolom tidak dikenal: a | b * _c_ `d` ~e~',
  'Nama jabatan diawali spasi\tdan\u001b[31m warna',
];

export function generatedFindings(n: number): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const f: Finding = {
      ruleId: RULES[i % RULES.length]!,
      severity: SEVERITIES[(i * 7) % 3]!,
      message: `${MESSAGES[i % MESSAGES.length]!} ${i}`,
      file: FILES[(i >> 2) % FILES.length]!,
    };
    // One in eleven is a whole-file finding; one in thirteen has a record number but no line.
    if (i % 11 !== 0 && i % 13 !== 0) f.line = 2 + ((i * 37) % (n + 5));
    if (i % 11 !== 0) f.row = 1 + ((i * 37) % (n + 5));
    if (i % 3 === 0) f.column = i % 2 ? 'eselon' : 'nama|x';
    if (i % 4 === 0) f.value = i % 8 ? `IV.${i % 5}` : ` "x|y" <${i}>\n`;
    // Post ids repeat (every 17th finding shares one), so SARIF numbers its fingerprints and JUnit its test names.
    if (i % 5 !== 0) f.postId = `P-${String(i % 17 === 0 ? 7 : i).padStart(5, '0')}`;
    if (i % 6 !== 0)
      f.citation =
        i % 2 ? { regulation: 'PermenPANRB 17/2021', article: 'Pasal 5', confidence: 'confirmed', source: '[S12]' }
        : { regulation: 'Kebijakan lokal', confidence: i % 4 ? 'local-policy' : 'unconfirmed' };
    out.push(f);
  }
  return out;
}
