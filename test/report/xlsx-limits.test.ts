/** An XLSX sheet holds 1,048,576 rows (header included): a report that needs more is refused in one line, not written. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { refuseLongSheet, XLSX_MAX_ROWS } from '../../src/report/xlsx.js';

describe('refuseLongSheet', () => {
  it('lets a sheet of exactly the limit through, header included', () => {
    expect(() => refuseLongSheet('Jabatan', XLSX_MAX_ROWS - 1)).not.toThrow();
  });

  it('refuses one row more, naming the sheet, the rows it needs and the way out', () => {
    let err: unknown;
    try {
      refuseLongSheet('Pegawai', XLSX_MAX_ROWS);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).text).toEqual({
      id: "lembar 'Pegawai' memerlukan 1048577 baris, lebih dari 1048576 yang dapat dimuat XLSX; pakai --split FOLDER (satu berkas per perangkat daerah) atau --opd",
      en: "sheet 'Pegawai' needs 1048577 rows, more than the 1048576 an XLSX sheet holds; use --split DIR (one file per department) or --opd",
    });
  });
});
