/** The analyst's decisions file (`post_id,decision,jf,jenjang,note`), CSV or the XLSX review sheet. */
import type { Report } from '../check/reporter.js';
import { openTable } from '../io/open-table.js';
import type { ReadOptions } from '../io/table.js';
import { readRows } from '../model/rows.js';
import type { Jenjang, SourceRef } from '../model/types.js';
import type { DecisionKind } from '../rules/types.js';

export interface AnalystDecision {
  postId: string;
  decision: DecisionKind;
  jf: string | null;
  jenjang: Jenjang | null;
  note: string;
  src: SourceRef;
}

// Maps, not object literals: a cell such as `constructor` or `__proto__` must not find Object.prototype's members.
const DECISION_WORDS: ReadonlyMap<string, DecisionKind> = new Map<string, DecisionKind>([
  ['keep', 'keep'], ['tetap', 'keep'], ['equalise', 'equalise'], ['equalize', 'equalise'], ['setarakan', 'equalise'], ['disetarakan', 'equalise'],
  ['review', 'review'], ['telaah', 'review'],
]);

const JENJANG_WORDS: ReadonlyMap<string, Jenjang> = new Map<string, Jenjang>([
  ['ahli_pertama', 'ahli_pertama'], ['pertama', 'ahli_pertama'], ['ahli_muda', 'ahli_muda'], ['muda', 'ahli_muda'],
  ['ahli_madya', 'ahli_madya'], ['madya', 'ahli_madya'], ['ahli_utama', 'ahli_utama'], ['utama', 'ahli_utama'],
]);

export function jenjangFromText(raw: string): Jenjang | null {
  const n = raw.toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');
  return JENJANG_WORDS.get(n) ?? null;
}

/** Rows with an empty decision are skipped on purpose: an analyst leaves a review row blank until decided. */
export async function readDecisions(path: string, cwd: string, read: ReadOptions, report: Report): Promise<Map<string, AnalystDecision>> {
  const table = await openTable(path, cwd, read);
  const out = new Map<string, AnalystDecision>();
  await readRows<AnalystDecision>(table, 'decisions', undefined, report, (row) => {
    const postId = row.get('post_id');
    const rawDecision = row.get('decision');
    if (rawDecision === '') return { canonical: null, item: null };
    const decision = DECISION_WORDS.get(rawDecision.toLowerCase()) ?? null;
    const rawJenjang = row.get('jenjang');
    const jenjang = rawJenjang ? jenjangFromText(rawJenjang) : null;
    const canonical = {
      post_id: postId, decision: decision ?? rawDecision, jf: row.get('jf') || null,
      jenjang: rawJenjang ? jenjang ?? rawJenjang : null, note: row.get('note'),
    };
    const ok = decision !== null && postId !== '' && (rawJenjang === '' || jenjang !== null);
    const item: AnalystDecision | null = ok
      ? { postId, decision, jf: row.get('jf') || null, jenjang, note: row.get('note'), src: row.src }
      : null;
    return { canonical, item };
  }).then((r) => {
    for (const d of r.items) out.set(d.postId, d);
  });
  return out;
}
