/**
 * LibreOffice as the second reader of the documents setara writes: a file that LibreOffice converts to PDF, with the
 * pages and paper it should have, opens in an office suite. Each conversion runs with its own user profile
 * (parallel test files would otherwise share one and fail) and in its own process group, killed whole on timeout.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A cold LibreOffice start plus a 50-page document on a busy 2-vCPU machine. */
export const SOFFICE_TIMEOUT_MS = 180_000;

/** The `soffice` on PATH, or null. */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const p = join(dir, 'soffice');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** `file` converted to PDF by `soffice --headless --convert-to pdf`: the PDF's bytes. */
export async function convertToPdf(soffice: string, file: string): Promise<Buffer> {
  const work = mkdtempSync(join(tmpdir(), 'setara-soffice-'));
  const outDir = join(work, 'out');
  const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file];
  try {
    const { code, output } = await run(soffice, args);
    const pdf = join(outDir, `${basename(file).replace(/\.[^.]*$/, '')}.pdf`);
    // soffice may exit 0 without writing anything (a file it cannot read): the PDF itself is the proof.
    if (code !== 0 || !existsSync(pdf)) throw new Error(`soffice did not convert ${file} (exit ${code}): ${output.trim()}`);
    return readFileSync(pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // soffice is a script that starts soffice.bin: kill the whole group this call started, by its id.
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`soffice took longer than ${SOFFICE_TIMEOUT_MS / 1000} s: ${args.at(-1)}`));
    }, SOFFICE_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export interface PdfPage {
  /** Width and height in points (1/72 inch), from the page's /MediaBox or the nearest ancestor's. */
  width: number;
  height: number;
}

/**
 * The pages of a PDF, in object order: every `/Type /Page` object (not `/Pages`), each with its media box. Throws when
 * their number differs from the root page tree's /Count (pages in compressed object streams cannot be read this way),
 * so a count is never silently wrong.
 */
export function pdfPages(pdf: Uint8Array): PdfPage[] {
  // latin1 keeps every byte one character; stream contents are dropped so that binary data cannot look like a dict.
  const text = Buffer.from(pdf).toString('latin1').replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, '');
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]*?)\bendobj\b/g)) objects.set(m[1]!, m[2]!);
  const mediaBox = (body: string, depth = 0): number[] | null => {
    const own = /\/MediaBox\s*\[([^\]]*)\]/.exec(body);
    if (own) return own[1]!.trim().split(/\s+/).map(Number);
    const parent = /\/Parent\s+(\d+)\s+\d+\s+R/.exec(body);
    return parent && depth < 32 ? mediaBox(objects.get(parent[1]!) ?? '', depth + 1) : null;
  };
  const pages: PdfPage[] = [];
  let count: number | null = null;
  for (const body of objects.values()) {
    if (/\/Type\s*\/Pages\b/.test(body) && !/\/Parent\s/.test(body)) count = Number(/\/Count\s+(\d+)/.exec(body)?.[1]);
    if (!/\/Type\s*\/Page(?![A-Za-z])/.test(body)) continue;
    const box = mediaBox(body);
    if (!box || box.length !== 4 || box.some(Number.isNaN)) throw new Error('PDF: a page without a readable /MediaBox');
    pages.push({ width: Math.abs(box[2]! - box[0]!), height: Math.abs(box[3]! - box[1]!) });
  }
  if (count === null) throw new Error('PDF: no root page tree (/Type /Pages without /Parent)');
  if (count !== pages.length) throw new Error(`PDF: ${pages.length} page objects, but the page tree counts ${count}`);
  return pages;
}

/** A4 is 210 × 297 mm = 595.3 × 841.9 pt; LibreOffice rounds to whole points or keeps the fraction. */
export function paperOf(p: PdfPage): 'A4 landscape' | 'A4 portrait' | 'other' {
  const near = (a: number, b: number) => Math.abs(a - b) <= 2;
  if (near(p.width, 841.9) && near(p.height, 595.3)) return 'A4 landscape';
  if (near(p.width, 595.3) && near(p.height, 841.9)) return 'A4 portrait';
  return 'other';
}
