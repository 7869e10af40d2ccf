/**
 * The decisions file against the structure (issue 17): two rows for one post are an error at both rows and neither
 * applies; a jenjang that is not the 17/2021 mapping's for the post's level, and a person moved more than one jenjang,
 * are warnings at the decision's row.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateRun } from '../helpers/migrate-run.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

/** The sample regency migrated with `rows` as its decisions file (a header line first, so row k is line k + 1). */
async function run(rows: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'setara-decisions-'));
  writeFileSync(join(dir, 'decisions.csv'), `post_id,decision,jf,jenjang,note\n${rows.join('\n')}\n`);
  const r = await migrateRun(join(SAMPLE, 'posts.csv'), dir, ['--people', join(SAMPLE, 'people.csv'), '--ruleset', join(SAMPLE, 'rules.yaml'), '--decisions', 'decisions.csv']);
  const of = (ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ severity: f.severity, line: (f as { line?: number }).line, message: f.message }));
  return { ...r, of };
}

describe('decisions file checks', { timeout: 60_000 }, () => {
  it('two rows for one post: an error at each row, and the proposal stands', async () => {
    const r = await run([
      'SETDA.01.01.01,keep,,,tetap',
      'SETDA.01.01.02,equalise,analis-kebijakan,ahli_muda,',
      'SETDA.01.01.01,equalise,analis-kebijakan,ahli_muda,setarakan',
    ]);
    expect(r.code).toBe(1);
    const message = "jabatan 'SETDA.01.01.01' ada di beberapa baris (2, 4); tidak satu pun diterapkan";
    expect(r.of('decisions/duplicate-post')).toEqual([
      { severity: 'error', line: 2, message },
      { severity: 'error', line: 4, message },
    ]);
    const m = r.mapping.get('SETDA.01.01.01')!;
    expect([m.decision, m.source]).toEqual(['equalise', 'rules']);
    expect(r.mapping.get('SETDA.01.01.02')!.source).toBe('analyst');
  });

  it('a IV.a post equalised to ahli_utama: a jenjang-level warning, and its holder moves two jenjang', async () => {
    const r = await run(['SETDA.01.01.01,equalise,analis-kebijakan,ahli_utama,']);
    expect(r.of('decisions/jenjang-level')).toEqual([
      { severity: 'warning', line: 2, message: "'Kepala Subbagian Administrasi Pemerintahan' (IV.a) disetarakan ke ahli_muda, bukan ahli_utama" },
    ]);
    expect(r.of('decisions/jenjang-jump')).toEqual([
      { severity: 'warning', line: 2, message: 'Dwi Rahmat, S.Sos. (NIP 197704152007041001) berpindah 2 jenjang: dari ahli_muda ke ahli_utama' },
    ]);
    expect(r.mapping.get('SETDA.01.01.01')!.jenjang).toBe('ahli_utama');
  });

  it('one jenjang away on a JF post is no jump; two are; the mapped jenjang is no finding', async () => {
    const near = await run(['SETDA.01.02.04,equalise,perancang-puu,ahli_muda,', 'SETDA.01.01.01,equalise,analis-kebijakan,ahli_muda,']);
    expect([near.of('decisions/jenjang-jump'), near.of('decisions/jenjang-level')]).toEqual([[], []]);
    const far = await run(['SETDA.01.02.04,equalise,perancang-puu,ahli_madya,']);
    expect(far.of('decisions/jenjang-jump').map((f) => f.message)).toEqual([
      'Bagus Dedi Kusuma, S.H. (NIP 198705262024211001) berpindah 2 jenjang: dari ahli_pertama ke ahli_madya',
    ]);
    // A JF post's level is its JF's jenjang, not the structural mapping.
    expect(far.of('decisions/jenjang-level')).toEqual([]);
  });
});
