/**
 * Posts table → Post objects: value normalisation, what a row says on its own about its kind and eselon, unit type
 * inference. The eselon a post's place decides (Sekretaris in a kecamatan III.b, in a kelurahan IV.b) is filled once
 * the structure is known (model/infer-eselon.ts). A table whose rows mostly are not posts is refused (posts-evidence).
 */
import type { Report } from './finding.js';
import type { Config } from '../io/config.js';
import type { Table } from '../io/table.js';
import { cell, readRows, type RowsResult } from './rows.js';
import { parseEselon, kindForEselon } from './parse/eselon.js';
import { parseKind, inferKindFromTitle, kindIsStructural } from './parse/kind.js';
import { parseUnitType, inferUnitType } from './parse/unit-type.js';
import { jenjangFromTitle } from './jenjang-title.js';
import { PostsEvidence } from './posts-evidence.js';
import { POST_FLAG, type Post, type UnitType } from './types.js';

export interface PostsResult extends RowsResult<Post> {
  /** The hierarchy depth column by position in `items`, as depth + 1 (0 where empty), when the table has one. */
  depth: number[] | null;
}

const DEPTH_RE = /^\d{1,3}$/;

export async function readPosts(table: Table, config: Config, report: Report): Promise<PostsResult> {
  const values = config.values ?? {};
  const evidence = new PostsEvidence();
  let depth: number[] | null = null;
  const result = await readRows<Post>(table, 'posts', config.columns?.posts, report, (row) => {
    const id = row.get('id');
    const name = row.get('name');
    const parent = row.get('parent_id');
    const kindParsed = parseKind(row.get('kind'), values.kind);
    // "Struktural" (BKN jenis 1) says only that the post heads a unit: the eselon or the title tells which level.
    const structuralOnly = !kindParsed.ok && kindParsed.code === 'struktural';
    let kind = structuralOnly ? null : cell(row, 'kind', kindParsed);
    const eselonParsed = parseEselon(row.get('eselon'), values.eselon);
    const nonEselon = eselonParsed.ok && 'nonEselon' in eselonParsed && eselonParsed.nonEselon === true;
    let eselon = cell(row, 'eselon', eselonParsed);
    const unitRaw = row.get('unit');
    const opd = row.get('opd');
    let unitType = cell(row, 'unit_type', parseUnitType(row.get('unit_type'), values.unit_type));
    // From the unit's name only: a unit read from the title is the placement's (model/placement.ts), and reported.
    if (unitType === null && unitRaw) unitType = inferUnitType(unitRaw, opd);

    let kindInferred = false;
    let eselonInferred = false;
    // Built only when an inference is reported (a few rows in a million), not per row.
    const at = () => ({ file: row.file, line: row.line, row: row.row, postId: id });
    if (kind === null && eselon !== null && !row.reported('kind')) {
      kind = kindForEselon(eselon);
      kindInferred = true;
      report('post/kind-inferred', { ...at(), column: 'kind', value: kind }, {
        id: `jenis jabatan '${kind}' disimpulkan dari eselon ${eselon}`,
        en: `post kind '${kind}' inferred from eselon ${eselon}`,
      });
    }
    if (kind === null && !row.reported('kind')) {
      const found = inferKindFromTitle(name);
      const guess = structuralOnly && found && !kindIsStructural(found.kind) ? null : found;
      if (structuralOnly && !guess && !kindParsed.ok) row.invalid('kind', row.get('kind'), kindParsed.reason);
      else if (guess) {
        kind = guess.kind;
        kindInferred = true;
        const given = structuralOnly ? { id: `; kolom jenis: ${row.get('kind')}`, en: `; kind column: ${row.get('kind')}` } : { id: '', en: '' };
        report('post/kind-inferred', { ...at(), column: 'kind', value: kind }, {
          id: `jenis jabatan '${kind}' disimpulkan dari nama jabatan (${guess.reason.id})${given.id}`,
          en: `post kind '${kind}' inferred from the title (${guess.reason.en})${given.en}`,
        });
        if (eselon === null && guess.eselonHint && !row.reported('eselon')) {
          eselon = guess.eselonHint;
          eselonInferred = true;
          report('post/eselon-inferred', { ...at(), column: 'eselon', value: eselon }, {
            id: `eselon ${eselon} disimpulkan dari nama jabatan`, en: `eselon ${eselon} inferred from the title`,
          });
        }
      } else if (nonEselon && jenjangFromTitle(name) === null) {
        // Marked non-eselon and no JF level in the title: a pelaksana post (JF titles carry their jenjang).
        kind = 'pelaksana';
        kindInferred = true;
        report('post/kind-inferred', { ...at(), column: 'kind', value: kind }, {
          id: `jenis jabatan 'pelaksana' disimpulkan: non-eselon dan nama jabatan tanpa jenjang JF`,
          en: `post kind 'pelaksana' inferred: non-eselon and no JF level in the title`,
        });
      } else if (id !== '' && name !== '') {
        report('post/kind-unknown', { ...at(), column: 'kind' }, {
          id: 'jenis jabatan kosong dan tidak dapat disimpulkan dari eselon maupun nama jabatan',
          en: 'post kind is empty and cannot be inferred from the eselon or the title',
        });
      }
    }
    evidence.add(id, name, kind, eselon, parent, unitRaw || opd);
    const canonical = {
      id, parent_id: parent || null, name, kind, eselon, unit: unitRaw, opd, unit_type: unitType,
    };
    // An object literal (not a class): V8 allocates a million of them straight into the old generation.
    const item: Post | null = id === '' ? null : {
      id, parentId: parent || null, name, kind, eselon, unit: unitRaw, opd, unitType: unitType as UnitType | null,
      // Always present, in this order: one object shape for every post.
      flags: (kindInferred ? POST_FLAG.kindInferred : 0) | (eselonInferred ? POST_FLAG.eselonInferred : 0)
        | (eselon === null && row.reported('eselon') ? POST_FLAG.eselonUnreadable : 0),
      file: row.file, line: row.line, row: row.row,
    };
    if (item && row.has('depth')) {
      const d = row.get('depth');
      (depth ??= []).push(DEPTH_RE.test(d) ? Number(d) + 1 : 0);
    }
    return { canonical, item };
  });
  evidence.check(table.file, table.headerLine);
  return { ...result, depth };
}
