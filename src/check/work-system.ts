/** PermenPANRB 7/2022 checks on the structure: koordinator roles, structural levels, where JF and pelaksana sit. */
import { NONE, type Structure } from '../model/structure.js';
import { ancestors, depths } from '../model/structure/chains.js';
import type { Post } from '../model/types.js';
import { KOORDINATOR, officialLevel } from '../model/work-system.js';
import { decide, decisionRules, rulesForPost } from '../rules/engine.js';
import { factsFor } from '../rules/facts.js';
import type { Ruleset } from '../rules/types.js';
import type { Report } from './reporter.js';

/** Whether the data describes the structure before or after penyetaraan; level checks apply after. */
export type Stage = 'before' | 'after';

export function checkWorkSystem(s: Structure, ruleset: Ruleset, stage: Stage, report: Report): void {
  for (let i = 0; i < s.indexed.length; i++) {
    const p = s.indexed[i]!;
    if (p.kind === 'fungsional' && KOORDINATOR.test(p.name))
      report('sk/koordinator-abolished', at(p, 'name', p.name), {
        id: `jabatan '${p.name}' memuat peran koordinator/subkoordinator yang sudah dihapus; ubah menjadi tim kerja`,
        en: `post '${p.name}' carries an abolished koordinator/subkoordinator role; convert it into a work team`,
      });
  }
  for (let k = 0; k < s.people.length; k++) {
    const person = s.people[k]!;
    if (person.role && KOORDINATOR.test(person.role))
      report('sk/koordinator-abolished', { file: person.file, line: person.line, row: person.row, column: 'role', value: person.role }, {
        id: `peran '${person.role}' sudah dihapus; ubah menjadi ketua tim`,
        en: `role '${person.role}' is abolished; convert it into a team leader`,
      });
  }
  if (stage !== 'after') return;
  const rulesFor = rulesForPost(decisionRules(ruleset));
  // Per post: 0 not decided yet, 1 kept, 2 not kept.
  const kept = new Uint8Array(s.indexed.length);
  const keptByCriterion = (i: number): boolean => {
    if (kept[i] === 0) kept[i] = decide(factsFor(s, i), ruleset, rulesFor(s.indexed[i]!), false)?.outcome.decision === 'keep' ? 1 : 2;
    return kept[i] === 1;
  };
  let depth: Int32Array | undefined;
  for (let i = 0; i < s.indexed.length; i++) {
    const p = s.indexed[i]!;
    const level = officialLevel(p.kind);
    if (level === 3 && !keptByCriterion(i)) {
      const shown = ancestors(s, p, CHAIN_SHOWN);
      const chain = shown.reverse().map((a) => a.name).concat(p.name).join(' › ');
      const hidden = shown.length < CHAIN_SHOWN ? 0 : (depth ??= depths(s))[i]! - CHAIN_SHOWN;
      const more = hidden > 0 ? { id: `… (${hidden} lagi) › `, en: `… (${hidden} more) › ` } : { id: '', en: '' };
      report('sk/max-structural-levels', at(p, 'kind', p.kind ?? ''), {
        id: `tingkat struktural ketiga yang tidak dipertahankan kriteria mana pun: ${more.id}${chain}`,
        en: `a third structural level kept by no criterion: ${more.en}${chain}`,
      });
    }
    if ((p.kind === 'fungsional' || p.kind === 'pelaksana') && p.parentId !== null) {
      const up = s.parentAt(i);
      if (up === NONE) continue; // reported as post/parent-missing
      const parent = s.indexed[up]!;
      const pl = officialLevel(parent.kind);
      if (pl === 1 || pl === 2 || (pl === 3 && keptByCriterion(up))) continue;
      report('sk/jf-placement', at(p, 'parent_id', p.parentId), {
        id: `'${p.name}' berada di bawah '${parent.name}' (${parent.kind ?? '?'}), bukan di bawah pejabat level 1 atau 2`,
        en: `'${p.name}' sits under '${parent.name}' (${parent.kind ?? '?'}), not under a level-1 or level-2 official`,
      });
    }
  }
}

/** The superiors a message shows: an OPD's chain is a few levels deep; a longer one is cut, saying how much is left out. */
const CHAIN_SHOWN = 8;

function at(p: Post, column: string, value: string) {
  return { file: p.file, line: p.line, row: p.row, postId: p.id, column, value };
}
