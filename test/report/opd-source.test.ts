/**
 * `report --split` reads a migrate output one OPD at a time (report/opd-source.ts): each OPD's model must be the one
 * `--opd` gives from the whole model, also when the CSVs are not in OPD order, hold line breaks inside cells, repeat a
 * post id in two OPDs, or name posts that are not there.
 */
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, oneLine } from '../../src/errors.js';
import { loadReport } from '../../src/report/load.js';
import type { ReportModel } from '../../src/report/model.js';
import { opdRefs, restrictToOpd } from '../../src/report/opd-select.js';
import { OpdSource } from '../../src/report/opd-source.js';
import { resealOutput } from '../helpers/reseal-output.js';
import { migrateSample, readCsv, SAMPLE, type Row } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await migrateSample();
}, 60_000);

async function all(source: OpdSource): Promise<ReportModel[]> {
  const out: ReportModel[] = [];
  for await (const m of source.models()) out.push(m);
  return out;
}

/** Every OPD of the source against the whole model cut down to it; the summary against the whole model's. */
async function expectSameAsWhole(d: string): Promise<ReportModel> {
  const model = await loadReport(d, SAMPLE);
  const source = await OpdSource.open(d, SAMPLE);
  expect(source.summary).toEqual({ ...model, posts: [], people: [], teams: [] });
  const parts = await all(source);
  expect(parts.map((m) => m.opds[0]!.opd)).toEqual(model.opds.map((o) => o.opd));
  parts.forEach((m, i) => expect(m, model.opds[i]!.opd).toEqual(restrictToOpd(model, model.opds[i]!.opd)));
  return model;
}

function copyOutput(): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-opd-source-'));
  cpSync(dir, d, { recursive: true });
  return d;
}

function writeCsv(d: string, file: string, rows: Row[], delimiter: 'windows' | 'unix'): void {
  writeFileSync(join(d, file), stringify(rows, { header: true, bom: true, record_delimiter: delimiter, escape_formulas: true, quoted_match: /\r/ }));
}

describe('OpdSource', () => {
  it('gives, OPD by OPD in plan order, the model restrictToOpd gives; refs as opdRefs', async () => {
    const model = await expectSameAsWhole(dir);
    const source = await OpdSource.open(dir, SAMPLE);
    expect(await source.refs()).toEqual(opdRefs(model));
    expect(model.posts.length).toBeGreaterThan(500);
  });

  it('cuts down to one OPD with only: its summary and its model', async () => {
    const model = await loadReport(dir, SAMPLE);
    const whole = restrictToOpd(model, 'Dinas Kesehatan');
    const one = (await OpdSource.open(dir, SAMPLE)).only('Dinas Kesehatan');
    expect(one.summary).toEqual({ ...whole, posts: [], people: [], teams: [] });
    expect(one.summary.findings.length).toBeGreaterThan(0);
    expect(await all(one)).toEqual([whole]);
  });

  it('reads CSVs out of OPD order, with line breaks in cells, LF endings, a repeated id and posts not there', async () => {
    const d = copyOutput();
    const mapping = readCsv(join(d, 'mapping.csv'));
    const people = readCsv(join(d, 'people.csv'));
    const findings = (JSON.parse(readFileSync(join(d, 'findings.json'), 'utf8')) as { findings: Array<{ postId?: string }> }).findings;
    // A post some finding names, repeated in another OPD: the finding is in both, its people in the last one's.
    const named = mapping.find((m) => findings.some((f) => f.postId === m.post_id) && people.some((p) => p.old_post_id === m.post_id))!;
    const other = mapping.find((m) => m.opd !== named.opd)!;
    mapping.push({ ...named, opd: other.opd!, name: 'Jabatan\r\nberulang', new_name: 'Jabatan\nberulang' });
    mapping[3]!.name = 'Nama dengan\rCR';
    // People whose old post is not in mapping.csv: the new post's OPD, or none.
    Object.assign(people[5]!, { old_post_id: 'TIDAK-ADA', new_post_id: other.post_id });
    Object.assign(people[6]!, { old_post_id: 'TIDAK-ADA', new_post_id: 'JUGA-TIDAK-ADA' });
    // Every other record first: each OPD's records are apart in the file.
    const shuffled = [...mapping.filter((_, i) => i % 2 === 0), ...mapping.filter((_, i) => i % 2 === 1)];
    writeCsv(d, 'mapping.csv', shuffled, 'unix');
    writeCsv(d, 'people.csv', [...people].reverse(), 'windows');
    const plan = JSON.parse(readFileSync(join(d, 'plan.json'), 'utf8')) as { summary: { postsBefore: number } };
    plan.summary.postsBefore = mapping.length;
    writeFileSync(join(d, 'plan.json'), JSON.stringify(plan));
    resealOutput(d);

    const model = await expectSameAsWhole(d);
    const twice = model.opds.filter((o) => model.posts.some((p) => p.id === named.post_id && p.opd === o.opd)).map((o) => o.opd);
    expect(twice).toEqual(expect.arrayContaining([named.opd, other.opd]));
    for (const opd of twice) expect(restrictToOpd(model, opd).findings.some((f) => f.postId === named.post_id), opd).toBe(true);
    expect(model.posts.some((p) => p.name === 'Nama dengan\rCR')).toBe(true);
  });

  it('refuses a CSV cut short after it was indexed (exit-2 error naming the file)', async () => {
    const d = copyOutput();
    const source = await OpdSource.open(d, SAMPLE);
    truncateSync(join(d, 'mapping.csv'), 2000);
    const e = await all(source).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(oneLine(e as InputError, 'en')).toBe(`${join(d, 'mapping.csv')}: changed while being read (another setara writing this folder?); try again`);
  });
});
