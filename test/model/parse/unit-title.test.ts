/** The unit a title heads, read as an analyst reads it; a JF title that begins like a head's title heads nothing. */
import { describe, expect, it } from 'vitest';
import { unitFromTitle } from '../../../src/model/parse/unit-title.js';

describe('unitFromTitle', () => {
  it.each([
    ['Kepala Seksi Pelayanan Kesehatan', 'Seksi Pelayanan Kesehatan'],
    ['Inspektur', 'Inspektorat'],
    ['Inspektur Kabupaten Sukamaju', 'Inspektorat Kabupaten Sukamaju'],
    ['Inspektur Pembantu Wilayah II', 'Inspektorat Pembantu Wilayah II'],
    ['Camat Sukamaju', 'Kecamatan Sukamaju'],
  ])('%s heads %s', (title, unit) => {
    expect(unitFromTitle(title)?.name).toBe(unit);
  });

  it.each(['Inspektur Tambang Ahli Muda', 'Inspektur Ketenagalistrikan', 'Inspektur Minyak dan Gas Bumi Ahli Pertama', 'Inspektur Mutu Hasil Perikanan', 'Pengolah Data', 'Kepala Sekolah'])(
    '%s heads no unit',
    (title) => {
      expect(unitFromTitle(title)).toBeNull();
    },
  );
});
