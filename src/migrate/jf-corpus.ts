/**
 * Measures the JF matcher on real pairs (fixtures/jf-corpus/pairs.csv: a former structural post and the JF a region
 * or agency actually chose for it): top-1 accuracy and top-3 recall, overall and per region. `npm run eval:jf` prints
 * it; a test keeps it above a floor.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { JENJANGS, type Jenjang } from '../model/types.js';
import type { JfMatcher, MatchResult } from './jf-match.js';

export const CORPUS_COLUMNS = ['region', 'opd', 'unit', 'parent_unit', 'old_title', 'jf', 'jenjang', 'source'] as const;

export type CorpusPair = Record<(typeof CORPUS_COLUMNS)[number], string> & { jenjang: Jenjang; line: number };

/** The pairs of a corpus file; a wrong header or jenjang is an Error naming the line. */
export function readCorpus(path: string): CorpusPair[] {
  const rows = parse(readFileSync(path), { columns: true, info: true, skip_empty_lines: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  return rows.map(({ record, info }) => {
    const cols = Object.keys(record);
    if (cols.join() !== CORPUS_COLUMNS.join()) throw new Error(`${path}: columns must be ${CORPUS_COLUMNS.join(',')}`);
    if (!(JENJANGS as readonly string[]).includes(record.jenjang!)) throw new Error(`${path}:${info.lines}: unknown jenjang '${record.jenjang}'`);
    return { ...(record as CorpusPair), line: info.lines };
  });
}

export interface Tally {
  pairs: number;
  top1: number;
  top3: number;
}

export interface CorpusScore {
  all: Tally;
  /** By region, regions in name order. */
  regions: Array<[string, Tally]>;
  /** Pairs whose JF is not the first candidate, in file order, with what the matcher proposed. */
  misses: Array<{ pair: CorpusPair; result: MatchResult; rank: number }>;
}

/** Runs the matcher on every pair with the pair's jenjang; rank 0 = not among the candidates. */
export function scoreCorpus(pairs: readonly CorpusPair[], matcher: JfMatcher): CorpusScore {
  const all: Tally = { pairs: 0, top1: 0, top3: 0 };
  const regions = new Map<string, Tally>();
  const misses: CorpusScore['misses'] = [];
  for (const pair of pairs) {
    const result = matcher.match({ title: pair.old_title, unit: pair.unit, parentUnit: pair.parent_unit, opd: pair.opd }, pair.jenjang);
    const rank = result.candidates.findIndex((c) => c.jf === pair.jf) + 1;
    let region = regions.get(pair.region);
    if (!region) regions.set(pair.region, (region = { pairs: 0, top1: 0, top3: 0 }));
    for (const t of [all, region]) {
      t.pairs++;
      if (rank === 1) t.top1++;
      if (rank >= 1 && rank <= 3) t.top3++;
    }
    if (rank !== 1) misses.push({ pair, result, rank });
  }
  return { all, regions: [...regions].sort(([a], [b]) => (a < b ? -1 : 1)), misses };
}

/** A share as a percentage with one decimal. */
export const percent = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : '0.0');
