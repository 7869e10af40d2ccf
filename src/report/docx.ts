import type { RenderOptions, ReportModel } from './model.js';
export async function renderDocx(_m: ReportModel, _o: RenderOptions): Promise<Uint8Array> { return new Uint8Array(); }
