/**
 * Reads a directory written by `setara migrate` into a ReportModel: counts and provenance from plan.json, posts and
 * decisions from mapping.csv, people from people.csv (absent when migrate ran without --people), teams from plan.json
 * or teams.csv, findings from findings.json. The CSVs are streamed: a national mapping.csv is hundreds of megabytes.
 * Every problem with the directory is an InputError (exit 2, one line).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { formatCitation, type Citation } from '../model/finding.js';
import type { Golongan } from '../model/types.js';
import { MAPPING_COLUMNS, PEOPLE_COLUMNS } from '../migrate/outputs.js';
import { PLAN_VERSION, type Plan } from '../migrate/plan.js';
import { schemaProblem } from '../io/load-yaml.js';
import { loadReferenceData } from '../rules/reference.js';
import type { ReferenceData } from '../rules/reference-types.js';
import { loadRuleset, SHIPPED_RULESETS } from '../rules/ruleset.js';
import { schemaValidator } from '../io/schemas.js';
import { uniq, type Decision, type JfCandidate, type OpdCounts, type ReportFinding, type ReportModel, type ReportPerson, type ReportPost, type ReportTeam, type Severity } from './model.js';

/** The files of DIR the report reads; also the inputs an --output must never overwrite. */
export const REPORT_INPUTS = ['plan.json', 'mapping.csv', 'findings.json', 'people.csv', 'posts.csv', 'teams.csv'] as const;

type Row = Record<string, string>;

interface PlanFile {
  version: number;
  tool?: { name?: string; version?: string };
  ruleset?: { id?: string; chain?: Array<{ id: string; file: string; ruleVersion?: string }> };
  asOf?: string;
  inputs?: string[];
  summary: Pick<Plan['summary'], 'postsBefore'>;
  opds: OpdCounts[];
  teams?: Array<{ teamId: string; teamName: string; ownerPostId: string; members?: Array<{ nip: string; name?: string; role?: string }> }>;
}

export async function loadReport(dir: string, cwd: string): Promise<ReportModel> {
  const abs = resolve(cwd, dir);
  if (!existsSync(abs))
    throw new InputError({ id: 'folder tidak ditemukan', en: 'directory not found' }, dir);
  if (!statSync(abs).isDirectory())
    throw new InputError({ id: 'bukan folder: berikan folder keluaran setara migrate', en: 'not a directory: give the output directory of setara migrate' }, dir);
  const plan = readPlan(abs, dir);
  const ref = loadReferenceData();
  const posts = await readPosts(abs, dir, plan, ref);
  const postById = new Map(posts.map((p) => [p.id, p]));
  const hasPeople = existsSync(join(abs, 'people.csv'));
  const people = hasPeople ? await readPeople(abs, dir, ref, postById) : [];

  const teams = (await readTeams(abs, dir, plan, people)).map((t): ReportTeam => {
    const owner = postById.get(t.ownerPostId);
    return { ...t, ownerName: owner?.newName ?? '', opd: owner?.opd ?? '' };
  });

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
    findings: readFindings(abs, dir),
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
const unescapeFormula = (v: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? v.slice(1) : v);

/** The records of a CSV written by migrate, streamed, each as column → cell. */
async function* csvRecords(path: string, display: string): AsyncGenerator<Row> {
  const opts = { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true } as const;
  // pipeline() destroys the parser when the file cannot be read, so the loop below throws that error too.
  const records = pipeline(createReadStream(path), parse(opts), () => {});
  try {
    // Unescaped here, not by csv-parse's `cast`: a cast function makes parsing ten times slower.
    for await (const r of records as AsyncIterable<Row>) {
      for (const k in r) r[k] = unescapeFormula(r[k]!);
      yield r;
    }
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new InputError({ id: `CSV tidak dapat dibaca (${msg})`, en: `cannot read CSV (${msg})` }, display);
  }
}

/**
 * Every record of a CSV (mapping.csv, people.csv) turned into a model object as it is read. The file must have the
 * columns migrate writes now: a file from an older version (or edited by hand) is refused, not shown half empty.
 */
async function readCsv<T>(path: string, display: string, columns: readonly string[], build: (r: Row) => T): Promise<T[]> {
  const out: T[] = [];
  for await (const r of csvRecords(path, display)) {
    if (!out.length) {
      const missing = columns.filter((c) => !(c in r));
      if (missing.length)
        throw new InputError(
          { id: `kolom ${missing.join(', ')} tidak ada; jalankan ulang setara migrate`, en: `no column ${missing.join(', ')}; run setara migrate again` },
          display,
        );
    }
    out.push(build(r));
  }
  return out;
}

/** An empty cell is what migrate writes for null. */
const orNull = (v: string | undefined) => (v ? v : null);

/** The posts as they were, their decisions and what they became: one per mapping.csv row, as many as the plan counted. */
async function readPosts(abs: string, dir: string, plan: PlanFile, ref: ReferenceData): Promise<ReportPost[]> {
  const path = join(abs, 'mapping.csv');
  const display = join(dir, 'mapping.csv');
  if (!existsSync(path))
    throw new InputError({ id: 'tidak ada mapping.csv: bukan folder keluaran setara migrate', en: 'no mapping.csv: not an output directory of setara migrate' }, dir);
  const jfName = (id: string) => ref.jf.get(id)?.name ?? '';
  // One string per OPD name: the report groups and compares posts by OPD name many times, and equal strings that
  // are one object compare without reading their characters.
  const opds = new Map<string, string>();
  const opdOf = (name: string) => {
    const known = opds.get(name);
    if (known !== undefined) return known;
    opds.set(name, name);
    return name;
  };
  const posts = await readCsv(path, display, MAPPING_COLUMNS, (m) => mappingPost(m, jfName, opdOf));
  const counted = plan.summary.postsBefore;
  if (posts.length !== counted)
    throw new InputError(
      {
        id: `mapping.csv tidak cocok dengan plan.json (${posts.length} jabatan, ringkasan: ${counted}); jalankan ulang setara migrate`,
        en: `mapping.csv does not match plan.json (${posts.length} posts, the summary says ${counted}); run setara migrate again`,
      },
      display,
    );
  return posts;
}

function mappingPost(m: Row, jfName: (id: string) => string, opdOf: (name: string) => string): ReportPost {
  const decision = m.decision ?? '';
  return {
    id: m.post_id ?? '',
    name: m.name ?? '',
    kind: orNull(m.kind),
    eselon: orNull(m.eselon),
    unit: m.unit ?? '',
    parentId: orNull(m.parent_id),
    opd: opdOf(m.opd ?? ''),
    decision: (['equalise', 'keep', 'review'].includes(decision) ? decision : 'review') as Decision,
    criterion: m.criterion ?? '',
    jf: orNull(m.jf),
    jfName: orNull(m.jf_name),
    jenjang: orNull(m.jenjang),
    newParentId: orNull(m.new_parent_id),
    newName: m.new_name ?? '',
    change: m.change ?? '',
    ruleIds: (m.rule_ids ?? '').split(' ').filter(Boolean),
    citations: uniq((m.citations ?? '').split(';').map((c) => c.trim()).filter(Boolean)),
    candidates: parseCandidates(m.candidates ?? '', jfName),
    source: m.source ?? '',
    note: orNull(m.note),
    jfStatus: orNull(m.jf_status),
    basis: m.basis || 'data',
  };
}

/** people.csv: each person's old and new post, the change and the notes (joined with ' | ' by migrate). */
function readPeople(abs: string, dir: string, ref: ReferenceData, postById: Map<string, ReportPost>): Promise<ReportPerson[]> {
  return readCsv(join(abs, 'people.csv'), join(dir, 'people.csv'), PEOPLE_COLUMNS, (p): ReportPerson => {
    const golongan = orNull(p.golongan);
    const oldPostId = orNull(p.old_post_id);
    const newPostId = orNull(p.new_post_id);
    return {
      nip: p.nip ?? '', name: p.name ?? '', golongan,
      pangkat: golongan ? ref.golongan.get(golongan as Golongan)?.pangkat ?? null : null,
      oldPostId, oldPost: p.old_post ?? '', newPostId, newPost: p.new_post ?? '', change: p.change ?? '',
      notes: p.notes ? p.notes.split(' | ') : [],
      opd: postById.get(oldPostId ?? '')?.opd ?? postById.get(newPostId ?? '')?.opd ?? '',
    };
  });
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
  return data!.findings!.map((f) => ({
    ruleId: f.ruleId, severity: f.severity,
    ...(f.postId ? { postId: f.postId } : {}),
    ...(f.citation ? { citation: formatCitation(f.citation) } : {}),
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
  for await (const r of csvRecords(path, join(dir, 'teams.csv'))) {
    const id = r.team_id ?? '';
    if (!id) continue;
    let t = byId.get(id);
    if (!t) byId.set(id, (t = { teamId: id, teamName: r.team_name ?? id, ownerPostId: r.owner_post_id ?? '', members: [] }));
    if (r.nip) t.members.push({ nip: r.nip, name: nameOf.get(r.nip) ?? '', role: r.role || 'anggota' });
  }
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

