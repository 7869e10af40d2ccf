/**
 * Reads a directory written by `setara migrate` into a ReportModel: counts and provenance from plan.json, posts and
 * decisions from mapping.csv, people from people.csv (absent when migrate ran without --people), teams from plan.json
 * or teams.csv, findings from findings.json. The CSVs are streamed: a national mapping.csv is hundreds of megabytes,
 * and the model of a million posts has to fit in the 1 GiB a report may take, with room to render: texts that repeat
 * are one string, and lists that repeat one frozen list.
 * Every problem with the directory is an InputError (exit 2, one line).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { formatCitation, type Citation } from '../model/finding.js';
import type { Golongan } from '../model/types.js';
import { MAPPING_COLUMNS, PEOPLE_COLUMNS } from '../migrate/outputs.js';
import { PLAN_VERSION, type Plan } from '../migrate/plan.js';
import { parseBatches } from '../io/csv.js';
import { schemaProblem } from '../io/load-yaml.js';
import { loadReferenceData } from '../rules/reference.js';
import type { ReferenceData } from '../rules/reference-types.js';
import { loadRuleset, SHIPPED_RULESETS } from '../rules/ruleset.js';
import { schemaValidator } from '../io/schemas.js';
import { verifyOutputSet } from '../io/output-set.js';
import { uniq, type Decision, type JfCandidate, type OpdCounts, type ReportFinding, type ReportModel, type ReportPerson, type ReportPost, type ReportTeam, type Severity } from './model.js';

/** The files of DIR the report reads; also the inputs an --output must never overwrite. */
export const REPORT_INPUTS = ['plan.json', 'mapping.csv', 'findings.json', 'people.csv', 'posts.csv', 'teams.csv'] as const;

interface PlanFile {
  version: number;
  tool?: { name?: string; version?: string };
  ruleset?: { id?: string; chain?: Array<{ id: string; file: string; ruleVersion?: string }> };
  asOf?: string;
  inputs?: string[];
  summary: Pick<Plan['summary'], 'postsBefore'>;
  opds: OpdCounts[];
  teams?: Array<{ teamId: string; teamName: string; ownerPostId: string; members?: Array<{ nip: string; name?: string; role?: string }> }>;
  /** The output set's manifest: every other file with its size and SHA-256. */
  files?: unknown;
}

export async function loadReport(dir: string, cwd: string): Promise<ReportModel> {
  const abs = resolve(cwd, dir);
  if (!existsSync(abs))
    throw new InputError({ id: 'folder tidak ditemukan', en: 'directory not found' }, dir);
  if (!statSync(abs).isDirectory())
    throw new InputError({ id: 'bukan folder: berikan folder keluaran setara migrate', en: 'not a directory: give the output directory of setara migrate' }, dir);
  const plan = readPlan(abs, dir);
  // One run's files only: a folder whose files do not match plan.json's manifest mixes runs (or was edited).
  const recheck = await verifyOutputSet(abs, dir, plan.files, REPORT_INPUTS);
  // Before the CSVs: findings.json is parsed whole, and its tree is garbage before the large model is read.
  const findings = readFindings(abs, dir);
  const ref = loadReferenceData();
  const { posts, byId: postById } = await readPosts(abs, dir, plan, ref);
  const hasPeople = existsSync(join(abs, 'people.csv'));
  const people = hasPeople ? await readPeople(abs, dir, ref, postById) : [];

  const teams = (await readTeams(abs, dir, plan, people)).map((t): ReportTeam => {
    const owner = postById.get(t.ownerPostId);
    return { ...t, ownerName: owner?.newName ?? '', opd: owner?.opd ?? '' };
  });

  recheck();
  return {
    dir,
    tool: { name: plan.tool?.name ?? 'setara', version: plan.tool?.version ?? '' },
    asOf: plan.asOf ?? '',
    inputs: plan.inputs ?? [],
    ruleset: { id: plan.ruleset?.id ?? '', chain: plan.ruleset?.chain ?? [] },
    opds: plan.opds,
    posts,
    hasPeople,
    people,
    teams,
    findings,
    rules: ruleDescriptions(plan.ruleset?.chain ?? [], cwd),
  };
}

function readJson(path: string, display: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new InputError({ id: `bukan JSON yang sah (${msg})`, en: `not valid JSON (${msg})` }, display);
  }
}

function readPlan(abs: string, dir: string): PlanFile {
  const path = join(abs, 'plan.json');
  const display = join(dir, 'plan.json');
  if (!existsSync(path))
    throw new InputError({ id: 'tidak ada plan.json: bukan folder keluaran setara migrate', en: 'no plan.json: not an output directory of setara migrate' }, dir);
  const plan = readJson(path, display) as Partial<PlanFile> | null;
  if (!plan || typeof plan !== 'object' || typeof plan.version !== 'number')
    throw new InputError({ id: 'plan.json tanpa nomor versi: bukan rencana setara', en: 'plan.json has no version: not a setara plan' }, display);
  if (plan.version !== PLAN_VERSION)
    throw new InputError(
      { id: `plan.json versi ${plan.version} tidak didukung (didukung: ${PLAN_VERSION}); jalankan ulang setara migrate`, en: `plan.json version ${plan.version} is not supported (supported: ${PLAN_VERSION}); run setara migrate again` },
      display,
    );
  checkShape(plan, 'plan.schema.json', display);
  return plan as PlanFile;
}

/**
 * The renderers take plan.json and findings.json as migrate wrote them: a value of another type (an edit, a broken
 * tool) would end the run as an internal error deep in a renderer, so the fields report reads are checked first.
 */
function checkShape(data: unknown, schemaFile: string, display: string): void {
  const validate = schemaValidator(schemaFile);
  if (validate(data)) return;
  const { text } = schemaProblem(validate.errors ?? []);
  throw new InputError({ id: `${text.id}; jalankan ulang setara migrate`, en: `${text.en}; run setara migrate again` }, display);
}

/** csv-stringify's escape_formulas puts a `'` before cells that start like a formula: take it off again. */
const unescapeFormula = (v: string) => (v.charCodeAt(0) === 39 && /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? v.slice(1) : v);

/** A record's cell by column name ('' when the column or the cell is absent), unescaped. */
type Cell = (column: string) => string;

/**
 * The records of a CSV written by migrate, through the project's fast CSV reader (io/csv.ts: batches of cell arrays,
 * csv-parse only from a record the fast path does not take). The file must have the columns migrate writes now: a
 * file from an older version (or edited by hand) is refused, not shown half empty.
 */
async function eachRecord(path: string, display: string, required: readonly string[], visit: (cell: Cell) => void): Promise<void> {
  let at: Map<string, number> | undefined;
  let cells: string[] = [];
  const cell: Cell = (column) => {
    const i = at!.get(column);
    const v = i === undefined ? undefined : cells[i];
    return v ? unescapeFormula(v) : '';
  };
  try {
    for await (const batch of parseBatches(path, display, 'utf-8', 0, ',')) {
      for (let k = 0; k < batch.length; k++) {
        cells = batch[k]!.cells;
        if (at) {
          visit(cell);
          continue;
        }
        // The header: migrate writes a BOM, read here as part of the first name.
        at = new Map(cells.map((h, i) => [i === 0 ? h.replace(/^\uFEFF/, '') : h, i]));
        const missing = required.filter((c) => !at!.has(c));
        if (missing.length)
          throw new InputError(
            { id: `kolom ${missing.join(', ')} tidak ada; jalankan ulang setara migrate`, en: `no column ${missing.join(', ')}; run setara migrate again` },
            display,
          );
      }
    }
  } catch (e) {
    if (!(e instanceof InputError) || e.file !== display || e.line === undefined) throw e;
    throw new InputError({ id: `CSV tidak dapat dibaca (${e.text.id})`, en: `cannot read CSV (${e.text.en})` }, display, e.line);
  }
}

/**
 * One string for each distinct text of a low-cardinality column (kind, unit, OPD, criterion, citations, ...): a
 * national mapping.csv repeats a few thousand such texts a million times, and equal strings that are one object also
 * compare without reading their characters.
 */
class Pool<T> {
  private readonly seen = new Map<string, T>();
  constructor(private readonly make: (text: string) => T) {}
  get(text: string): T {
    let v = this.seen.get(text);
    if (v === undefined) this.seen.set(text, (v = this.make(text)));
    return v;
  }
}

const strings = () => new Pool((s: string) => s);
/** Shared lists are frozen: no renderer may change one post's list under another. */
const lists = (split: (s: string) => string[]) => new Pool((s: string) => Object.freeze(split(s)) as string[]);

/** An empty cell is what migrate writes for null. */
const orNull = (v: string) => (v ? v : null);

/** The posts as they were, their decisions and what they became: one per mapping.csv row, as many as the plan counted. */
async function readPosts(abs: string, dir: string, plan: PlanFile, ref: ReferenceData): Promise<{ posts: ReportPost[]; byId: Map<string, ReportPost> }> {
  const path = join(abs, 'mapping.csv');
  const display = join(dir, 'mapping.csv');
  if (!existsSync(path))
    throw new InputError({ id: 'tidak ada mapping.csv: bukan folder keluaran setara migrate', en: 'no mapping.csv: not an output directory of setara migrate' }, dir);
  const jfName = (id: string) => ref.jf.get(id)?.name ?? '';
  const text = strings();
  const ruleIds = lists((s) => s.split(' ').filter(Boolean));
  const citations = lists((s) => uniq(s.split(';').map((c) => c.trim()).filter(Boolean)));
  const candidates = new Pool((s: string) => Object.freeze(parseCandidates(s, jfName)) as JfCandidate[]);
  const posts: ReportPost[] = [];
  const byId = new Map<string, ReportPost>();
  // A parent is read before its children (migrate writes the input order, exports list posts depth first): its id
  // string is then shared, not held twice.
  const idOf = (v: string) => (v ? byId.get(v)?.id ?? v : null);
  await eachRecord(path, display, MAPPING_COLUMNS, (c) => {
    const decision = c('decision');
    const name = c('name');
    const newName = c('new_name');
    const post: ReportPost = {
      id: c('post_id'),
      name,
      kind: orNull(text.get(c('kind'))),
      eselon: orNull(text.get(c('eselon'))),
      unit: text.get(c('unit')),
      parentId: idOf(c('parent_id')),
      opd: text.get(c('opd')),
      decision: (decision === 'equalise' || decision === 'keep' || decision === 'review' ? decision : 'review') as Decision,
      criterion: text.get(c('criterion')),
      jf: orNull(text.get(c('jf'))),
      jfName: orNull(text.get(c('jf_name'))),
      jenjang: orNull(text.get(c('jenjang'))),
      newParentId: idOf(c('new_parent_id')),
      newName: newName === name ? name : newName,
      change: text.get(c('change')),
      ruleIds: ruleIds.get(c('rule_ids')),
      citations: citations.get(c('citations')),
      candidates: candidates.get(c('candidates')),
      source: text.get(c('source')),
      note: orNull(text.get(c('note'))),
      jfStatus: orNull(text.get(c('jf_status'))),
      basis: text.get(c('basis') || 'data'),
    };
    byId.set(post.id, post);
    posts.push(post);
  });
  const counted = plan.summary.postsBefore;
  if (posts.length !== counted)
    throw new InputError(
      {
        id: `mapping.csv tidak cocok dengan plan.json (${posts.length} jabatan, ringkasan: ${counted}); jalankan ulang setara migrate`,
        en: `mapping.csv does not match plan.json (${posts.length} posts, the summary says ${counted}); run setara migrate again`,
      },
      display,
    );
  return { posts, byId };
}

/** people.csv: each person's old and new post, the change and the notes (joined with ' | ' by migrate). */
async function readPeople(abs: string, dir: string, ref: ReferenceData, postById: Map<string, ReportPost>): Promise<ReportPerson[]> {
  const text = strings();
  const notes = lists((s) => (s ? s.split(' | ') : []));
  const postOf = (id: string) => (id ? postById.get(id) : undefined);
  const out: ReportPerson[] = [];
  await eachRecord(join(abs, 'people.csv'), join(dir, 'people.csv'), PEOPLE_COLUMNS, (c) => {
    const golongan = orNull(text.get(c('golongan')));
    const oldPost = postOf(c('old_post_id'));
    const newPost = postOf(c('new_post_id'));
    // Ids and titles equal to their post's are that post's strings.
    const oldPostName = c('old_post');
    const newPostName = c('new_post');
    out.push({
      nip: c('nip'), name: c('name'), golongan,
      pangkat: golongan ? ref.golongan.get(golongan as Golongan)?.pangkat ?? null : null,
      oldPostId: oldPost?.id ?? orNull(c('old_post_id')),
      oldPost: oldPost?.name === oldPostName ? oldPost.name : oldPostName,
      newPostId: newPost?.id ?? orNull(c('new_post_id')),
      newPost: newPost?.newName === newPostName ? newPost.newName : newPostName,
      change: text.get(c('change')),
      notes: notes.get(c('notes')),
      opd: oldPost?.opd ?? newPost?.opd ?? '',
    });
  });
  return out;
}

/** `jf:score[evidence]` tokens of mapping.csv's candidates column. */
export function parseCandidates(text: string, nameOf: (id: string) => string): JfCandidate[] {
  const out: JfCandidate[] = [];
  for (const m of text.matchAll(/([^\s:[\]]+):(\d+(?:\.\d+)?)(?:\[[^\]]*\])?/g)) {
    out.push({ jf: m[1]!, name: nameOf(m[1]!), score: Number(m[2]) });
  }
  return out;
}

function readFindings(abs: string, dir: string): ReportFinding[] {
  const path = join(abs, 'findings.json');
  if (!existsSync(path)) return [];
  const display = join(dir, 'findings.json');
  const data = readJson(path, display) as { findings?: Array<{ ruleId: string; severity: Severity; postId?: string; citation?: Citation }> } | null;
  checkShape(data, 'findings.schema.json', display);
  const text = strings();
  return data!.findings!.map((f) => ({
    ruleId: text.get(f.ruleId), severity: f.severity,
    ...(f.postId ? { postId: f.postId } : {}),
    ...(f.citation ? { citation: text.get(formatCitation(f.citation)) } : {}),
  }));
}

type TeamOf = Omit<ReportTeam, 'ownerName' | 'opd'>;

async function readTeams(abs: string, dir: string, plan: PlanFile, people: ReportPerson[]): Promise<TeamOf[]> {
  if (Array.isArray(plan.teams)) {
    return plan.teams.map((t) => ({
      teamId: t.teamId, teamName: t.teamName, ownerPostId: t.ownerPostId,
      members: (t.members ?? []).map((m) => ({ nip: m.nip, name: m.name ?? '', role: m.role ?? 'anggota' })),
    }));
  }
  const path = join(abs, 'teams.csv');
  if (!existsSync(path)) return [];
  const nameOf = new Map(people.map((p) => [p.nip, p.name]));
  const byId = new Map<string, TeamOf>();
  await eachRecord(path, join(dir, 'teams.csv'), [], (c) => {
    const id = c('team_id');
    if (!id) return;
    let t = byId.get(id);
    if (!t) byId.set(id, (t = { teamId: id, teamName: c('team_name') || id, ownerPostId: c('owner_post_id'), members: [] }));
    const nip = c('nip');
    if (nip) t.members.push({ nip, name: nameOf.get(nip) ?? '', role: c('role') || 'anggota' });
  });
  return [...byId.values()];
}

/** Rule descriptions from the shipped rulesets of the chain (a region's own file may not be reachable from here). */
function ruleDescriptions(chain: Array<{ id: string; file: string }>, cwd: string): Record<string, Text> {
  const shipped = [...chain].reverse().find((c) => (SHIPPED_RULESETS as readonly string[]).includes(c.id));
  const out: Record<string, Text> = {};
  const add = (ref: string) => {
    try {
      for (const r of loadRuleset(ref, cwd).rules) out[r.id] ??= r.description;
    } catch {
      /* descriptions are a courtesy: rule ids still print */
    }
  };
  const top = chain[chain.length - 1];
  if (top && !(SHIPPED_RULESETS as readonly string[]).includes(top.id) && existsSync(resolve(cwd, top.file))) add(top.file);
  if (shipped) add(shipped.id);
  return out;
}

