/** read → normalise → model: opens the input tables and builds the indexed structure. */
import type { Report } from '../check/reporter.js';
import type { Config } from '../io/config.js';
import { openTable } from '../io/open-table.js';
import type { ColumnMapping } from '../io/columns.js';
import type { Dialect, ReadOptions } from '../io/table.js';
import { readPeople } from './read-people.js';
import { readPosts } from './read-posts.js';
import { readTeams } from './read-teams.js';
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

export async function loadInput(paths: InputPaths, cwd: string, config: Config, read: ReadOptions, report: Report): Promise<LoadedInput> {
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
  return { structure: buildStructure(posts.items, people), ...(teams ? { teams } : {}), tables };
}

/** One line per table for --verbose: the dialect and the column mapping that were used. */
export function describeTables(tables: LoadedTable[], lang: 'id' | 'en'): string[] {
  return tables.map((t) => {
    const d = t.dialect;
    const dialect = d.format === 'xlsx'
      ? `xlsx, ${lang === 'id' ? 'lembar' : 'sheet'} '${d.sheet}'`
      : `csv, ${d.encoding} (${d.encodingHow}), ${lang === 'id' ? 'pemisah' : 'delimiter'} ${JSON.stringify(d.delimiter)} (${d.delimiterHow})`;
    const map = [...t.mapping.source.entries()].map(([canon, src]) => (canon === src ? canon : `${canon}←${src}`)).join(', ');
    const unused = t.mapping.unused.length ? `; ${lang === 'id' ? 'tidak dipakai' : 'unused'}: ${t.mapping.unused.join(', ')}` : '';
    return `${t.file}: ${dialect}; ${t.rows} ${lang === 'id' ? 'baris' : 'rows'}; ${lang === 'id' ? 'kolom' : 'columns'}: ${map}${unused}`;
  });
}
