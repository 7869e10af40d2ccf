/**
 * A migrate output read one OPD at a time, for `report --split` of a national dataset, whose model does not fit in the
 * 1 GiB a report may take (a million posts and 1.3 million people held as objects: 1.3 GB with rendering).
 *
 * One streaming pass over mapping.csv and one over people.csv build an index: each record's OPD and byte offset (typed
 * arrays, grouped by OPD), and for the pass over people, each post id's OPD (people, teams and findings name posts by
 * id). Then each OPD's records are read at their offsets, parsed as the whole file was (csv-records.ts), made into the
 * same posts and people as loadReport makes (load-rows.ts), handed out and dropped: each OPD's model equals
 * `restrictToOpd(loadReport(dir), opd)`.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { CsvHeaders } from '../migrate/csv-table.js';
import { MAPPING_CSV, PEOPLE_CSV, type MappingHeader, type PeopleHeader } from '../migrate/output-columns.js';
import type { ReferenceData } from '../rules/reference-types.js';
import { eachRecord, eachRecordOf, type Cell, type Columns } from './csv-records.js';
import { lineOffsets } from './line-offsets.js';
import { checkPostCount, openOutputDir, ownedTeam, readTeams, type TeamOf } from './load.js';
import { PeopleRows, PostRows } from './load-rows.js';
import type { OpdCounts, ReportFinding, ReportModel } from './model.js';
import { opdCode, type OpdRef } from './opd-select.js';

/** The records of one CSV, by OPD: record r is the bytes [offsets[r], offsets[r + 1]) of the file. */
interface RecordIndex<H extends string> {
  path: string;
  display: string;
  /** The file's column table: its headers are the names its records are read by (readGroup's cells). */
  table: CsvHeaders<H>;
  columns: Columns;
  offsets: Float64Array;
  /** The records of OPD group g: recs[start[g]] up to recs[start[g + 1]], ascending. */
  start: Uint32Array;
  recs: Uint32Array;
}

/** Shared by a source and the views `only` makes of it. */
interface Index {
  ref: ReferenceData;
  recheck: () => void;
  /** plan.json's OPD entries. */
  opds: readonly OpdCounts[];
  /** The plan's OPD entries of each group (one name: one group; a name listed twice is one group). */
  groupOpds: OpdCounts[][];
  /** Each plan entry's group. */
  groupOf: Int32Array;
  mapping: RecordIndex<MappingHeader>;
  people: RecordIndex<PeopleHeader> | undefined;
  teams: TeamOf[][];
  findings: ReportFinding[][];
}

export class OpdSource {
  private constructor(
    /** The report without its rows: provenance, the counts of these OPDs, their findings: what index.html shows. */
    readonly summary: ReportModel,
    private readonly index: Index,
    /** The plan entries handed out, in order. */
    private readonly entries: readonly number[],
  ) {}

  /** Checks and indexes DIR. */
  static async open(dir: string, cwd: string): Promise<OpdSource> {
    const out = await openOutputDir(dir, cwd);
    const opds = out.head.opds;
    const groupByName = new Map<string, number>();
    const groupOpds: OpdCounts[][] = [];
    const groupOf = new Int32Array(opds.length);
    opds.forEach((o, i) => {
      let g = groupByName.get(o.opd);
      if (g === undefined) {
        groupByName.set(o.opd, (g = groupOpds.length));
        groupOpds.push([]);
      }
      groupOpds[g]!.push(o);
      groupOf[i] = g;
    });
    const groups = groupOpds.length;
    // A person, team or finding whose post is not in mapping.csv has the OPD '' (as loadReport has it).
    const noPost = groupByName.get('') ?? -1;
    // Each post id's group: its last post's (as loadReport's byId); an id in several groups also in `several`.
    const idGroup = new Map<string, number>();
    const several = new Map<string, number[]>();
    const mapping = await indexRecords(out.mapping, MAPPING_CSV, groups, (c) => {
      const g = groupByName.get(c('opd')) ?? -1;
      // Cells may be views into the chunk the parser read: a key kept for the whole run is copied.
      const id = Buffer.from(c('post_id')).toString();
      const prev = idGroup.get(id);
      if (prev !== undefined && prev !== g) {
        let list = several.get(id);
        if (!list) several.set(id, (list = [prev]));
        if (!list.includes(g)) list.push(g);
      }
      idGroup.set(id, g);
      return g;
    });
    checkPostCount(mapping.offsets.length - 1, out.plan, out.mapping.display);

    const { teams: teamList, unnamed } = await readTeams(out.abs, dir, out.plan);
    const teams = buckets<TeamOf>(groups);
    for (const t of teamList) teams[idGroup.get(t.ownerPostId) ?? noPost]?.push(t);
    const findings = buckets<ReportFinding>(groups);
    for (const f of out.head.findings) {
      if (f.postId === undefined) continue;
      const g = idGroup.get(f.postId);
      for (const h of several.get(f.postId) ?? (g === undefined ? [] : [g])) findings[h]?.push(f);
    }

    const wanted = new Set(unnamed.map((m) => m.nip));
    const names = new Map<string, string>();
    const people = out.people
      ? await indexRecords(out.people, PEOPLE_CSV, groups, (c) => {
          if (wanted.size && wanted.has(c('nip'))) names.set(c('nip'), c('name'));
          const oldId = c('old_post_id');
          const oldGroup = oldId ? idGroup.get(oldId) : undefined;
          if (oldGroup !== undefined) return oldGroup;
          const newId = c('new_post_id');
          return (newId ? idGroup.get(newId) : undefined) ?? noPost;
        })
      : undefined;
    for (const m of unnamed) m.name = names.get(m.nip) ?? '';

    const index: Index = { ref: out.ref, recheck: out.recheck, opds, groupOpds, groupOf, mapping, people, teams, findings };
    return new OpdSource(out.head, index, opds.map((_, i) => i));
  }

  /** Each OPD's name and code (the id of its head post), for `--opd`: reads mapping.csv once more. */
  async refs(): Promise<OpdRef[]> {
    const codes = new Map<number, string>();
    const out: OpdRef[] = [];
    const fd = openSync(this.index.mapping.path, 'r');
    try {
      for (const i of this.entries) {
        const g = this.index.groupOf[i]!;
        let code = codes.get(g);
        if (code === undefined) codes.set(g, (code = opdCode((await this.posts(fd, g)).posts)));
        out.push({ name: this.index.opds[i]!.opd, code });
      }
    } finally {
      closeSync(fd);
    }
    return out;
  }

  /** The source of one OPD (by name), as `restrictToOpd` cuts a model down. */
  only(opd: string): OpdSource {
    const entries = this.entries.filter((i) => this.index.opds[i]!.opd === opd);
    const g = entries.length ? this.index.groupOf[entries[0]!]! : -1;
    const summary = { ...this.summary, opds: this.index.groupOpds[g] ?? [], findings: this.index.findings[g] ?? [] };
    return new OpdSource(summary, this.index, entries);
  }

  /** The model of each OPD in plan order, read when asked for. */
  async *models(): AsyncGenerator<ReportModel> {
    const { mapping, people: peopleIndex } = this.index;
    // Open from the first OPD to the last: a file renamed over meanwhile (another migrate) is still the file indexed.
    const fd = openSync(mapping.path, 'r');
    const peopleFd = peopleIndex ? openSync(peopleIndex.path, 'r') : -1;
    try {
      for (const i of this.entries) {
        const g = this.index.groupOf[i]!;
        const posts = await this.posts(fd, g);
        const people = new PeopleRows(this.index.ref, posts.byId);
        if (peopleIndex) await readGroup(peopleIndex, peopleFd, g, (c) => people.add(c));
        yield {
          ...this.summary,
          opds: this.index.groupOpds[g]!,
          posts: posts.posts,
          people: people.people,
          teams: this.index.teams[g]!.map((t) => ownedTeam(t, posts.byId)),
          findings: this.index.findings[g]!,
        };
      }
      this.index.recheck();
    } finally {
      closeSync(fd);
      if (peopleFd >= 0) closeSync(peopleFd);
    }
  }

  private async posts(fd: number, g: number): Promise<PostRows> {
    const rows = new PostRows(this.index.ref);
    await readGroup(this.index.mapping, fd, g, (c) => rows.add(c));
    return rows;
  }
}

const buckets = <T>(n: number): T[][] => Array.from({ length: n }, () => []);

/** A growing list of int32. */
class Ints {
  a = new Int32Array(1 << 16);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** One pass over a CSV: each record's OPD group (by `groupOf`, -1: none) and byte offset. */
async function indexRecords<H extends string>(
  file: { path: string; display: string }, table: CsvHeaders<H>, groups: number, groupOf: (c: Cell<H>) => number,
): Promise<RecordIndex<H>> {
  const lines = new Ints();
  const group = new Ints();
  const columns = await eachRecord(file.path, file.display, table, (c, line) => {
    lines.push(line);
    group.push(groupOf(c));
  });
  const n = lines.n;
  const offsets = new Float64Array(n + 1);
  const fd = openSync(file.path, 'r');
  try {
    offsets.set(lineOffsets(fd, lines.a, n));
    offsets[n] = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  // Grouped by counting: start[g] is where group g's records begin in recs.
  const start = new Uint32Array(groups + 1);
  for (let r = 0; r < n; r++) if (group.a[r]! >= 0) start[group.a[r]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const recs = new Uint32Array(start[groups]!);
  const next = start.slice(0, groups);
  for (let r = 0; r < n; r++) if (group.a[r]! >= 0) recs[next[group.a[r]!]!++] = r;
  return { path: file.path, display: file.display, table, columns, offsets, start, recs };
}

/** Reads and parses the records of group g, adjacent records in one read. */
async function readGroup<H extends string>(x: RecordIndex<H>, fd: number, g: number, visit: (c: Cell<H>) => void): Promise<void> {
  const from = x.start[g]!;
  const to = x.start[g + 1]!;
  let size = 0;
  for (let k = from; k < to; k++) size += x.offsets[x.recs[k]! + 1]! - x.offsets[x.recs[k]!]!;
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  for (let k = from; k < to; ) {
    let r = x.recs[k++]!;
    const begin = x.offsets[r]!;
    while (k < to && x.recs[k] === r + 1) r = x.recs[k++]!;
    const length = x.offsets[r + 1]! - begin;
    for (let done = 0; done < length; ) {
      const n = readSync(fd, buf, at + done, length - done, begin + done);
      if (n === 0) throw changed(x.display);
      done += n;
    }
    at += length;
  }
  if ((await eachRecordOf(buf, x.display, x.columns, visit)) !== to - from) throw changed(x.display);
}

const changed = (display: string) =>
  new InputError({ id: 'berubah selama dibaca (setara lain menulis folder ini?); ulangi', en: 'changed while being read (another setara writing this folder?); try again' }, display);
