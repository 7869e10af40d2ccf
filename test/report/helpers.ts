/** Shared by the report tests: the sample regency migrated into a temp dir, then `setara report` in-process. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { runMain, type RunResult } from '../helpers/run-main.js';

export const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
export type Row = Record<string, string>;

export const readCsv = (path: string): Row[] => parse(readFileSync(path), { columns: true, bom: true }) as Row[];

/** `setara migrate` on the sample regency into a fresh temp dir (with the region's rules file unless `ruleset` is given). */
export async function migrateSample(extra: string[] = ['--ruleset', 'rules.yaml']): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'setara-report-'));
  const r = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', ...extra, '--out', out, '--force', '--as-of', '2026-12-01'], { cwd: SAMPLE });
  expect(r.code, r.stderr).toBeLessThan(2);
  return out;
}

export function report(args: string[], opts: { cwd?: string; tty?: boolean } = {}): Promise<RunResult> {
  return runMain(['report', ...args], { cwd: opts.cwd ?? SAMPLE, ...(opts.tty !== undefined ? { tty: opts.tty } : {}) });
}

export function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'setara-report-out-')), name);
}

/** Equalised posts per OPD according to mapping.csv. */
export function equalisedByOpd(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of readCsv(join(dir, 'mapping.csv'))) if (m.decision === 'equalise') out.set(m.opd!, (out.get(m.opd!) ?? 0) + 1);
  return out;
}
