/**
 * eachRecord reads a migrate CSV by its column table (src/migrate/output-columns.ts): the table's headers are the
 * columns required, and the only names the cell accessor takes (a misspelt name does not compile: the
 * `@ts-expect-error` below is checked by `tsc -p tsconfig.test.json`).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_CSV, PEOPLE_CSV } from '../../src/migrate/output-columns.js';
import { eachRecord } from '../../src/report/csv-records.js';
import { migrateSample, readCsv } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await migrateSample();
}, 60_000);

describe('eachRecord over a table', () => {
  it('visits every record with its cells by header and its line; returns the header\'s columns', async () => {
    const path = join(dir, MAPPING_CSV.file);
    const seen: string[][] = [];
    const columns = await eachRecord(path, MAPPING_CSV.file, MAPPING_CSV, (c, line) => seen.push([c('post_id'), c('decision'), c('new_name'), String(line)]));
    expect([...columns.keys()]).toEqual(MAPPING_CSV.headers);
    // One line per record in the sample's mapping.csv.
    expect(seen).toEqual(readCsv(path).map((r, i) => [r.post_id, r.decision, r.new_name, String(i + 2)]));
  });

  it('reads a name outside the table as empty, which is why the accessor takes only the table\'s names', async () => {
    const cells: string[] = [];
    await eachRecord(join(dir, PEOPLE_CSV.file), PEOPLE_CSV.file, PEOPLE_CSV, (c) => {
      // @ts-expect-error 'post_id' is a column of the people input, not of people.csv (old_post_id, new_post_id)
      cells.push(c('post_id'));
    });
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells)).toEqual(new Set(['']));
  });
});
