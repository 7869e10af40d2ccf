/** People table → Person objects. */
import type { Report } from './finding.js';
import type { Config } from '../io/config.js';
import type { Table } from '../io/table.js';
import { cell, readRows, type RowsResult } from './rows.js';
import { parseDate } from './parse/date.js';
import { parseOnce } from './parse/result.js';
import { parseEducation } from './parse/education.js';
import { parseGolongan, isPppkGrade } from './parse/golongan.js';
import { parseNip } from './parse/nip.js';
import { parseStatus } from './parse/status.js';
import type { Person } from './types.js';

export async function readPeople(table: Table, config: Config, report: Report): Promise<RowsResult<Person>> {
  const values = config.values ?? {};
  return readRows<Person>(table, 'people', config.columns?.people, report, (row) => {
    const rawNip = row.get('nip');
    const nipParsed = parseNip(rawNip);
    let nip = rawNip;
    if (nipParsed.ok && nipParsed.value !== null) nip = nipParsed.value;
    else if (!nipParsed.ok) row.invalid('nip', rawNip, nipParsed.reason, 'person/nip-format');
    const status = cell(row, 'status', parseStatus(row.get('status'), values.status));
    const golRaw = row.get('golongan');
    // A PPPK grade (V, IX, …) is a valid value for PPPK staff, not a golongan ruang.
    const golongan = status === 'pppk' && isPppkGrade(golRaw) ? null : cell(row, 'golongan', parseGolongan(golRaw, values.golongan));
    const education = cell(row, 'education', parseEducation(row.get('education'), values.education));
    const birthDate = cell(row, 'birth_date', parseOnce(parseDate, row.get('birth_date')));
    const postId = row.get('post_id') || null;
    const name = row.get('name');
    const role = row.get('role') || null;
    const canonical = {
      nip, name, post_id: postId, golongan, education, birth_date: birthDate, status, role,
    };
    const item: Person | null = rawNip === '' ? null : {
      nip, name, postId, golongan, education, birthDate, status, role, file: row.file, line: row.line, row: row.row,
    };
    return { canonical, item };
  });
}
