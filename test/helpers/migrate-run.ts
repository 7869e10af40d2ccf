/** A migrate run in a temp folder, read back: its mapping by post id and its findings; and tables written for it. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { runMain } from './run-main.js';

export type Row = Record<string, string>;

export const readCsv = (path: string): Row[] => parse(readFileSync(path), { columns: true, bom: true }) as Row[];

export interface MigrateRun {
  code: number;
  stdout: string;
  stderr: string;
  mapping: Map<string, Row>;
  findings: Array<{ ruleId: string; severity: string; postId?: string; message: string; value?: string }>;
}

/** `setara migrate POSTS … --out TEMP` in `cwd`, reference date 2026-12-01. */
export async function migrateRun(posts: string, cwd: string, extra: string[] = []): Promise<MigrateRun> {
  const out = mkdtempSync(join(tmpdir(), 'setara-run-'));
  const r = await runMain(['migrate', posts, '--out', out, '--force', '--as-of', '2026-12-01', ...extra], { cwd });
  const mapping = new Map(readCsv(join(out, 'mapping.csv')).map((m) => [m.post_id!, m]));
  return { ...r, mapping, findings: JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')).findings };
}

/** A CSV of `rows` with only `columns`, written into `dir` as `name` (returned). */
export function writeTable(dir: string, name: string, columns: string[], rows: readonly Row[]): string {
  writeFileSync(join(dir, name), stringify(rows.map((r) => columns.map((c) => r[c] ?? '')), { header: true, columns }));
  return name;
}

/** The decision and jenjang of a mapping row, for comparing two runs. */
export const decisionOf = (m: Row) => `${m.decision} ${m.jenjang}`;
