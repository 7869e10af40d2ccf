/**
 * What the drafter must still do before a draft can be enacted: every placeholder (what region.yaml left out, and
 * gazette numbers no source gives), every unconfirmed text with its reason, and the procedural steps of the
 * instrument. Written as Markdown beside the draft (`keputusan.docx` → `keputusan.checklist.md`) and as lines on stderr.
 */
import { blockLines, locate, type ChecklistItem, type LegalDoc, type Run } from './legal-doc.js';
import { regionFileKey, regionWords, type Region } from './region.js';

export type DraftKind = 'perbup' | 'keputusan';

export interface Checklist {
  placeholders: ChecklistItem[];
  unconfirmed: ChecklistItem[];
  steps: ChecklistItem[];
}

/** Every distinct run of `pick` in the document, once, with every part of the document it sits in. */
function collect(doc: LegalDoc, pick: (r: Run) => { key: string; text: string } | undefined): ChecklistItem[] {
  const parts = locate(doc.blocks);
  const items = new Map<string, ChecklistItem>();
  doc.blocks.forEach((b, i) => {
    for (const line of blockLines(b))
      for (const run of line) {
        const found = pick(run);
        if (!found) continue;
        const id = `${found.key}\u0000${found.text}`;
        let item = items.get(id);
        if (!item) items.set(id, (item = { ...found, where: [] }));
        const where = parts[i]!.where;
        if (!item.where.includes(where)) item.where.push(where);
      }
  });
  return [...items.values()];
}

export function checklist(doc: LegalDoc, kind: DraftKind, region: Region): Checklist {
  return {
    placeholders: collect(doc, (r) => (typeof r === 'object' && 'placeholder' in r ? { key: r.placeholder, text: r.hint } : undefined)),
    unconfirmed: collect(doc, (r) => (typeof r === 'object' && 'unconfirmed' in r ? { key: r.text, text: r.unconfirmed } : undefined)),
    steps: steps(kind, region),
  };
}

/** The procedure after drafting, each step with its basis where a source states one. */
function steps(kind: DraftKind, region: Region): ChecklistItem[] {
  const w = regionWords(region);
  const where = region.name || 'daerah';
  const list = kind === 'perbup'
    ? [
      'Telaah rancangan oleh Bagian Hukum Sekretariat Daerah.',
      'Pengharmonisasian, pembulatan, dan pemantapan konsepsi rancangan di Kantor Wilayah Kementerian Hukum (Pasal 97D UU 12/2011 sebagaimana diubah dengan UU 13/2022); tanpa tahap ini peraturan cacat formil.',
      `Penandatanganan oleh ${w.head}.`,
      `Pengundangan oleh Sekretaris Daerah dalam Berita Daerah ${where} (Perpres 1/2007 Pasal 22).`,
      'Nomor dan tahun Berita Daerah: isi perbup.berita_daerah_number dan perbup.promulgated di region.yaml, lalu buat ulang draf.',
    ]
    : [
      'Verifikasi data pegawai dalam lampiran (NIP, pangkat/golongan, jabatan lama) oleh BKPSDM terhadap SIASN.',
      'Lengkapi Mengingat dengan peraturan yang belum tercatat dalam rules/data/perbup-citations.yaml, bila dipakai: PP 11/2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana diubah dengan PP 17/2020, dan Perpres 50/2022 (Diktum KETIGA), masing-masing dengan Lembaran Negaranya.',
      'Cocokkan jabatan fungsional dan jenjang setiap pegawai dengan persetujuan penyetaraan Menteri Dalam Negeri; isi keputusan.approval di region.yaml.',
      'Pasal 34 ayat (2) PermenPANRB 17/2021 menetapkan pengangkatan dan pelantikan paling lambat 31 Desember 2021: pastikan dasar pengangkatan sesudah tanggal itu.',
      'Telaah rancangan oleh Bagian Hukum Sekretariat Daerah.',
      'Pengharmonisasian di Kantor Wilayah Kementerian Hukum (Pasal 97D UU 12/2011 sebagaimana diubah dengan UU 13/2022) diwajibkan bagi rancangan peraturan kepala daerah; pastikan dengan Bagian Hukum apakah keputusan ini memerlukannya.',
      `Penandatanganan oleh ${w.head} selaku Pejabat Pembina Kepegawaian; isi keputusan.number dan keputusan.enacted di region.yaml, lalu buat ulang draf.`,
      'Pelantikan pegawai ke dalam jabatan fungsional.',
    ];
  return list.map((text, i) => ({ key: `langkah-${i + 1}`, text, where: [] }));
}

/** How a placeholder is filled: once in region.yaml for a key of that file, else in the document. */
function fillIn(item: ChecklistItem): string {
  const key = regionFileKey(item.key);
  return key ? ` — isi \`${key}\` di region.yaml` : '';
}

const whereText = (item: ChecklistItem) => (item.where.length ? ` (${item.where.join(', ')})` : '');

export function checklistMarkdown(title: string, c: Checklist): string {
  const out = [`# Daftar periksa: ${title}`, '', 'Draf ini dibuat oleh setara dan belum dapat ditetapkan sebelum setiap butir di bawah selesai.', ''];
  out.push(`## Isian yang belum ada (${c.placeholders.length})`, '', 'Disorot kuning dalam DOCX, `[[…]]` dalam Markdown.', '');
  for (const p of c.placeholders) out.push(`- [ ] ${p.text}${fillIn(p)}${whereText(p)}`);
  if (!c.placeholders.length) out.push('Tidak ada.');
  out.push('', `## Teks yang harus diperiksa (${c.unconfirmed.length})`, '', 'Belum terkonfirmasi oleh sumber: disorot biru dengan komentar dalam DOCX, `(?)` dalam Markdown.', '');
  for (const u of c.unconfirmed) out.push(`- [ ] "${u.key}": ${u.text}${whereText(u)}`);
  if (!c.unconfirmed.length) out.push('Tidak ada.');
  out.push('', '## Tahapan', '');
  c.steps.forEach((s, i) => out.push(`- [ ] ${i + 1}. ${s.text}`));
  return `${out.join('\n')}\n`;
}

/** The checklist as stderr lines: every placeholder and unconfirmed text, then the steps. */
export function checklistLines(c: Checklist): string[] {
  return [
    ...c.placeholders.map((p) => `isian: ${p.text}${fillIn(p)}${whereText(p)}`),
    ...c.unconfirmed.map((u) => `periksa: "${u.key.length > 60 ? `${u.key.slice(0, 59)}…` : u.key}": ${u.text}${whereText(u)}`),
    ...c.steps.map((s, i) => `langkah ${i + 1}: ${s.text}`),
  ];
}
