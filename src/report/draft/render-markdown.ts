/**
 * A LegalDoc as Markdown (GitHub flavour), for review in a pull request or a wiki: the same words as the DOCX,
 * placeholders as `[[hint]]`, unconfirmed text followed by `(?)` and a footnote with the reason. Centring and
 * indents have no Markdown form: headings are bold lines, lists keep their own markers (a., 1., a), 1)).
 */
import { endsWithComma, ordinalWord, roman, type Block, type LegalDoc, type Line, type List } from './legal-doc.js';

/** Markdown's own characters in document text: escaped so a title cannot start a list or a table. */
function escape(s: string): string {
  return s.replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`).replace(/^(\d+)\./, '$1\\.');
}

class Writer {
  /** The reasons of unconfirmed text, numbered as footnotes; one reason, one footnote. */
  readonly notes: string[] = [];

  text(line: Line): string {
    return line.map((r) => {
      if (typeof r === 'string') return escape(r);
      if ('placeholder' in r) return `[[${escape(r.hint)}]]`;
      if ('unconfirmed' in r) {
        let n = this.notes.indexOf(r.unconfirmed) + 1;
        if (n === 0) n = this.notes.push(r.unconfirmed);
        return `${escape(r.text)} (?)[^${n}]`;
      }
      const t = escape(r.text);
      return r.bold ? `**${t}**` : r.italic ? `*${t}*` : t;
    }).join('');
  }

  list(list: List, depth: number): string[] {
    return list.items.flatMap((it, i) => {
      const a = String.fromCharCode(97 + (i % 26));
      const mark = { alpha: `${a}.`, num: `${i + 1}.`, 'alpha-paren': `${a})`, 'num-paren': `${i + 1})` }[list.style];
      // "- " keeps the list's own marker as text: Markdown would renumber "1." and cannot letter.
      return [`${'  '.repeat(depth)}- ${mark.replace('.', '\\.')} ${this.text(it.text)}`, ...(it.sub ? this.list(it.sub, depth + 1) : [])];
    });
  }

  block(b: Block): string {
    switch (b.kind) {
      case 'heading': return b.lines.map((l) => (b.bold ? `**${this.text(l)}**` : this.text(l))).join('  \n');
      case 'para': return b.bold ? `**${this.text(b.text)}**` : this.text(b.text);
      case 'considerans':
        return b.list.items.length === 1 && !b.list.items[0]!.sub
          ? `**${b.label}** : ${this.text(b.list.items[0]!.text)}`
          : [`**${b.label}** :`, '', ...this.list(b.list, 0)].join('\n');
      case 'diktum': return [`**${b.label}** : ${this.text(b.text)}`, ...(b.list ? ['', ...this.list(b.list, 0)] : [])].join('\n');
      case 'bab': return `**BAB ${roman(b.number)}**  \n**${escape(b.title.toUpperCase())}**`;
      case 'bagian': return `**Bagian ${ordinalWord(b.number)}**  \n**${escape(b.title)}**`;
      case 'pasal':
        return [
          `**Pasal ${b.number}**`,
          ...(b.ayat ?? []).flatMap((a, i) => [`(${i + 1}) ${this.text(a.text)}`, ...(a.list ? this.list(a.list, 0) : [])]),
          ...(b.body ?? []).flatMap((p) => [this.text(p.text), ...(p.list ? this.list(p.list, 0) : [])]),
        ].join('\n\n');
      case 'table': {
        const cell = (l: Line) => this.text(l).replace(/\n/g, '<br>') || ' ';
        return [
          ...(b.caption ? [`**${escape(b.caption)}**`, ''] : []),
          `| ${b.columns.map((c) => escape(c.head)).join(' | ')} |`,
          `|${b.columns.map(() => '---').join('|')}|`,
          ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        ].join('\n');
      }
      case 'signature':
        return [
          ...(b.place.length ? [`${b.promulgation ? 'Diundangkan' : 'Ditetapkan'} di ${this.text(b.place)}`] : []),
          ...(b.date.length ? [`pada tanggal ${this.text(b.date)}`] : []),
          `${this.text(b.office)}${endsWithComma(b.office) ? '' : ','}`, '', '', this.text(b.name),
        ].join('  \n');
      case 'lampiranHead': return b.lines.map((l) => `> ${this.text(l)}`).join('  \n');
      case 'notes': return `## ${escape(b.title)}`;
      case 'pageBreak': return '---';
    }
  }
}

export function renderLegalMarkdown(doc: LegalDoc): string {
  const w = new Writer();
  const body = doc.blocks.map((b) => w.block(b));
  const notes = w.notes.map((n, i) => `[^${i + 1}]: Belum terkonfirmasi: ${escape(n)}`);
  return `${[`# ${escape(doc.title)}`, ...body, ...(notes.length ? [notes.join('\n')] : [])].join('\n\n')}\n`;
}
