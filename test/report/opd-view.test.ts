import { describe, expect, it } from 'vitest';
import { labels } from '../../src/report/labels.js';
import { opdViews } from '../../src/report/opd-view.js';
import { summaryView } from '../../src/report/summary.js';
import { changedPeopleRows } from '../../src/report/tables.js';
import { model } from './sample-model.js';

describe('OPD views', () => {
  it('lists the people whose post changes, with the new superior of those who only move', () => {
    const m = model();
    const v = opdViews(m, 'id').find((x) => x.opd === 'Dinas A')!;
    expect(v.people.map((p) => [p.nip, p.pangkat, p.oldNew, p.notes])).toEqual([
      ['2', 'Penata, III/c', 'Kepala Seksi Y → Perencana Ahli Muda', 'disetarakan; penghasilan tidak boleh berkurang'],
      ['3', 'Penata, III/c', 'Pengadministrasi Umum', 'pindah atasan → Kepala Bidang X'],
    ]);
    expect(changedPeopleRows(m.people, labels('en')).map((p) => p.change)).toEqual(['equalised', 'new superior']);
  });

  it('lists a person who is not equalised apart, with the reason, and never among the people of the lampiran', () => {
    const m = model();
    const v = opdViews(m, 'id').find((x) => x.opd === 'Dinas A')!;
    expect(v.people.map((p) => p.nip)).not.toContain('4');
    expect(v.notEqualised).toEqual([
      { no: 1, nip: '4', name: 'Nama', pangkat: 'Pengatur, II/c', oldPost: 'Jabatan A.1.2', postBecomes: 'Jabatan A.1.2', reason: 'pendidikan SMA di bawah S-1/D-IV: pegawai tidak disetarakan' },
    ]);
    expect(opdViews(m, 'id').find((x) => x.opd === 'Badan B')!.notEqualised).toEqual([]);
    expect(summaryView(m, 'id').total.peopleNotEqualised).toBe(1);
  });
});
