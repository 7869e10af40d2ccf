/**
 * read → normalise → model: opens the input tables and builds the indexed structure; where posts were listed without
 * their parents, builds the tree from titles and eselon (infer-tree) and the structure again; then fills the eselon of
 * structural posts that have none from where they sit (infer-eselon).
 */
import type { Report } from './finding.js';
import type { Config } from '../io/config.js';
import { openTable } from '../io/open-table.js';
import type { ColumnMapping } from '../io/columns.js';
import { readingNotes } from '../io/describe.js';
import type { Dialect, ReadOptions } from '../io/table.js';
import { readPeople } from './read-people.js';
import { readPosts } from './read-posts.js';
import { readTeams } from './read-teams.js';
import { inferEselons, type TypicalLookup } from './infer-eselon.js';
import { inferTree } from './infer-tree.js';
import type { TeamMembership } from './types.js';
import { buildStructure, type Structure } from './structure.js';

export interface InputPaths {
  posts: string;
  people?: string;
  teams?: string;
}

export interface LoadedTable {
  file: string;
  dialect: Dialect;
  mapping: ColumnMapping;
  rows: number;
}

export interface LoadedInput {
  structure: Structure;
  /** Undefined when no teams table was given. */
  teams?: TeamMembership[];
  tables: LoadedTable[];
}

/** `typical`: the typical eselons (rules/data/eselon-typical.yaml, loaded by the caller: rules is a layer above). */
export async function loadInput(
  paths: InputPaths, cwd: string, config: Config, read: ReadOptions, report: Report, typical?: TypicalLookup,
): Promise<LoadedInput> {
  const tables: LoadedTable[] = [];
  const postsTable = await openTable(paths.posts, cwd, read);
  const posts = await readPosts(postsTable, config, report);
  tables.push({ file: postsTable.file, dialect: postsTable.dialect, mapping: posts.mapping, rows: posts.items.length });
  let people: Awaited<ReturnType<typeof readPeople>>['items'] = [];
  if (paths.people) {
    const t = await openTable(paths.people, cwd, read);
    const r = await readPeople(t, config, report);
    people = r.items;
    tables.push({ file: t.file, dialect: t.dialect, mapping: r.mapping, rows: r.items.length });
  }
  let teams: TeamMembership[] | undefined;
  if (paths.teams) {
    const t = await openTable(paths.teams, cwd, read);
    const r = await readTeams(t, config, report);
    teams = r.items;
    tables.push({ file: t.file, dialect: t.dialect, mapping: r.mapping, rows: r.items.length });
  }
  let structure = buildStructure(posts.items, people);
  const tree = inferTree(structure, posts.depth, typical, report);
  if (tree) {
    structure = buildStructure(posts.items, people);
    structure.treeInferred = tree;
  }
  inferEselons(structure, typical, report);
  return { structure, ...(teams ? { teams } : {}), tables };
}

/** One line per table for --verbose: the dialect and the column mapping that were used (then io/describe's notes). */
export function describeTables(tables: LoadedTable[], lang: 'id' | 'en'): string[] {
  return tables.flatMap((t) => {
    const d = t.dialect;
    const dialect = d.format === 'xlsx'
      ? `xlsx, ${lang === 'id' ? 'lembar' : 'sheet'} '${d.sheet}'`
      : `csv, ${d.encoding} (${d.encodingHow}), ${lang === 'id' ? 'pemisah' : 'delimiter'} ${JSON.stringify(d.delimiter)} (${d.delimiterHow})`;
    const map = [...t.mapping.source.entries()].map(([canon, src]) => (canon === src ? canon : `${canon}←${src}`)).join(', ');
    const unused = t.mapping.unused.length ? `; ${lang === 'id' ? 'tidak dipakai' : 'unused'}: ${t.mapping.unused.join(', ')}` : '';
    return [
      `${t.file}: ${dialect}; ${t.rows} ${lang === 'id' ? 'baris' : 'rows'}; ${lang === 'id' ? 'kolom' : 'columns'}: ${map}${unused}`,
      ...readingNotes(t.dialect, t.mapping, lang).map((note) => `  ${note}`),
    ];
  });
}
