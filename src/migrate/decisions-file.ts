/** The analyst's decisions file (`post_id,decision,jf,jenjang,note`), CSV or the XLSX review sheet. */
import type { Report } from '../check/reporter.js';
import { openTable } from '../io/open-table.js';
import type { ReadOptions } from '../io/table.js';
import { jenjangFromTitle } from '../model/jenjang-title.js';
import { readRows } from '../model/rows.js';
import type { Structure } from '../model/structure.js';
import type { Jenjang, Post, SourceRef } from '../model/types.js';
import type { PenyetaraanMapping } from '../rules/reference-types.js';
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

/**
 * Rows with an empty decision are skipped on purpose: an analyst leaves a review row blank until decided. A post on
 * more than one row is left out (decisions/duplicate-post).
 */
export async function readDecisions(path: string, cwd: string, read: ReadOptions, report: Report): Promise<Map<string, AnalystDecision>> {
  const table = await openTable(path, cwd, read, true);
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
    const rows = new Map<string, AnalystDecision[]>();
    for (const d of r.items) {
      const list = rows.get(d.postId);
      if (list) list.push(d);
      else rows.set(d.postId, [d]);
    }
    for (const [postId, list] of rows) {
      if (list.length === 1) out.set(postId, list[0]!);
      else reportDuplicates(postId, list, report);
    }
  });
  return out;
}

/** Two rows for one post: which one the analyst meant is not known, so neither applies; an error at each row. */
function reportDuplicates(postId: string, list: readonly AnalystDecision[], report: Report): void {
  const lines = list.map((d) => d.src.line).join(', ');
  for (const d of list)
    report('decisions/duplicate-post', { file: d.src.file, line: d.src.line, row: d.src.row, column: 'post_id', value: postId }, {
      id: `jabatan '${postId}' ada di beberapa baris (${lines}); tidak satu pun diterapkan`,
      en: `post '${postId}' is on several rows (${lines}); none of them is applied`,
    });
}

const AHLI: readonly Jenjang[] = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'];

/** The jenjang the 17/2021 mapping gives a structural post: by its eselon, else by its kind (null when out of scope). */
function mappedJenjang(p: Post, mapping: PenyetaraanMapping): Jenjang | null {
  const rule = (p.eselon && mapping.byEselon.get(p.eselon)) || (p.kind === 'administrator' || p.kind === 'pengawas' ? mapping.byFrom.get(p.kind) : undefined);
  return rule ? rule.to : null;
}

/**
 * The decisions against the structure: a post that does not exist (error); a jenjang that is not the one the 17/2021
 * mapping gives the post's level, and a person moved more than one jenjang from their post's (JF title or mapping)
 * jenjang (warnings).
 */
export function checkDecisions(s: Structure, analyst: ReadonlyMap<string, AnalystDecision>, mapping: PenyetaraanMapping, report: Report): void {
  for (const [postId, a] of analyst) {
    const at = { file: a.src.file, line: a.src.line, row: a.src.row };
    const post = s.byId.get(postId);
    if (!post) {
      report('decisions/post-missing', { ...at, column: 'post_id', value: postId }, {
        id: `jabatan '${postId}' tidak ada di tabel jabatan`, en: `post '${postId}' does not exist in the posts table`,
      });
      continue;
    }
    if (a.decision !== 'equalise' || !a.jenjang) continue;
    const mapped = post.kind === 'fungsional' ? null : mappedJenjang(post, mapping);
    if (mapped && mapped !== a.jenjang)
      report('decisions/jenjang-level', { ...at, postId, column: 'jenjang', value: a.jenjang }, {
        id: `'${post.name}' (${post.eselon ?? post.kind}) disetarakan ke ${mapped}, bukan ${a.jenjang}`,
        en: `'${post.name}' (${post.eselon ?? post.kind}) is equalised to ${mapped}, not ${a.jenjang}`,
      });
    const current = post.kind === 'fungsional' ? jenjangFromTitle(post.name) : mapped;
    const step = current ? Math.abs(AHLI.indexOf(a.jenjang) - AHLI.indexOf(current)) : 0;
    if (!current || !AHLI.includes(current) || step <= 1) continue;
    for (const person of s.holdersOf(post))
      report('decisions/jenjang-jump', { ...at, postId, column: 'jenjang', value: a.jenjang }, {
        id: `${person.name || person.nip} (NIP ${person.nip}) berpindah ${step} jenjang: dari ${current} ke ${a.jenjang}`,
        en: `${person.name || person.nip} (NIP ${person.nip}) moves ${step} jenjang: from ${current} to ${a.jenjang}`,
      });
  }
}
