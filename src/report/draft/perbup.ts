/**
 * The Perbup (Perwal, Pergub by region type) on the work system as a LegalDoc, framed per UU 12/2011 Lampiran II:
 * judul, pembukaan (Menimbang, Mengingat, diktum), batang tubuh, penutup with the signature and promulgation blocks,
 * and the four lampiran built from the migration (tables after [S12]; MPH per [P12][P14]). Region values go in place;
 * what the region file leaves out is a placeholder; text on an unconfirmed basis is marked for the drafter.
 */
import type { ReportModel } from '../model.js';
import { lineText, type Block, type LegalDoc, type Line } from './legal-doc.js';
import { batangTubuh } from './perbup-body.js';
import { loadPerbupCitations, mengingat, regulationName } from './perbup-citations.js';
import { kedudukanSections, lampiran, teamSections, type KedudukanSection, type TeamSection } from './perbup-lampiran.js';
import { numberLine, perbupContext, plainList, type PerbupContext } from './perbup-text.js';
import { regionRun, signingOffice, type Region } from './region.js';

/** The numbers the body states, each equal to the rows of its lampiran: OPD in Lampiran I, teams in Lampiran II. */
export interface PerbupCounts {
  opds: number;
  teams: number;
}

export function perbupCounts(model: ReportModel): PerbupCounts {
  return countsOf(kedudukanSections(model), teamSections(model));
}

function countsOf(kedudukan: readonly KedudukanSection[], teams: readonly TeamSection[]): PerbupCounts {
  return { opds: kedudukan.length, teams: teams.reduce((n, s) => n + s.teams.length, 0) };
}

export function buildPerbup(model: ReportModel, region: Region): LegalDoc {
  const ctx = perbupContext(region);
  const { w, reg, NAME, PLACE, TITLE } = ctx;
  const kedudukan = kedudukanSections(model);
  const teams = teamSections(model);
  const body = batangTubuh(ctx, countsOf(kedudukan, teams));
  const blocks: Block[] = [
    { kind: 'heading', lines: [[`${w.HEAD} `, PLACE], ...provinceLine(region)], bold: true },
    { kind: 'heading', lines: [[`${reg.toUpperCase()} `, PLACE], numberLine(ctx), ['TENTANG'], TITLE], bold: true },
    { kind: 'heading', lines: [['DENGAN RAHMAT TUHAN YANG MAHA ESA']], bold: true },
    { kind: 'heading', lines: [[`${w.HEAD} `, PLACE, ',']], bold: true },
    { kind: 'considerans', label: 'Menimbang', list: plainList('alpha', menimbang(ctx)) },
    { kind: 'considerans', label: 'Mengingat', list: plainList('num', mengingat(ctx, loadPerbupCitations())) },
    { kind: 'heading', lines: [['MEMUTUSKAN:']] },
    { kind: 'diktum', label: 'Menetapkan', text: [`${reg.toUpperCase()} TENTANG `, ...TITLE, '.'] },
    ...body.blocks,
    // The order to promulgate [P19]; the Sekda promulgates in the Berita Daerah [P22][P23].
    { kind: 'para', text: [`Agar setiap orang mengetahuinya, memerintahkan pengundangan ${reg} ini dengan penempatannya dalam Berita Daerah `, ctx.name, '.'], align: 'justify' },
    {
      kind: 'signature',
      place: [regionRun(region, 'place')], date: [regionRun(region, 'perbup.enacted')],
      office: signingOffice(region), name: [regionRun(region, 'head.name', { upper: true })],
    },
    {
      kind: 'signature', promulgation: true,
      place: [regionRun(region, 'place')], date: [regionRun(region, 'perbup.promulgated')],
      office: ['SEKRETARIS DAERAH ', NAME], name: [regionRun(region, 'sekda.name', { upper: true })],
    },
    {
      kind: 'para', bold: true,
      text: ['BERITA DAERAH ', NAME, ' TAHUN ', regionRun(region, 'perbup.year'), ' NOMOR ', regionRun(region, 'perbup.berita_daerah_number')],
    },
    ...lampiran(ctx, model, kedudukan, teams, body.refs),
  ];
  return { title: lineText([`${reg} `, ctx.place, ' tentang ', ...ctx.title]), blocks };
}

/** "PROVINSI …" under the head's line, for a kabupaten or kota. */
function provinceLine(region: Region): Line[] {
  if (region.type === 'provinsi') return [];
  const p = region.province?.trim().replace(/^provinsi\s+/i, '');
  return [['PROVINSI ', p ? p.toUpperCase() : regionRun(region, 'province')]];
}

/**
 * The considerations: the three stages (PermenPANRB 7/2022 preamble [S4]), the region having done the first two, the
 * order of its Pasal 25 [S5][P3], and the closing formula naming every point before it [P10].
 */
function menimbang(ctx: PerbupContext): Line[] {
  const permen = loadPerbupCitations().get('permenpanrb-7-2022')!;
  const points: Line[] = [
    ['bahwa penyederhanaan birokrasi pada instansi pemerintah dilaksanakan melalui penyederhanaan struktur organisasi, penyetaraan jabatan administrasi ke dalam jabatan fungsional, dan penyesuaian sistem kerja'],
    ['bahwa Pemerintah ', ctx.name, ' telah melaksanakan penyederhanaan struktur organisasi dan penyetaraan jabatan, sehingga perlu dilakukan penyesuaian sistem kerja agar proses kerja efektif dan efisien serta tujuan, strategi, dan kinerja organisasi tercapai'],
    ['bahwa sesuai dengan ketentuan Pasal 25 ', ...regulationName(permen), ', setiap instansi pemerintah melakukan pengaturan penyesuaian sistem kerja berdasarkan Peraturan Menteri tersebut'],
  ];
  const letters = points.map((_, i) => `huruf ${String.fromCharCode(97 + i)}`);
  const named = letters.length === 1 ? letters[0] : `${letters.slice(0, -1).join(', ')}${letters.length > 2 ? ',' : ''} dan ${letters[letters.length - 1]}`;
  return [...points, [`bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam ${named} perlu menetapkan ${ctx.reg} tentang `, ...ctx.title]];
}
