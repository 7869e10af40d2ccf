/**
 * Reads a directory written by `setara migrate` into a ReportModel: counts and provenance from plan.json, posts and
 * decisions from mapping.csv, people from people.csv (absent when migrate ran without --people), teams from plan.json
 * or teams.csv, findings from findings.json. The CSVs are streamed (csv-records.ts) into posts and people (load-rows.ts).
 * A national dataset's model does not fit in the 1 GiB a report may take: `--split` reads one OPD at a time
 * (opd-source.ts), from what openOutputDir reads here.
 * Every problem with the directory is an InputError (exit 2, one line).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { formatCitation, type Citation } from '../model/finding.js';
import { MAPPING_CSV, PEOPLE_CSV, TEAMS_CSV } from '../migrate/output-columns.js';
import { FINDINGS_FILE, OUTPUT_FILES, PLAN_FILE } from '../migrate/output-files.js';
import { PLAN_VERSION, type Plan } from '../migrate/plan.js';
import { schemaProblem } from '../io/load-yaml.js';
import { loadReferenceData } from '../rules/reference.js';
import type { ReferenceData } from '../rules/reference-types.js';
import { loadRuleset, SHIPPED_RULESETS } from '../rules/ruleset.js';
import { schemaValidator } from '../io/schemas.js';
import { verifyOutputSet } from '../io/output-set.js';
import { eachRecord } from './csv-records.js';
import { PeopleRows, PostRows, strings } from './load-rows.js';
import type { OpdCounts, ReportFinding, ReportModel, ReportPost, ReportTeam, Severity } from './model.js';

/**
 * The files of DIR: every file migrate writes, checked as one set, read (but posts.csv); also the inputs an --output
 * must never overwrite.
 */
export const REPORT_INPUTS: readonly string[] = OUTPUT_FILES.map((f) => f.name);

/** File `name` of the output folder: its path, and its path as the user gave the folder (for messages). */
const fileOf = (abs: string, dir: string, name: string) => ({ path: join(abs, name), display: join(dir, name) });

export interface PlanFile {
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

/** What every reader of DIR takes from it before the CSVs, and the CSVs' place. */
export interface OutputDir {
  abs: string;
  plan: PlanFile;
  ref: ReferenceData;
  /** Throws when a file of the output set changed since it was checked (another run writing the folder). */
  recheck: () => void;
  mapping: { path: string; display: string };
  /** Absent when migrate ran without --people. */
  people?: { path: string; display: string };
  /** The model without its rows (posts, people, teams): provenance, counts per OPD, every finding, rule descriptions. */
  head: ReportModel;
}

/** Checks DIR (a migrate output set, one run's files) and reads plan.json and findings.json. */
export async function openOutputDir(dir: string, cwd: string): Promise<OutputDir> {
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
  const mapping = fileOf(abs, dir, MAPPING_CSV.file);
  if (!existsSync(mapping.path))
    throw new InputError({ id: `tidak ada ${MAPPING_CSV.file}: bukan folder keluaran setara migrate`, en: `no ${MAPPING_CSV.file}: not an output directory of setara migrate` }, dir);
  const people = fileOf(abs, dir, PEOPLE_CSV.file);
  const hasPeople = existsSync(people.path);
  return {
    abs, plan, ref, recheck, mapping,
    ...(hasPeople ? { people } : {}),
    head: {
      dir,
      tool: { name: plan.tool?.name ?? 'setara', version: plan.tool?.version ?? '' },
      asOf: plan.asOf ?? '',
      inputs: plan.inputs ?? [],
      ruleset: { id: plan.ruleset?.id ?? '', chain: plan.ruleset?.chain ?? [] },
      opds: plan.opds,
      posts: [],
      hasPeople,
      people: [],
      teams: [],
      findings,
      rules: ruleDescriptions(plan.ruleset?.chain ?? [], cwd),
    },
  };
}

/** The whole directory as one model (one OPD after another without holding them all: opd-source.ts). */
export async function loadReport(dir: string, cwd: string): Promise<ReportModel> {
  const out = await openOutputDir(dir, cwd);
  const rows = new PostRows(out.ref);
  await eachRecord(out.mapping.path, out.mapping.display, MAPPING_CSV, (c) => rows.add(c));
  checkPostCount(rows.posts.length, out.plan, out.mapping.display);
  const people = new PeopleRows(out.ref, rows.byId);
  if (out.people) await eachRecord(out.people.path, out.people.display, PEOPLE_CSV, (c) => people.add(c));
  const { teams, unnamed } = await readTeams(out.abs, dir, out.plan);
  if (unnamed.length) {
    const nameOf = new Map(people.people.map((p) => [p.nip, p.name]));
    for (const m of unnamed) m.name = nameOf.get(m.nip) ?? '';
  }
  out.recheck();
  return { ...out.head, posts: rows.posts, people: people.people, teams: teams.map((t) => ownedTeam(t, rows.byId)) };
}

/** A team with its owner post's title and OPD (a repeated post id: its last post, as for people). */
export function ownedTeam(t: TeamOf, postById: ReadonlyMap<string, ReportPost>): ReportTeam {
  const owner = postById.get(t.ownerPostId);
  return { ...t, ownerName: owner?.newName ?? '', opd: owner?.opd ?? '' };
}

/** mapping.csv has one record per post the plan counted. */
export function checkPostCount(posts: number, plan: PlanFile, display: string): void {
  const counted = plan.summary.postsBefore;
  if (posts !== counted)
    throw new InputError(
      {
        id: `mapping.csv tidak cocok dengan plan.json (${posts} jabatan, ringkasan: ${counted}); jalankan ulang setara migrate`,
        en: `mapping.csv does not match plan.json (${posts} posts, the summary says ${counted}); run setara migrate again`,
      },
      display,
    );
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
  const { path, display } = fileOf(abs, dir, PLAN_FILE);
  if (!existsSync(path))
    throw new InputError({ id: `tidak ada ${PLAN_FILE}: bukan folder keluaran setara migrate`, en: `no ${PLAN_FILE}: not an output directory of setara migrate` }, dir);
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

function readFindings(abs: string, dir: string): ReportFinding[] {
  const { path, display } = fileOf(abs, dir, FINDINGS_FILE);
  if (!existsSync(path)) return [];
  const data = readJson(path, display) as { findings?: Array<{ ruleId: string; severity: Severity; postId?: string; citation?: Citation; suppressed?: object }> } | null;
  checkShape(data, 'findings.schema.json', display);
  const text = strings();
  // A suppressed finding is accepted, with its reason, in the region's rules: not an open finding of the report.
  return data!.findings!.filter((f) => f.suppressed === undefined).map((f) => ({
    ruleId: text.get(f.ruleId), severity: f.severity,
    ...(f.postId ? { postId: f.postId } : {}),
    ...(f.citation ? { citation: text.get(formatCitation(f.citation)) } : {}),
  }));
}

type TeamMember = ReportTeam['members'][number];
export type TeamOf = Omit<ReportTeam, 'ownerName' | 'opd'>;

/**
 * The work teams: from plan.json, or from teams.csv (a plan without them), whose members are `unnamed`: their names
 * are in people.csv.
 */
export async function readTeams(abs: string, dir: string, plan: PlanFile): Promise<{ teams: TeamOf[]; unnamed: TeamMember[] }> {
  if (Array.isArray(plan.teams)) {
    const teams = plan.teams.map((t) => ({
      teamId: t.teamId, teamName: t.teamName, ownerPostId: t.ownerPostId,
      members: (t.members ?? []).map((m) => ({ nip: m.nip, name: m.name ?? '', role: m.role ?? 'anggota' })),
    }));
    return { teams, unnamed: [] };
  }
  const { path, display } = fileOf(abs, dir, TEAMS_CSV.file);
  if (!existsSync(path)) return { teams: [], unnamed: [] };
  const byId = new Map<string, TeamOf>();
  const unnamed: TeamMember[] = [];
  await eachRecord(path, display, TEAMS_CSV, (c) => {
    const id = c('team_id');
    if (!id) return;
    let t = byId.get(id);
    if (!t) byId.set(id, (t = { teamId: id, teamName: c('team_name') || id, ownerPostId: c('owner_post_id'), members: [] }));
    const nip = c('nip');
    if (nip) {
      const m = { nip, name: '', role: c('role') || 'anggota' };
      t.members.push(m);
      unnamed.push(m);
    }
  });
  return { teams: [...byId.values()], unnamed };
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

