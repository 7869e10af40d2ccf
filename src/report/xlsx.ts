import type { RenderOptions, ReportModel } from './model.js';
export async function renderXlsx(_m: ReportModel, _o: RenderOptions): Promise<Uint8Array> { return new Uint8Array(); }
