/** What every DOCX setara writes shares: the A4 page, table borders and fixed document properties (reproducible bytes). */
import { BorderStyle } from 'docx';
import type { Lang } from '../i18n/index.js';
import { escapeXml } from './orgchart.js';

/** A4 in twips (portrait numbers; docx swaps them for landscape). */
export const A4_W = 11906;
export const A4_H = 16838;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
export const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** docProps/core.xml with the given date as created and modified (docx would write the clock's time). */
export function coreXml(title: string, date: Date, lang: Lang): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>setara</dc:creator><cp:lastModifiedBy>setara</cp:lastModifiedBy>` +
    `<dc:language>${lang === 'id' ? 'id-ID' : 'en-GB'}</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
