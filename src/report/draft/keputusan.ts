/**
 * The Keputusan of the head of the region appointing PNS into JF through penyetaraan (PermenPANRB 17/2021): judul,
 * Menimbang, Mengingat, Memperhatikan, the diktum KESATU … and the signature (UU 12/2011 Lampiran II), then its
 * lampiran: per OPD one table of the people appointed, from people.csv (`change` = equalised). People on an equalised
 * post who cannot be appointed, and equalised posts nobody holds, follow as drafter's notes, outside the instrument.
 * Findings and ruleset versions are not here: `setara report` is their document.
 */
import { labels } from '../labels.js';
import type { ReportModel, ReportPerson, ReportPost } from '../model.js';
import { JF_STATUS_LABEL, notEqualisedRows, pangkatOf } from '../tables.js';
import { groupBy } from '../text.js';
import { ordinalWord, type Block, type LegalDoc, type Line, type Run } from './legal-doc.js';
import { loadPerbupCitations, mengingat as mengingatOf } from './perbup-citations.js';
import { counted, perbupContext, plainList } from './perbup-text.js';
import { placeRun, regionRun, regionWords, signingOffice, type Region } from './region.js';

/** people.csv's change of a person appointed into the JF of their equalised post (migrate/people.ts). */
const EQUALISED = 'equalised';
const NOT_EQUALISED = 'not-equalised';

const SUBJECT = 'Pengangkatan Pegawai Negeri Sipil dalam Jabatan Fungsional melalui Penyetaraan Jabatan di Lingkungan';

/** "Pemerintah Kabupaten Contoh" (capitals when `upper`), the name a placeholder when region.yaml gave none. */
function government(region: Region, upper: boolean): Line {
  const g = (s: string) => (upper ? s.toUpperCase() : s);
  return region.name ? [g(`Pemerintah ${region.name}`)] : [g(`Pemerintah ${region.type === 'kota' ? 'Kota' : region.type === 'provinsi' ? 'Provinsi' : 'Kabupaten'} `), placeRun(region)];
}

/** "PROVINSI CONTOH RAYA" under the head's line of a kabupaten or kota. */
function provinceLine(region: Region): Line {
  return region.province ? [region.province.toUpperCase()] : ['PROVINSI ', regionRun(region, 'province')];
}

export function buildKeputusan(model: ReportModel, region: Region): LegalDoc {
  const w = regionWords(region);
  const postById = new Map(model.posts.map((p) => [p.id, p]));
  const appointed = model.people.filter((p) => p.change === EQUALISED);
  const title: Line = [SUBJECT.toUpperCase(), ' ', ...government(region, true)];
  const subject: Line = [SUBJECT, ' ', ...government(region, false)];
  const nomor: Line = ['NOMOR ', regionRun(region, 'keputusan.number'), ...(region.keputusan?.year ? [` TAHUN ${region.keputusan.year}`] : [])];
  const decree: Line = [`KEPUTUSAN ${w.HEAD} `, placeRun(region)];

  const blocks: Block[] = [
    { kind: 'heading', bold: true, lines: [[`${w.HEAD} `, placeRun(region)], ...(region.type === 'provinsi' ? [] : [provinceLine(region)])] },
    { kind: 'heading', bold: true, lines: [decree, nomor, ['TENTANG'], title] },
    { kind: 'heading', bold: true, lines: [['DENGAN RAHMAT TUHAN YANG MAHA ESA'], [`${w.HEAD} `, placeRun(region), ',']] },
    {
      kind: 'considerans', label: 'Menimbang', list: {
        style: 'alpha', items: [
          { text: ['bahwa dalam rangka penyederhanaan birokrasi, pejabat administrasi yang jabatannya terdampak penyederhanaan struktur organisasi disetarakan ke dalam jabatan fungsional sesuai dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 17 Tahun 2021;'] },
          { text: ['bahwa penyetaraan jabatan administrasi ke dalam jabatan fungsional di lingkungan ', ...government(region, false), ' telah mendapat persetujuan Menteri Dalam Negeri;'] },
          { text: [`bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan ${w.decree} tentang `, ...subject, ';'] },
        ],
      },
    },
    { kind: 'considerans', label: 'Mengingat', list: plainList('num', mengingat(region)) },
    {
      kind: 'considerans', label: 'Memperhatikan', list: {
        style: 'num', items: [{
          text: [
            'Surat Menteri Dalam Negeri Nomor ', regionRun(region, 'keputusan.approval.number'), ' tanggal ', regionRun(region, 'keputusan.approval.date'),
            ' tentang persetujuan penyetaraan jabatan administrasi ke dalam jabatan fungsional di lingkungan ', ...government(region, false), ';',
          ],
        }],
      },
    },
    { kind: 'heading', lines: [['MEMUTUSKAN:']] },
    { kind: 'diktum', label: 'Menetapkan', text: [`KEPUTUSAN ${w.HEAD} TENTANG `, ...title, '.'] },
    ...diktum([
      [
        `Mengangkat Pegawai Negeri Sipil di lingkungan `, ...government(region, false), ` sebanyak ${counted(appointed.length)} orang yang nama, jabatan lama, dan jabatan fungsionalnya tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini ke dalam jabatan fungsional dan jenjang sebagaimana tercantum dalam Lampiran tersebut melalui penyetaraan jabatan.`,
      ],
      // PermenPANRB 17/2021 [S1][S22]: the education of the JF within 4 years, else a pelaksana post.
      ['Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU yang belum memenuhi kualifikasi pendidikan jabatan fungsionalnya wajib memenuhinya paling lama 4 (empat) tahun sejak pengangkatan; apabila tidak terpenuhi, yang bersangkutan diberhentikan dari jabatan fungsional dan diangkat dalam jabatan pelaksana.'],
      // Perpres 50/2022 [S28][S29].
      ['Kepada Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU diberikan penghasilan yang tidak lebih rendah dari penghasilan dalam jabatan administrasi sebelumnya sesuai dengan Peraturan Presiden Nomor 50 Tahun 2022.'],
      ['Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah ', ...(region.name ? [region.name] : [placeRun(region)]), '.'],
      ['Keputusan ini mulai berlaku pada tanggal ditetapkan.'],
    ]),
    { kind: 'signature', place: [regionRun(region, 'place')], date: [regionRun(region, 'keputusan.enacted')], office: signingOffice(region), name: [regionRun(region, 'head.name', { upper: true })] },
    { kind: 'pageBreak', landscape: true },
    { kind: 'lampiranHead', lines: [['LAMPIRAN'], decree, nomor, ['TENTANG'], title] },
    { kind: 'heading', bold: true, lines: [['DAFTAR PEGAWAI NEGERI SIPIL YANG DIANGKAT DALAM JABATAN FUNGSIONAL MELALUI PENYETARAAN JABATAN']] },
    ...appointedTables(model, appointed, postById),
    { kind: 'signature', place: [], date: [], office: signingOffice(region), name: [regionRun(region, 'head.name', { upper: true })] },
    ...drafterNotes(model, postById),
  ];
  return { title: `Keputusan ${w.head} tentang ${SUBJECT} ${region.name ? `Pemerintah ${region.name}` : 'Pemerintah Daerah'}`, blocks };
}

/**
 * The national regulations of the shared citations file (rules/data/perbup-citations.yaml) this Keputusan rests on;
 * the region's forming law and Perda come from region.yaml, all ordered by hierarchy, year and number.
 */
const MENGINGAT = ['uu-23-2014', 'uu-20-2023', 'permenpanrb-17-2021'];

function mengingat(region: Region): Line[] {
  const national = loadPerbupCitations();
  return mengingatOf(perbupContext(region), new Map(MENGINGAT.map((id) => [id, national.get(id)!])));
}

function diktum(texts: Line[]): Block[] {
  return texts.map((text, i) => ({ kind: 'diktum', label: ordinalWord(i + 1).toUpperCase(), text }));
}

const COLUMNS = [
  // A NIP's 18 digits on one line, and no header word broken in two (LibreOffice, A4 landscape).
  { head: 'No', w: 4 }, { head: 'Nama', w: 12 }, { head: 'NIP', w: 17 }, { head: 'Pangkat/Golongan', w: 10 }, { head: 'Jabatan Lama', w: 13 },
  { head: 'Unit Kerja Lama', w: 12 }, { head: 'Jabatan Fungsional dan Jenjang', w: 13 }, { head: 'Unit Kerja Baru', w: 10 }, { head: 'Keterangan', w: 11 },
];

/** People in plan order of their OPD (then any OPD the plan does not list), each group in people.csv order. */
function byOpd<T>(model: ReportModel, items: readonly T[], opdOf: (t: T) => string): Array<[string, T[]]> {
  const groups = groupBy(items, opdOf);
  const order = [...model.opds.map((o) => o.opd), ...groups.keys()];
  return [...new Set(order)].filter((opd) => groups.has(opd)).map((opd) => [opd, groups.get(opd)!]);
}

/** The lampiran: one table per OPD, its caption stating the count (the checks compare it with the rows). */
function appointedTables(model: ReportModel, appointed: readonly ReportPerson[], postById: ReadonlyMap<string, ReportPost>): Block[] {
  const l = labels('id');
  return byOpd(model, appointed, (p) => p.opd).map(([opd, people], i): Block => ({
    kind: 'table',
    caption: `${letter(i)}. ${(opd || 'Perangkat daerah tidak diketahui').toUpperCase()}: ${counted(people.length)} orang`,
    columns: COLUMNS,
    repeatHeader: true,
    rows: people.map((p, k) => {
      const post = postById.get(p.oldPostId ?? '');
      const parent = postById.get(post?.newParentId ?? '');
      const status = post && post.source !== 'analyst' ? JF_STATUS_LABEL.get(post.jfStatus ?? '') : undefined;
      const remark: Run[] = status ? [{ text: l[status], unconfirmed: 'usulan JF dari setara belum pasti: tetapkan JF pada daftar telaah (setara report) sebelum penetapan' }] : [];
      return [[String(k + 1)], [p.name], [p.nip], [pangkatOf(p)], [p.oldPost], [post?.unit ?? ''], [p.newPost], [parent?.unit || parent?.newName || ''], remark];
    }),
  }));
}

/** "A", "B", … "Z", "AA", …: table groups of a lampiran. */
function letter(i: number): string {
  return (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
}

/** Outside the instrument: who cannot be appointed and why, and equalised posts nobody holds. */
function drafterNotes(model: ReportModel, postById: ReadonlyMap<string, ReportPost>): Block[] {
  const notEqualised = model.people.filter((p) => p.change === NOT_EQUALISED);
  const held = new Set(model.people.map((p) => p.oldPostId));
  const vacant = model.posts.filter((p) => p.decision === 'equalise' && !held.has(p.id));
  const blocks: Block[] = [
    { kind: 'pageBreak', landscape: true },
    { kind: 'notes', title: 'CATATAN UNTUK PENYUSUN (bukan bagian dari Keputusan; hapus sebelum penetapan)' },
    { kind: 'para', text: ['Temuan pemeriksaan dan versi aturan yang dipakai tidak dimuat dalam Keputusan: lihat laporan ', { text: 'setara report', italic: true }, '.'] },
    { kind: 'para', bold: true, text: [`1. Pegawai Negeri Sipil pada jabatan yang disetarakan yang tidak dapat diangkat: ${counted(notEqualised.length)} orang`] },
  ];
  for (const [opd, people] of byOpd(model, notEqualised, (p) => p.opd)) {
    blocks.push({
      kind: 'table', caption: opd, repeatHeader: true,
      columns: [{ head: 'No', w: 4 }, { head: 'Nama', w: 14 }, { head: 'NIP', w: 17 }, { head: 'Pangkat/Golongan', w: 10 }, { head: 'Jabatan Lama', w: 15 }, { head: 'Jabatan Menjadi', w: 15 }, { head: 'Alasan', w: 25 }],
      rows: notEqualisedRows(people, (id) => postById.get(id ?? '')?.newName ?? '').map((r) => [[String(r.no)], [r.name], [r.nip], [r.pangkat], [r.oldPost], [r.postBecomes], [r.reason]]),
    });
  }
  blocks.push({ kind: 'para', bold: true, text: [`2. Jabatan yang disetarakan tanpa pemegang (tidak ada pengangkatan): ${counted(vacant.length)} jabatan`] });
  if (vacant.length)
    blocks.push({
      kind: 'table', repeatHeader: true,
      columns: [{ head: 'No', w: 3 }, { head: 'ID Jabatan', w: 10 }, { head: 'Jabatan Lama', w: 25 }, { head: 'Perangkat Daerah', w: 27 }, { head: 'Jabatan Menjadi', w: 25 }],
      rows: vacant.map((p, i) => [[String(i + 1)], [p.id], [p.name], [p.opd], [p.newName]]),
    });
  return blocks;
}
