/**
 * `report --split DIR`: one file per OPD, each the report `--opd` gives for that OPD (HTML with a link back to
 * index.html), and every equalised post of mapping.csv in exactly one of them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFileName } from '../../src/report/split.js';
import { runMain } from '../helpers/run-main.js';
import { migrateSample, readCsv, report, tempFile } from './helpers.js';

let dir: string;
let opds: string[];
let equalisedIds: string[];

beforeAll(async () => {
  dir = await migrateSample();
  opds = (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { opds: Array<{ opd: string }> }).opds.map((o) => o.opd);
  equalisedIds = readCsv(join(dir, 'mapping.csv')).filter((m) => m.decision === 'equalise').map((m) => m.post_id!);
}, 60_000);

const splitDir = () => join(mkdtempSync(join(tmpdir(), 'setara-split-')), 'laporan');

async function split(format: string, extra: string[] = []): Promise<string> {
  const out = splitDir();
  const r = await report([dir, '--format', format, '--split', out, ...extra]);
  expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  return out;
}

describe('splitFileName', () => {
  it('numbers with a fixed width and names the OPD in lower-case ASCII', () => {
    expect(splitFileName(7, 120, 'Dinas Kesehatan', 'docx')).toBe('007-dinas-kesehatan.docx');
    expect(splitFileName(1, 9, 'Dinas Pekerjaan Umum & Penataan Ruang — Bidang Bina Marga', 'html')).toBe('1-dinas-pekerjaan-umum-penataan-ruang-bidang-bina-marga.html');
    expect(splitFileName(3, 10, 'Kecamatan Émbong', 'xlsx')).toBe('03-kecamatan-embong.xlsx');
    expect(splitFileName(2, 10, '***', 'md')).toBe('02.md');
  });
});

describe('report --split', () => {
  it('writes one Markdown file per OPD, each the same bytes as --opd for that OPD', async () => {
    const out = await split('md');
    const files = readdirSync(out).sort();
    expect(files).toEqual(opds.map((o, i) => splitFileName(i + 1, opds.length, o, 'md')));
    for (const [i, opd] of opds.entries()) {
      const one = await report([dir, '--format', 'md', '--opd', opd]);
      expect(readFileSync(join(out, files[i]!), 'utf8'), opd).toBe(one.stdout);
    }
  });

  it('writes one DOCX per OPD, each the same bytes as --opd for that OPD', async () => {
    const out = await split('docx');
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(opds.length);
    for (const [i, opd] of opds.entries()) {
      const one = tempFile('one.docx');
      expect((await report([dir, '--opd', opd, '--output', one])).code).toBe(0);
      expect(readFileSync(join(out, files[i]!)).equals(readFileSync(one)), opd).toBe(true);
    }
  }, 120_000);

  it('puts every equalised post of mapping.csv on the Penyetaraan sheet of exactly one workbook, its own OPD', async () => {
    const out = await split('xlsx');
    const seen: string[] = [];
    for (const [i, opd] of opds.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, splitFileName(i + 1, opds.length, opd, 'xlsx')));
      const ws = wb.getWorksheet('Penyetaraan')!;
      const head = (ws.getRow(1).values as string[]).slice(1);
      const [opdCol, idCol] = [head.indexOf('Perangkat Daerah') + 1, head.indexOf('ID Jabatan') + 1];
      expect(idCol).toBeGreaterThan(0);
      for (let r = 2; r <= ws.rowCount; r++) {
        expect(ws.getCell(r, opdCol).value).toBe(opd);
        seen.push(String(ws.getCell(r, idCol).value));
      }
    }
    expect(seen.sort()).toEqual([...equalisedIds].sort());
  }, 120_000);

  it('writes an HTML page per OPD (the --opd page with a link back) and index.html linking each', async () => {
    const out = await split('html');
    const pages = opds.map((o, i) => splitFileName(i + 1, opds.length, o, 'html'));
    expect(readdirSync(out).sort()).toEqual([...pages, 'index.html'].sort());
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    expect(index).not.toContain('<svg');
    for (const [i, opd] of opds.entries()) {
      expect(index).toContain(`<th scope="row"><a href="${pages[i]}">${opd}</a></th>`);
      const one = (await report([dir, '--opd', opd])).stdout;
      const page = readFileSync(join(out, pages[i]!), 'utf8');
      expect(page.replace('\n<p class="meta"><a href="index.html">← Ringkasan</a></p>', ''), opd).toBe(one);
      expect(page).toContain('<a href="index.html">← Ringkasan</a>');
    }
  }, 120_000);

  it('takes --opd: one file', async () => {
    const out = await split('md', ['--opd', 'DINKES']);
    expect(readdirSync(out)).toEqual(['1-dinas-kesehatan.md']);
  });

  it('refuses to overwrite without --force, before writing any file, and overwrites with it', async () => {
    const out = splitDir();
    await report([dir, '--format', 'md', '--split', out]);
    const last = join(out, splitFileName(opds.length, opds.length, opds[opds.length - 1]!, 'md'));
    const first = join(out, splitFileName(1, opds.length, opds[0]!, 'md'));
    writeFileSync(first, 'edited');
    writeFileSync(last, 'edited');
    const r = await report([dir, '--format', 'md', '--split', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sudah ada \(pakai --force untuk menimpa\)\n$/);
    expect(readFileSync(first, 'utf8')).toBe('edited');
    expect((await report([dir, '--format', 'md', '--split', out, '--force'])).code).toBe(0);
    expect(readFileSync(last, 'utf8')).toMatch(/^# Laporan/);
  });

  it('refuses --split with --output, and a --split that is a file (exit 2, one line, nothing written)', async () => {
    const both = await report([dir, '--split', splitDir(), '--output', tempFile('a.html'), '--lang', 'en']);
    expect([both.code, both.stderr]).toEqual([2, 'setara: --split and --output cannot be used together\n']);
    const file = tempFile('x');
    writeFileSync(file, '');
    const r = await report([dir, '--split', file]);
    expect([r.code, r.stderr]).toEqual([2, `setara: ${file}: --split ${file}: bukan folder\n`]);
    expect(existsSync(join(file, 'index.html'))).toBe(false);
  });
});

describe('a report of more than 300 OPDs in one file', () => {
  it('suggests --split on stderr, and still writes the one file', async () => {
    const data = mkdtempSync(join(tmpdir(), 'setara-split-gen-'));
    expect((await runMain(['generate', '--posts', '12000', '--seed', '3', '--out', data, '--force'])).code).toBe(0);
    const out = join(data, 'hasil');
    const m = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--out', out, '--as-of', '2026-12-01'], { cwd: data });
    expect(m.code, m.stderr).toBeLessThan(2);
    const opdCount = (JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { opds: unknown[] }).opds.length;
    expect(opdCount).toBeGreaterThan(300);
    const file = tempFile('laporan.md');
    const r = await report([out, '--output', file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `setara: ${opdCount} perangkat daerah dalam satu berkas; --split FOLDER menulis satu berkas per perangkat daerah\n`]);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Laporan/);
  });
});
