/**
 * Pins every timestamp in a zip file (DOCX, XLSX) to one date, so the same report is the same bytes.
 * Rewrites the DOS time/date of each central and local header in place, and the times of any extended-timestamp
 * extra field (0x5455). Nothing is recompressed.
 */

export function pinZipTimes(input: Uint8Array, date: Date): Buffer {
  const buf = Buffer.from(input);
  const dosTime = 0;
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const unix = Math.floor(date.getTime() / 1000);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0 && i >= buf.length - 22 - 65535; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(off) !== 0x02014b50) throw new Error('zip: bad central directory header');
    buf.writeUInt16LE(dosTime, off + 12);
    buf.writeUInt16LE(dosDate, off + 14);
    const nameLen = buf.readUInt16LE(off + 28);
    const extraLen = buf.readUInt16LE(off + 30);
    const commentLen = buf.readUInt16LE(off + 32);
    pinExtra(buf, off + 46 + nameLen, extraLen, unix);
    const lho = buf.readUInt32LE(off + 42);
    if (buf.readUInt32LE(lho) !== 0x04034b50) throw new Error('zip: bad local header');
    buf.writeUInt16LE(dosTime, lho + 10);
    buf.writeUInt16LE(dosDate, lho + 12);
    pinExtra(buf, lho + 30 + buf.readUInt16LE(lho + 26), buf.readUInt16LE(lho + 28), unix);
    off += 46 + nameLen + extraLen + commentLen;
  }
  return buf;
}

function pinExtra(buf: Buffer, start: number, len: number, unix: number): void {
  let p = start;
  const end = start + len;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x5455 && size >= 1) {
      const flags = buf.readUInt8(p + 4);
      let q = p + 5;
      for (let bit = 0; bit < 3; bit++) {
        if (flags & (1 << bit) && q + 4 <= p + 4 + size) {
          buf.writeUInt32LE(unix >>> 0, q);
          q += 4;
        }
      }
    }
    p += 4 + size;
  }
}
