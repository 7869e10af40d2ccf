/**
 * What was read from titles about where posts sit (model/placement): one info finding per post whose unit came from
 * its own title, and one per OPD whose name or type came from its head's title, so that nothing is inferred silently.
 * A JF or pelaksana that works in its superior's unit is counted in the summary, not reported one by one.
 */
import { placementOf, UNIT_SOURCE } from '../model/placement.js';
import { NONE, type Structure } from '../model/structure.js';
import type { Report } from './reporter.js';

export function checkPlacement(s: Structure, report: Report): void {
  const pl = placementOf(s);
  if (pl.counts.fromTitle === 0 && pl.counts.opdsFromTitle === 0) return;
  // Posts per OPD head (by index), in the order the heads are first met.
  const perOpd = new Map<number, number>();
  for (let i = 0; i < s.indexed.length; i++) {
    const p = s.indexed[i]!;
    const h = s.headAt(i);
    if (h !== NONE && !p.opd && pl.opd(i).inferred) perOpd.set(h, (perOpd.get(h) ?? 0) + 1);
    if (pl.unitSource(i) !== UNIT_SOURCE.title) continue;
    const name = pl.unitName(i);
    const type = pl.unitType(i);
    report('post/unit-inferred', { file: p.file, line: p.line, row: p.row, postId: p.id, column: 'unit', value: name }, {
      id: `unit '${name}' (${type}) dibaca dari nama jabatan '${p.name}'`,
      en: `unit '${name}' (${type}) read from the title '${p.name}'`,
    });
  }
  for (const [h, count] of perOpd) {
    const head = s.indexed[h]!;
    const opd = pl.opd(h);
    report('post/opd-inferred', { file: head.file, line: head.line, row: head.row, postId: head.id, column: 'opd', value: opd.name }, {
      id: `perangkat daerah '${opd.name}' (${opd.type ?? 'jenis tidak diketahui'}) dibaca dari nama jabatan kepala '${head.name}'; berlaku untuk ${count} jabatan`,
      en: `OPD '${opd.name}' (${opd.type ?? 'type unknown'}) read from the head's title '${head.name}'; applies to ${count} posts`,
    });
  }
}
