import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { github as githubPieces } from '../../../src/report/format/github.js';
import { FINDINGS, makeContext, asText } from './fixtures.js';

const github = asText(githubPieces);

const many = (severity: Finding['severity'], n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    ruleId: `r.${severity}`,
    severity,
    message: `m${i}`,
    file: 'x.csv',
    line: i + 2,
  }));

describe('github', () => {
  const lines = github(FINDINGS, makeContext()).split('\n');

  it('writes exact workflow commands with escaped messages and the citation appended', () => {
    expect(lines).toContain(
      '::error file=data/dinas kesehatan.csv,line=12,title=eselon.valid::' +
        'Eselon "IV.c" tidak dikenal untuk jabatan Kepala Seksi Pemerintahan (PP 11/2017 Pasal 239)',
    );
    expect(lines).toContain(
      '::warning file=data/a.csv,line=7,title=golongan.mismatch::' +
        'Golongan 50%25 di bawah: III/a, lihat%0D%0Abaris berikut (PermenPANRB 17/2021 Pasal 5)',
    );
    // info → notice; no line= for a whole-file finding; NUL dropped; no citation → nothing appended
    expect(lines).toContain(`::notice file=data/a.csv,title=header.extra::Kolom <nama> & "gelar" 'x' ]]> akhir!`);
    expect(lines).toContain('::warning file=data/b.csv,line=1,title=kolom.unknown::Kolom tidak dikenal: a | b');
  });

  it('puts the most severe first, then file/line order, one command per line', () => {
    const body = lines.filter((l) => l !== '');
    expect(body).toHaveLength(FINDINGS.length);
    expect(body.map((l) => l.slice(2, l.indexOf(' ')))).toEqual([
      'error', 'error', 'error', 'warning', 'warning', 'notice', 'notice',
    ]);
    expect(body[0]).toMatch(/^::error file=data\/a\.csv,line=5,/);
    expect(body[1]).toMatch(/^::error file=data\/a\.csv,line=9,/);
    expect(lines.at(-1)).toBe('');
  });

  it('escapes : , % CR LF in property values', () => {
    const f: Finding = { ruleId: 'x:y,z', severity: 'error', message: 'm', file: 'a:b,c%\n.csv', line: 3 };
    expect(github([f], makeContext())).toBe('::error file=a%3Ab%2Cc%25%0A.csv,line=3,title=x%3Ay%2Cz::m\n');
  });

  it('adds one localised notice when a level exceeds 10 annotations', () => {
    const input = [...many('error', 12), ...many('warning', 3), ...many('info', 11)];
    const out = github(input, makeContext()).trimEnd().split('\n');
    expect(out).toHaveLength(input.length + 1);
    expect(out.at(-1)).toBe(
      '::notice::3 temuan lain melewati batas GitHub (10 anotasi per tingkat) dan tidak ditampilkan sebagai anotasi; lihat laporan lengkap.',
    );
    const en = github(input, makeContext({ lang: 'en' })).trimEnd().split('\n');
    expect(en.at(-1)).toBe(
      "::notice::3 more findings were beyond GitHub's limit of 10 annotations per level and not shown as annotations; see the full report.",
    );
  });

  it('adds no notice at exactly 10 per level', () => {
    const out = github([...many('error', 10), ...many('warning', 10)], makeContext()).trimEnd().split('\n');
    expect(out).toHaveLength(20);
    expect(out.some((l) => l.startsWith('::notice::'))).toBe(false);
  });

  it('prints nothing at all when there are no findings', () => {
    expect(github([], makeContext())).toBe('');
  });
});
