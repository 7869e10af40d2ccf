/**
 * What a drafter checks before sending a draft on: every work team is in the Perbup's Lampiran II, every equalised
 * person is in the Keputusan's lampiran, and every count the text states ("sebanyak 92 (sembilan puluh dua) orang …
 * Lampiran") equals the rows of what it counts and agrees with its own words. Each problem is one Indonesian line.
 */
import type { ReportModel } from '../model.js';
import { blockLines, lineText, locate, type Block, type LegalDoc, type Part } from './legal-doc.js';
import { numberWords } from './perbup-text.js';

export interface DraftProblem {
  check: 'team-missing' | 'person-missing' | 'count-mismatch' | 'count-words';
  message: string;
}

interface Located {
  block: Block;
  part: Part;
}

function located(doc: LegalDoc): Located[] {
  const parts = locate(doc.blocks);
  return doc.blocks.map((block, i) => ({ block, part: parts[i]! }));
}

/** The text of every table cell in the lampiran named `where` (any lampiran when not given). */
function lampiranCells(doc: LegalDoc, where?: string): Set<string> {
  const cells = new Set<string>();
  for (const { block, part } of located(doc))
    if (block.kind === 'table' && part.kind === 'lampiran' && (where === undefined || part.where === where))
      for (const row of block.rows) for (const cell of row) cells.add(lineText(cell).trim());
  return cells;
}

/** Every team of teams.csv by name (or id) in a table of Lampiran II. */
export function checkTeams(model: ReportModel, doc: LegalDoc): DraftProblem[] {
  const cells = lampiranCells(doc, 'Lampiran II');
  return model.teams
    .filter((t) => !cells.has(t.teamName) && !cells.has(t.teamId))
    .map((t) => ({ check: 'team-missing', message: `tim kerja '${t.teamName}' (${t.teamId}) tidak ada dalam Lampiran II` }));
}

/** Every person people.csv marks equalised, by NIP, in a table of the lampiran. */
export function checkPeople(model: ReportModel, doc: LegalDoc): DraftProblem[] {
  const cells = lampiranCells(doc);
  return model.people
    .filter((p) => p.change === 'equalised' && !cells.has(p.nip))
    .map((p) => ({ check: 'person-missing', message: `pegawai yang disetarakan ${p.name} (NIP ${p.nip}) tidak ada dalam lampiran` }));
}

const STATED = /(\d+) \(([a-z ]+)\)/g;

/** Counts stated as "N (words)": the words must be N's, and N the rows it counts. */
export function checkCounts(doc: LegalDoc): DraftProblem[] {
  const all = located(doc);
  const problems: DraftProblem[] = [];
  const lampiranRows = new Map<string, number>();
  for (const { block, part } of all)
    if (block.kind === 'table' && part.kind === 'lampiran') lampiranRows.set(part.where, (lampiranRows.get(part.where) ?? 0) + block.rows.length);
  /** The first count of `text` (its words checked for every count), or undefined. */
  const stated = (text: string, where: string): number | undefined => {
    const counts = [...text.matchAll(STATED)];
    for (const m of counts)
      if (m[2] !== numberWords(Number(m[1]))) problems.push({ check: 'count-words', message: `${where}: ${m[1]} ditulis '${m[2]}', seharusnya '${numberWords(Number(m[1]))}'` });
    return counts[0] ? Number(counts[0][1]) : undefined;
  };
  for (const { block, part } of all) {
    if (part.kind === 'notes') continue;
    // A table's caption counts the table's rows.
    if (block.kind === 'table') {
      const n = block.caption ? stated(block.caption, part.where) : undefined;
      if (n !== undefined && n !== block.rows.length)
        problems.push({ check: 'count-mismatch', message: `${part.where}: '${block.caption}' menyebut ${n}, tabelnya memuat ${block.rows.length} baris` });
      continue;
    }
    // A sentence of the body that counts "sebanyak N … Lampiran X" counts the rows of that lampiran.
    for (const line of blockLines(block)) {
      const text = lineText(line);
      const n = stated(text, part.where);
      const named = /\bLampiran( [IVXL]+)?\b/.exec(text);
      if (n === undefined || part.kind !== 'body' || !/\bsebanyak\b/.test(text) || !named) continue;
      const target = `Lampiran${named[1] ?? ''}`;
      const rows = lampiranRows.get(target);
      if (rows !== undefined && n !== rows)
        problems.push({ check: 'count-mismatch', message: `${part.where} menyebut ${n}, ${target} memuat ${rows} baris` });
    }
  }
  return problems;
}
