/** Structure integrity: duplicate ids, missing parents, cycles, OPD heads, eselon order, kind and title vs eselon. */
import { compareHeads, namesOpd, opdRef, rankOf } from '../model/head.js';
import { eselonLevel, eselonOrder, kindForEselon } from '../model/parse/eselon.js';
import { kindIsStructural } from '../model/parse/kind.js';
import { NONE, type Structure } from '../model/structure.js';
import { titleLevelConflict } from '../model/title-level.js';
import { hasFlag, POST_FLAG, type Post } from '../model/types.js';
import type { Report } from './reporter.js';

const at = (p: Post, column?: string, value?: string) => ({
  file: p.file, line: p.line, row: p.row, postId: p.id,
  ...(column ? { column } : {}), ...(value !== undefined ? { value } : {}),
});

export function checkStructure(s: Structure, report: Report): void {
  for (const d of s.duplicates) {
    const first = s.byId.get(d.id)!;
    report('post/duplicate-id', at(d, 'id', d.id), {
      id: `ID jabatan '${d.id}' sudah dipakai di baris ${first.line}`,
      en: `post id '${d.id}' is already used on line ${first.line}`,
    });
  }
  const rootsByOpd = new Map<string, Post[]>();
  for (let i = 0; i < s.indexed.length; i++) {
    const p = s.indexed[i]!;
    if (p.parentId === null) {
      const opd = s.opdAt(i);
      let list = rootsByOpd.get(opd);
      if (!list) rootsByOpd.set(opd, (list = []));
      list.push(p);
      continue;
    }
    const parent = s.parentAt(i);
    if (parent === NONE) {
      report('post/parent-missing', at(p, 'parent_id', p.parentId), {
        id: `atasan '${p.parentId}' tidak ada di tabel jabatan`,
        en: `parent '${p.parentId}' does not exist in the posts table`,
      });
      continue;
    }
    checkEselonBelow(p, s.indexed[parent]!, report);
  }
  for (const [opd, roots] of rootsByOpd) {
    if (roots.length < 2) continue;
    const first = likeliestHead(opd, roots);
    for (const extra of roots) {
      if (extra === first) continue;
      report('post/multiple-roots', at(extra, 'parent_id', ''), {
        id: `perangkat daerah '${opd}' sudah punya jabatan puncak '${first.name}' (baris ${first.line}); parent_id kosong`,
        en: `OPD '${opd}' already has a head post '${first.name}' (line ${first.line}); parent_id is empty`,
      });
    }
  }
  for (const cycle of findCycles(s)) {
    const head = cycle.reduce((a, b) => (b.line < a.line ? b : a));
    const chain = [...cycle.map((p) => p.id), cycle[0]!.id].join(' → ');
    report('post/cycle', at(head, 'parent_id', head.parentId ?? ''), {
      id: `rantai atasan membentuk siklus: ${chain}`,
      en: `parent chain forms a cycle: ${chain}`,
    });
  }
  for (let i = 0; i < s.indexed.length; i++) {
    checkKindEselon(s.indexed[i]!, report);
    checkTitleEselon(s.indexed[i]!, report);
  }
}

/** The root most likely to head the OPD (model/head.ts): the others are the extra roots, whatever their order. */
function likeliestHead(opd: string, roots: readonly Post[]): Post {
  const ref = opdRef(opd);
  let best = roots[0]!;
  let bestRank = rankOf(best);
  let bestNames = namesOpd(best, ref);
  for (const p of roots) {
    const rank = rankOf(p);
    const names = namesOpd(p, ref);
    if (compareHeads(rank, names, p.line, bestRank, bestNames, best.line) < 0) [best, bestRank, bestNames] = [p, rank, names];
  }
  return best;
}

function checkEselonBelow(p: Post, parent: Post, report: Report): void {
  if (!p.eselon || !parent.eselon) return;
  const mine = hasFlag(p, POST_FLAG.eselonInferred);
  const theirs = hasFlag(parent, POST_FLAG.eselonInferred);
  // A guess is never an error against another guess.
  if (mine && theirs) return;
  // Against one inferred eselon, only a higher level is certain (III.? under III.a may be III.b); else the full order.
  const wrong = mine || theirs ? eselonLevel(p.eselon) < eselonLevel(parent.eselon) : eselonOrder(p.eselon) <= eselonOrder(parent.eselon);
  if (!wrong) return;
  const guess = { id: ' (disimpulkan)', en: ' (inferred)' };
  const linked = hasFlag(p, POST_FLAG.parentInferred) ? { id: '; atasannya disimpulkan, tidak dari parent_id', en: '; its parent was inferred, not read from parent_id' } : { id: '', en: '' };
  report('post/eselon-not-below-parent', at(p, 'eselon', p.eselon), {
    id: `eselon ${p.eselon}${mine ? guess.id : ''} tidak di bawah eselon atasan '${parent.name}' (${parent.eselon}${theirs ? guess.id : ''})${linked.id}`,
    en: `eselon ${p.eselon}${mine ? guess.en : ''} is not below the parent '${parent.name}' (${parent.eselon}${theirs ? guess.en : ''})${linked.en}`,
  });
}

function checkKindEselon(p: Post, report: Report): void {
  if (!p.kind || hasFlag(p, POST_FLAG.kindInferred | POST_FLAG.eselonInferred | POST_FLAG.eselonUnreadable)) return;
  if (p.eselon === null) {
    if (kindIsStructural(p.kind))
      report('post/kind-eselon-mismatch', at(p, 'eselon', ''), {
        id: `jabatan ${p.kind} tanpa eselon`, en: `${p.kind} post without an eselon`,
      });
    return;
  }
  const expected = kindForEselon(p.eselon);
  const ok = p.kind === expected || (p.eselon.startsWith('I.') && (p.kind === 'jpt_utama' || p.kind === 'jpt_madya'));
  if (ok) return;
  report('post/kind-eselon-mismatch', at(p, 'kind', p.kind), {
    id: `jenis jabatan '${p.kind}' tidak sesuai eselon ${p.eselon} (seharusnya '${expected}')`,
    en: `post kind '${p.kind}' does not match eselon ${p.eselon} (expected '${expected}')`,
  });
}

/** A head's title and eselon give different levels (a Kepala Bidang at IV.b): reported; the decision rules review it. */
function checkTitleEselon(p: Post, report: Report): void {
  const c = titleLevelConflict(p);
  if (!c) return;
  report('post/title-eselon-mismatch', at(p, 'eselon', p.eselon!), {
    id: `nama jabatan '${p.name}' memimpin ${c.unit} (${c.titled}), tetapi eselonnya ${p.eselon} menjadikannya ${c.byEselon}: periksa eselon atau nama jabatannya; jabatan ini ditelaah, tidak diputuskan otomatis`,
    en: `the title '${p.name}' heads a ${c.unit} (${c.titled}), but its eselon ${p.eselon} makes it ${c.byEselon}: check the eselon or the title; the post goes to review, not decided automatically`,
  });
}

/** Parent pointers form a functional graph: one walk per post with three states finds every cycle in linear time. */
export function findCycles(s: Structure): Post[][] {
  const ON_WALK = 1;
  const DONE = 2;
  const state = new Uint8Array(s.indexed.length);
  const cycles: Post[][] = [];
  const walk: number[] = [];
  for (let i = 0; i < s.indexed.length; i++) {
    // A post whose chain reaches a head is on no cycle (nor is any post above it): only the others are walked.
    if (s.headAt(i) !== NONE || state[i]) continue;
    let cur = i;
    while (cur !== NONE && !state[cur]) {
      state[cur] = ON_WALK;
      walk.push(cur);
      cur = s.parentAt(cur);
    }
    if (cur !== NONE && state[cur] === ON_WALK) cycles.push(walk.slice(walk.indexOf(cur)).map((k) => s.indexed[k]!));
    for (const k of walk) state[k] = DONE;
    walk.length = 0;
  }
  return cycles;
}
