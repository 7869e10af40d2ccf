import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { D3_TITLES, degreeTitles, FEMALE_FAMILY, FEMALE_GIVEN, MALE_FAMILY, MALE_GIVEN, PELAKSANA, S1_TITLES, S2_TITLES } from '../../src/generate/catalog.js';
import { OPD_TEMPLATES } from '../../src/generate/opd-templates.js';
import { decodeNip } from '../../src/model/parse/nip.js';
import { runMain, withoutProgress } from '../helpers/run-main.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'setara-gen-'));
const POSTS_HEADER = 'id,parent_id,name,kind,eselon,unit,opd,unit_type';
const PEOPLE_HEADER = 'nip,name,post_id,golongan,education,birth_date,status';

interface Defects {
  version: number;
  seed: number;
  posts: number;
  people: number;
  regions: number;
  defects: Array<{ kind: string; ruleId: string; file: string; line: number; postId?: string; nip?: string }>;
}

describe('setara generate', () => {
  const dir = tmp();
  let defects: Defects;
  let posts: Array<Record<string, string>>;
  let people: Array<Record<string, string>>;

  beforeAll(async () => {
    const r = await runMain(['generate', '--posts', '6000', '--seed', '42', '--out', 'data', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^6000 posts, \d+ people, \d+ regions, \d+ deliberate defects \(defects\.json\) → data/);
    defects = JSON.parse(readFileSync(join(dir, 'data', 'defects.json'), 'utf8')) as Defects;
    posts = parse(readFileSync(join(dir, 'data', 'posts.csv')), { columns: true });
    people = parse(readFileSync(join(dir, 'data', 'people.csv')), { columns: true });
  });

  it('on a terminal shows the megabytes written, then leaves only its summary line', async () => {
    const r = await runMain(['generate', '--posts', '6000', '--seed', '42', '--out', 'tty', '--lang', 'en'], { cwd: dir, tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\r\x1b\[Kwriting tty: \d+ MB…/);
    expect(withoutProgress(r.stderr)).toMatch(/^6000 posts, \d+ people, \d+ regions, \d+ deliberate defects \(defects\.json\) → tty \([\d.]+ s\)\n$/);
  });

  it('writes posts.csv and people.csv with the canonical headers (UTF-8, comma, LF, no BOM) and nothing else', () => {
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['defects.json', 'people.csv', 'posts.csv']);
    for (const [file, header] of [['posts.csv', POSTS_HEADER], ['people.csv', PEOPLE_HEADER]] as const) {
      const text = readFileSync(join(dir, 'data', file), 'utf8');
      expect(text.split('\n')[0]).toBe(header);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n')).toBe(true);
    }
    expect(readFileSync(join(dir, 'data', 'posts.csv'), 'utf8').split('\n')[0]).toBe(
      readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh', 'posts.csv'), 'utf8').split('\n')[0],
    );
  });

  it('has exactly --posts posts, the people it reports, and several regions side by side', () => {
    expect(posts).toHaveLength(6000);
    expect(defects.posts).toBe(6000);
    expect(people).toHaveLength(defects.people);
    expect(defects.regions).toBeGreaterThan(3);
    const codes = new Set(posts.map((p) => p.id!.split('.')[0]));
    expect(codes.size).toBe(defects.regions);
    // Every region has a Setda, a DPRD secretariat, an Inspektorat, Dinas/Badan and Kecamatan (the last region may be cut short).
    const first = [...codes][0]!;
    const heads = posts.filter((p) => p.id!.startsWith(`${first}.`) && p.parent_id === '').map((p) => p.name);
    expect(heads).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Sekretaris Daerah Kabupaten /), expect.stringMatching(/^Sekretaris DPRD /), expect.stringMatching(/^Inspektur /),
      expect.stringMatching(/^Kepala Dinas Kesehatan /), expect.stringMatching(/^Kepala Badan /), expect.stringMatching(/^Camat /),
    ]));
    const eselons = new Set(posts.map((p) => p.eselon));
    for (const e of ['II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', '']) expect(eselons).toContain(e);
    expect(posts.some((p) => p.unit_type === 'kelurahan')).toBe(true);
  });

  it('gives one holder per structural post and 1-3 per pelaksana/JF post, with valid, unique NIPs', () => {
    const holders = new Map<string, number>();
    for (const x of people) holders.set(x.post_id!, (holders.get(x.post_id!) ?? 0) + 1);
    const dupIds = new Set(defects.defects.filter((d) => d.kind === 'duplicate-id').map((d) => d.postId));
    for (const p of posts) {
      if (dupIds.has(p.id)) continue; // the duplicate's holders land on the first post with that id
      const n = holders.get(p.id!) ?? 0;
      if (p.eselon) expect(n, p.id).toBe(1);
      else expect(n >= 1 && n <= 3, `${p.id}: ${n}`).toBe(true);
    }
    expect(new Set(people.map((x) => x.nip)).size).toBe(people.length);
    const mismatched = new Set(defects.defects.filter((d) => d.kind === 'nip-birth-date-mismatch').map((d) => d.nip));
    for (const x of people) {
      expect(x.nip).toMatch(/^\d{18}$/);
      if (x.status !== 'pns') continue;
      const d = decodeNip(x.nip!);
      expect(d.problems, x.nip).toEqual([]);
      if (!mismatched.has(x.nip)) expect(d.birthDate, x.nip).toBe(x.birth_date);
    }
  });

  it('draws names, degree titles and pelaksana titles from the shared pools, the degrees by the sector of the OPD', () => {
    const alt = (xs: readonly string[]) => xs.map((x) => x.replaceAll('.', '\\.')).join('|');
    const bare = {
      '1': new RegExp(`^(${alt(MALE_GIVEN)})( (${alt(MALE_GIVEN)}))? (${alt(MALE_FAMILY)})$`),
      '2': new RegExp(`^(${alt(FEMALE_GIVEN)})( (${alt(FEMALE_GIVEN)}))? (${alt(FEMALE_FAMILY)})$`),
    };
    // The Setda's sector is its Bagian's; every other OPD has one.
    const sectorOf = (opd: string) =>
      OPD_TEMPLATES.find((t) => opd.startsWith(`${t.name} Kabupaten `))?.sector
      ?? (/^(Kecamatan|Sekretariat DPRD) /.test(opd) ? 'pemerintahan' : opd.startsWith('Inspektorat ') ? 'pengawasan' : undefined);
    const opdOf = new Map(posts.map((p) => [p.id!, p.opd!]));
    const seen = new Set<string>();
    for (const x of people) {
      const [name, ...titles] = x.name!.split(', ');
      expect(name, x.nip).toMatch(bare[x.nip![14] as '1' | '2']); // the sex digit of a PNS and a PPPK NIP alike
      const sector = sectorOf(opdOf.get(x.post_id!)!);
      if (!sector) continue;
      const pools = { SMA: [], D3: [D3_TITLES], D4: [S1_TITLES], S1: [S1_TITLES], S2: [S1_TITLES, S2_TITLES] }[x.education!]!;
      expect(titles, x.nip).toHaveLength(pools.length);
      pools.forEach((pool, i) => expect(degreeTitles(pool, sector), `${x.nip} ${sector}`).toContain(titles[i]));
      for (const t of titles) seen.add(`${sector} ${t}`);
    }
    // Sector lists where the sector has one (Dinas Kesehatan), the general list where it has none (Dinas Pendidikan).
    for (const t of ['kesehatan A.Md.Kep.', 'kesehatan S.Kep.', 'pengawasan S.Ak.', 'pemerintahan S.STP.', 'pendidikan A.Md.', 'pendidikan M.AP.']) expect(seen).toContain(t);
    const keuangan = posts.filter((p) => p.kind === 'pelaksana' && p.unit!.startsWith('Subbagian Keuangan')).map((p) => p.name!);
    expect(keuangan.length).toBeGreaterThan(20);
    expect(new Set(keuangan)).toEqual(new Set(PELAKSANA.keuangan));
    expect(posts.some((p) => p.kind === 'pelaksana' && p.name === 'Pengelola Data Kepegawaian')).toBe(true);
  });

  it('injects each kind of defect and lists it with its line; validate finds exactly those', async () => {
    expect(new Set(defects.defects.map((d) => d.kind))).toEqual(new Set(['duplicate-id', 'missing-parent', 'nip-birth-date-mismatch']));
    const r = await runMain(['validate', 'data/posts.csv', '--people', 'data/people.csv', '--format', 'json', '--as-of', '2026-12-01'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; file: string; line: number }> }).findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.ruleId} ${f.file.replace(/^data\//, '')}:${f.line}`)
      .sort();
    expect(found).toEqual(defects.defects.map((d) => `${d.ruleId} ${d.file}:${d.line}`).sort());
  });

  it('is deterministic for a seed and differs for another seed', async () => {
    const a = tmp();
    await runMain(['generate', '--posts', '2500', '--seed', '7', '--out', 'x'], { cwd: a });
    await runMain(['generate', '--posts', '2500', '--seed', '7', '--out', 'y'], { cwd: a });
    await runMain(['generate', '--posts', '2500', '--seed', '8', '--out', 'z'], { cwd: a });
    for (const f of ['posts.csv', 'people.csv', 'defects.json']) {
      expect(readFileSync(join(a, 'x', f)).equals(readFileSync(join(a, 'y', f))), f).toBe(true);
    }
    expect(readFileSync(join(a, 'x', 'people.csv')).equals(readFileSync(join(a, 'z', 'people.csv')))).toBe(false);
  });

  it('with --defect-rate 0 the dataset validates clean', async () => {
    const a = tmp();
    expect((await runMain(['generate', '--posts', '3000', '--defect-rate', '0', '--out', 'clean'], { cwd: a })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(a, 'clean', 'defects.json'), 'utf8')).defects).toEqual([]);
    const r = await runMain(['validate', 'clean/posts.csv', '--people', 'clean/people.csv', '--format', 'json', '--fail-on', 'warning', '--as-of', '2026-12-01'], { cwd: a });
    expect(r.code).toBe(0);
  });

  it('refuses to overwrite without --force, and takes --force', async () => {
    const a = tmp();
    expect((await runMain(['generate', '--posts', '100', '--out', 'o'], { cwd: a })).code).toBe(0);
    const before = readFileSync(join(a, 'o', 'posts.csv'));
    const again = await runMain(['generate', '--posts', '200', '--out', 'o', '--lang', 'en'], { cwd: a });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^setara: o\/posts\.csv: o\/posts\.csv already exists \(use --force to overwrite\)\n$/);
    expect(readFileSync(join(a, 'o', 'posts.csv')).equals(before)).toBe(true);
    expect((await runMain(['generate', '--posts', '200', '--out', 'o', '--force'], { cwd: a })).code).toBe(0);
    expect(readFileSync(join(a, 'o', 'posts.csv'), 'utf8').trim().split('\n')).toHaveLength(201);
    expect(readdirSync(join(a, 'o')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['generate', '--posts', '0', '--out', 'o']],
    [['generate', '--posts', 'many', '--out', 'o']],
    [['generate', '--posts', '10']],
    [['generate', '--out', 'o']],
    [['generate', '--posts', '10', '--out', 'o', '--defect-rate', '2']],
  ])('usage error %j exits 2 with one line', async (argv) => {
    const r = await runMain(argv, { cwd: tmp() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an --out that is a file is refused before any work', async () => {
    const a = tmp();
    writeFileSync(join(a, 'f'), 'x');
    const r = await runMain(['generate', '--posts', '10', '--out', 'f', '--lang', 'en'], { cwd: a });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: f: --out f is a file, not a directory\n');
  });
});
