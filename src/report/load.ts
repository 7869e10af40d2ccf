/**
 * Reads a directory written by `setara migrate` (plan.json, mapping.csv, findings.json; teams from plan.json or
 * teams.csv when present) into a ReportModel. Every problem with the directory is an InputError (exit 2, one line).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { formatCitation, type Citation } from '../model/finding.js';
import type { Golongan } from '../model/types.js';
import { PLAN_VERSION } from '../migrate/plan.js';
import { loadReferenceData } from '../rules/reference.js';
import { loadRuleset, SHIPPED_RULESETS } from '../rules/ruleset.js';
import type { Decision, JfCandidate, OpdCounts, ReportFinding, ReportModel, ReportPerson, ReportPost, ReportTeam, Severity } from './model.js';

/** The files of DIR the report reads; also the inputs an --output must never overwrite. */
export const REPORT_INPUTS = ['plan.json', 'mapping.csv', 'findings.json', 'people.csv', 'posts.csv', 'teams.csv'] as const;

type Row = Record<string, string>;

interface PlanDecision {
  postId: string; opd: string; decision: string; criterion: string; jf: string | null; jfName: string | null; jenjang: string | null;
  newPostId: string; newParentId: string | null; newName: string; change: string; ruleIds: string[]; source: string; note: string | null;
  name?: string; kind?: string | null; eselon?: string | null; unit?: string; parentId?: string | null;
}

interface PlanFile {
  version: number;
  tool?: { name?: string; version?: string };
  ruleset?: { id?: string; chain?: Array<{ id: string; file: string; ruleVersion?: string }> };
  asOf?: string;
  inputs?: string[];
  opds: OpdCounts[];
  decisions: PlanDecision[];
  people?: Array<{ nip: string; name: string; golongan: string | null; oldPostId: string | null; oldPost: string; newPostId: string | null; newPost: string; change: string; notes?: string[] }>;
  teams?: Array<{ teamId: string; teamName: string; ownerPostId: string; members?: Array<{ nip: string; name?: string; role?: string }> }>;
}

export function loadReport(dir: string, cwd: string): ReportModel {
  const abs = resolve(cwd, dir);
  if (!existsSync(abs))
    throw new InputError({ id: 'folder tidak ditemukan', en: 'directory not found' }, dir);
  if (!statSync(abs).isDirectory())
    throw new InputError({ id: 'bukan folder: berikan folder keluaran setara migrate', en: 'not a directory: give the output directory of setara migrate' }, dir);
  const plan = readPlan(abs, dir);
  const mapping = readMapping(abs, dir, plan);
  const ref = loadReferenceData();
  const jfName = (id: string) => ref.jf.get(id)?.name ?? '';

  const posts: ReportPost[] = plan.decisions.map((d, i) => {
    const m = mapping[i]!;
    const citations = uniq((m.citations ?? '').split(';').map((c) => c.trim()).filter(Boolean));
    return {
      id: d.postId,
      name: d.name ?? m.name ?? '',
      kind: d.kind !== undefined ? d.kind : m.kind || null,
      eselon: d.eselon !== undefined ? d.eselon : m.eselon || null,
      unit: d.unit ?? '',
      // Plans written before `parentId` was recorded: the new parent is the best we know.
      parentId: d.parentId !== undefined ? d.parentId : d.newParentId,
      opd: d.opd,
      decision: (['equalise', 'keep', 'review'].includes(d.decision) ? d.decision : 'review') as Decision,
      criterion: d.criterion ?? '',
      jf: d.jf,
      jfName: d.jfName,
      jenjang: d.jenjang,
      newParentId: d.newParentId,
      newName: d.newName,
      change: d.change,
      ruleIds: d.ruleIds ?? [],
      citations,
      candidates: parseCandidates(m.candidates ?? '', jfName),
      source: d.source,
      note: d.note,
    };
  });
  const postById = new Map(posts.map((p) => [p.id, p]));

  const people: ReportPerson[] = (plan.people ?? []).map((p) => ({
    nip: p.nip, name: p.name, golongan: p.golongan,
    pangkat: p.golongan ? ref.golongan.get(p.golongan as Golongan)?.pangkat ?? null : null,
    oldPostId: p.oldPostId, oldPost: p.oldPost, newPostId: p.newPostId, newPost: p.newPost, change: p.change, notes: p.notes ?? [],
    opd: postById.get(p.oldPostId ?? '')?.opd ?? postById.get(p.newPostId ?? '')?.opd ?? '',
  }));
  const hasPeople = people.length > 0 || existsSync(join(abs, 'people.csv'));

  const teams = readTeams(abs, dir, plan, people).map((t): ReportTeam => {
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
  if (!Array.isArray(plan.decisions) || !Array.isArray(plan.opds))
    throw new InputError({ id: 'plan.json tidak lengkap (decisions/opds tidak ada)', en: 'plan.json is incomplete (no decisions/opds)' }, display);
  return plan as PlanFile;
}

/** csv-stringify's escape_formulas puts a `'` before cells that start like a formula: take it off again. */
const unescapeFormula = (v: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? v.slice(1) : v);

function readCsv(path: string, display: string): Row[] {
  try {
    const rows = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
    for (const r of rows) for (const k of Object.keys(r)) r[k] = unescapeFormula(r[k] ?? '');
    return rows;
  } catch (e) {
    throw new InputError({ id: `CSV tidak dapat dibaca (${(e as Error).message.split('\n')[0]})`, en: `cannot read CSV (${(e as Error).message.split('\n')[0]})` }, display);
  }
}

function readMapping(abs: string, dir: string, plan: PlanFile): Row[] {
  const path = join(abs, 'mapping.csv');
  const display = join(dir, 'mapping.csv');
  if (!existsSync(path))
    throw new InputError({ id: 'tidak ada mapping.csv: bukan folder keluaran setara migrate', en: 'no mapping.csv: not an output directory of setara migrate' }, dir);
  const rows = readCsv(path, display);
  const same = rows.length === plan.decisions.length && rows.every((r, i) => r.post_id === plan.decisions[i]!.postId);
  if (!same)
    throw new InputError(
      { id: 'mapping.csv tidak cocok dengan plan.json (jumlah atau urutan jabatan berbeda); jalankan ulang setara migrate', en: 'mapping.csv does not match plan.json (different posts or order); run setara migrate again' },
      display,
    );
  return rows;
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
  if (!data || !Array.isArray(data.findings))
    throw new InputError({ id: 'findings.json tanpa daftar findings', en: 'findings.json has no findings list' }, display);
  return data.findings.map((f) => ({
    ruleId: f.ruleId, severity: f.severity,
    ...(f.postId ? { postId: f.postId } : {}),
    ...(f.citation ? { citation: formatCitation(f.citation) } : {}),
  }));
}

function readTeams(abs: string, dir: string, plan: PlanFile, people: ReportPerson[]): Array<Omit<ReportTeam, 'ownerName' | 'opd'>> {
  if (Array.isArray(plan.teams)) {
    return plan.teams.map((t) => ({
      teamId: t.teamId, teamName: t.teamName, ownerPostId: t.ownerPostId,
      members: (t.members ?? []).map((m) => ({ nip: m.nip, name: m.name ?? '', role: m.role ?? 'anggota' })),
    }));
  }
  const path = join(abs, 'teams.csv');
  if (!existsSync(path)) return [];
  const nameOf = new Map(people.map((p) => [p.nip, p.name]));
  const byId = new Map<string, Omit<ReportTeam, 'ownerName' | 'opd'>>();
  for (const r of readCsv(path, join(dir, 'teams.csv'))) {
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

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
