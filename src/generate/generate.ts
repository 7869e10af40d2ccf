/**
 * `setara generate`: a synthetic national-size dataset (many regencies side by side), streamed to posts.csv and
 * people.csv (canonical headers, UTF-8, comma, LF, as fixtures/kabupaten-contoh), with a few deliberate defects
 * listed in defects.json so that validate has something to find. Deterministic for a seed.
 */
import { join } from 'node:path';
import { openAtomicWriter, writeFileAtomic, type AtomicWriter, type WriteGuard } from '../io/write.js';
import { PROVINCE_CODES, PLACE_DIRECTION, PLACE_HEAD, PLACE_TAIL, placeName } from './catalog.js';
import { PeopleFactory, type GenPerson } from './people.js';
import { createRng } from './prng.js';
import { buildRegion, type GenPost } from './region.js';

export const POST_HEADER = ['id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type'] as const;
export const PEOPLE_HEADER = ['nip', 'name', 'post_id', 'golongan', 'education', 'birth_date', 'status'] as const;
export const GENERATED_FILES = ['posts.csv', 'people.csv', 'defects.json'] as const;

/** Share of posts that carry each kind of defect (at least one of each). */
export const DEFECT_RATE = 0.0001;

export type DefectKind = 'duplicate-id' | 'missing-parent' | 'nip-birth-date-mismatch';

export interface Defect {
  kind: DefectKind;
  /** The finding validate reports for it. */
  ruleId: string;
  file: 'posts.csv' | 'people.csv';
  /** Physical line (the header is line 1). */
  line: number;
  postId?: string;
  nip?: string;
  detail: string;
}

export interface GenerateOptions {
  posts: number;
  seed: number;
  outDir: string;
  guard: WriteGuard;
  /** Share of posts per defect kind; default DEFECT_RATE; 0 for a clean dataset. */
  defectRate?: number;
  /** Told the bytes written so far (both tables), once per region. */
  written?: (bytes: number) => void;
}

export interface GenerateResult {
  posts: number;
  people: number;
  regions: number;
  defects: Defect[];
}

const RULE: Record<DefectKind, string> = {
  'duplicate-id': 'post/duplicate-id',
  'missing-parent': 'post/parent-missing',
  'nip-birth-date-mismatch': 'person/nip-birth-date-mismatch',
};

/** Evenly spread post indexes at which each kind of defect is injected (the next eligible post at or after). */
function defectTargets(n: number, rate: number): Record<DefectKind, number[]> {
  const k = rate <= 0 ? 0 : Math.max(1, Math.round(n * rate));
  const at = (offset: number) => Array.from({ length: k }, (_, j) => Math.floor(((j + offset) * n) / k));
  return { 'duplicate-id': at(0.25), 'missing-parent': at(0.5), 'nip-birth-date-mismatch': at(0.75) };
}

const NEEDS_QUOTES = /[",\r\n]/;
function cell(v: string): string {
  return NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const REGION_NAMES = PLACE_HEAD.length * PLACE_TAIL.length * PLACE_DIRECTION.length;

export function regionCode(i: number): string {
  const prov = PROVINCE_CODES[i % PROVINCE_CODES.length]!;
  const n = Math.floor(i / PROVINCE_CODES.length) + 1;
  return `${prov}${String(n).padStart(2, '0')}`;
}

export function regionName(i: number): string {
  // A permutation of the name space (7 is coprime with its size), so neighbouring regions do not look alike.
  return placeName(i < REGION_NAMES ? (i * 7) % REGION_NAMES : i);
}

function shiftDate(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export async function generateDataset(opts: GenerateOptions): Promise<GenerateResult> {
  const n = opts.posts;
  const rng = createRng(opts.seed);
  const people = new PeopleFactory(rng);
  const targets = defectTargets(n, opts.defectRate ?? DEFECT_RATE);
  const next: Record<DefectKind, number> = { 'duplicate-id': 0, 'missing-parent': 0, 'nip-birth-date-mismatch': 0 };
  const due = (kind: DefectKind, i: number) => next[kind] < targets[kind].length && i >= targets[kind][next[kind]]!;
  const defects: Defect[] = [];
  const file = (f: string) => join(opts.outDir, f);

  const writers: AtomicWriter[] = [];
  try {
    const postsOut = await openAtomicWriter(file('posts.csv'), file('posts.csv'), opts.guard);
    writers.push(postsOut);
    const peopleOut = await openAtomicWriter(file('people.csv'), file('people.csv'), opts.guard);
    writers.push(peopleOut);
    postsOut.write(`${POST_HEADER.join(',')}\n`);
    peopleOut.write(`${PEOPLE_HEADER.join(',')}\n`);

    let emitted = 0;
    let personLine = 1;
    let regions = 0;
    let prev: { post: GenPost; defect: boolean } | null = null;
    while (emitted < n) {
      const region = buildRegion(rng, regions, regionCode(regions), regionName(regions));
      regions++;
      opts.written?.(postsOut.bytes + peopleOut.bytes);
      for (const post of region.posts) {
        if (emitted >= n) break;
        const i = emitted++;
        const line = i + 2;
        const leaf = post.kind === 'pelaksana' || post.kind === 'fungsional';
        let defect = false;
        let id = post.id;
        let parentId = post.parentId;
        if (due('duplicate-id', i) && leaf && prev && !prev.defect && prev.post.parentId === post.parentId && (prev.post.kind === 'pelaksana' || prev.post.kind === 'fungsional')) {
          id = prev.post.id;
          defect = true;
          next['duplicate-id']++;
          defects.push({ kind: 'duplicate-id', ruleId: RULE['duplicate-id'], file: 'posts.csv', line, postId: id, detail: `id of line ${line - 1} repeated (was ${post.id})` });
        } else if (due('missing-parent', i) && leaf) {
          parentId = `${post.parentId}.00`;
          defect = true;
          next['missing-parent']++;
          defects.push({ kind: 'missing-parent', ruleId: RULE['missing-parent'], file: 'posts.csv', line, postId: id, detail: `parent_id ${parentId} does not exist (was ${post.parentId})` });
        }
        prev = { post, defect };
        const p1 = postsOut.write(
          `${cell(id)},${cell(parentId)},${cell(post.name)},${post.kind},${post.eselon},${cell(post.unit)},${cell(post.opd)},${post.unitType}\n`,
        );
        if (p1) await p1;

        const holders: GenPerson[] = people.holdersFor(post);
        for (let h = 0; h < holders.length; h++) {
          const x = holders[h]!;
          personLine++;
          let birthDate = x.birthDate;
          if (h === 0 && x.status === 'pns' && due('nip-birth-date-mismatch', i)) {
            birthDate = shiftDate(x.birthDate, rng.int(1, 27));
            next['nip-birth-date-mismatch']++;
            defects.push({
              kind: 'nip-birth-date-mismatch', ruleId: RULE['nip-birth-date-mismatch'], file: 'people.csv', line: personLine, postId: id, nip: x.nip,
              detail: `birth_date ${birthDate} differs from the NIP (${x.birthDate})`,
            });
          }
          const p2 = peopleOut.write(`${x.nip},${cell(x.name)},${cell(id)},${x.golongan},${x.education},${birthDate},${x.status}\n`);
          if (p2) await p2;
        }
      }
    }
    defects.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    const result: GenerateResult = { posts: emitted, people: personLine - 1, regions, defects };
    await postsOut.commit();
    await peopleOut.commit();
    writers.length = 0;
    const summary = {
      version: 1, generator: 'setara generate', seed: opts.seed, posts: result.posts, people: result.people, regions,
      defectRate: opts.defectRate ?? DEFECT_RATE, defects,
    };
    await writeFileAtomic(file('defects.json'), `${JSON.stringify(summary, null, 2)}\n`, file('defects.json'), opts.guard);
    return result;
  } finally {
    for (const w of writers) await w.abort();
  }
}
