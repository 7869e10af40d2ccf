/** The CLI: commander wiring, one exit policy, errors as one line (stack only with --debug). */
import { Argument, Command, CommanderError, Option } from 'commander';
import { oneLine, SetaraError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { pendingTemps, pendingWork, tempEvents } from '../io/write.js';
import { unlinkSync } from 'node:fs';
import type { MainIO } from './context.js';
import { boundHeapGrowth } from './heap.js';
import { EXIT_ERROR } from './exit.js';
import { choice, parseFailOn, parseFormat, parseHeaderRow, parseIsoDate, parseLang, parsePostCount, parseRate, preScanLang, today } from './options.js';
import { TOOL_VERSION } from './output.js';
import { DIFF_FORMATS } from '../report/diff/names.js';

export type { MainIO } from './context.js';

export async function main(io: MainIO): Promise<number> {
  const lang: Lang = preScanLang(io.argv, io.env);
  boundHeapGrowth(process.execArgv);
  const debug = io.argv.includes('--debug');
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  for (const stream of [io.stdout, io.stderr]) stream.on?.('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  // SIGINT/SIGTERM while outputs are being written: remove the temp files and undo an output set in progress, then
  // say what is left. Installed only once a temp file exists, so an interrupt before that stops the process at once.
  const onSignal = (signal: NodeJS.Signals) => {
    removePendingTemps();
    const left = [...pendingWork].map((w) => w.interrupt()[lang]);
    pendingWork.clear();
    const said = left.length ? left.join('; ') : lang === 'id' ? 'berkas sementara dihapus, tidak ada berkas yang ditulis sebagian' : 'temporary files removed, no partial file was left';
    io.stderr.write(`setara: ${lang === 'id' ? 'dihentikan' : 'interrupted'} (${signal}); ${said}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  let armed = false;
  tempEvents.onCreate = () => {
    if (armed) return;
    armed = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  };
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error, said in the user's language.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      io.stderr.write(`setara: ${usageMessage(e, lang)}${tookTheTable(e, io.argv, lang)}\n`);
      return EXIT_ERROR;
    }
    if (e instanceof SetaraError) {
      io.stderr.write(`setara: ${oneLine(e, lang)}\n`);
      if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`setara: ${lang === 'id' ? 'galat internal' : 'internal error'}: ${String(err?.message ?? e).split('\n')[0]}${debug ? '' : lang === 'id' ? ' (jalankan dengan --debug untuk rincian)' : ' (run with --debug for details)'}\n`);
    if (debug && err?.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT_ERROR;
  } finally {
    removePendingTemps();
    tempEvents.onCreate = null;
    if (armed) {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  }
}

const USAGE_ID: Record<string, (what: string) => string> = {
  'commander.unknownOption': (w) => `opsi tidak dikenal ${w}`,
  'commander.unknownCommand': (w) => `perintah tidak dikenal ${w} (lihat setara --help)`,
  'commander.missingArgument': (w) => `argumen wajib ${w} tidak diberikan`,
  'commander.optionMissingArgument': (w) => `opsi ${w} memerlukan nilai`,
  'commander.missingMandatoryOptionValue': (w) => `opsi wajib ${w} tidak diberikan`,
  'commander.invalidArgument': (w) => `nilai tidak sah: ${w}`,
  'commander.excessArguments': () => 'argumen terlalu banyak',
};

/** Commander's message in English, or its Indonesian counterpart built from the quoted part it names. */
function usageMessage(e: CommanderError, lang: Lang): string {
  const english = e.message.replace(/^error:\s*/, '').split('\n')[0]!;
  const id = USAGE_ID[e.code];
  if (lang === 'en' || !id) return english;
  const quoted = english.match(/'[^']*'/g)?.join(' ') ?? '';
  const detail = e.code === 'commander.invalidArgument'
    ? english.replace(/^.*?\.\s*/, '').replace('expected one of:', 'pilihan:').replace('expected a date', 'harus tanggal')
    : '';
  return `${id(quoted)}${detail ? ` (${detail})` : ''}`;
}

/**
 * `inspect --write-config posts.csv` gives posts.csv to the option (its value is optional) and leaves no file: the
 * missing argument is the table the option took.
 */
function tookTheTable(e: CommanderError, argv: readonly string[], lang: Lang): string {
  if (e.code !== 'commander.missingArgument') return '';
  const at = argv.indexOf('--write-config');
  const value = at >= 0 ? argv[at + 1] : undefined;
  if (value === undefined || !/\.(?:csv|tsv|txt|xlsx)$/i.test(value)) return '';
  return lang === 'id'
    ? ` (--write-config mengambil '${value}' sebagai berkas konfigurasinya; tulis tabelnya dulu: setara inspect ${value} --write-config)`
    : ` (--write-config took '${value}' as its config file; put the table first: setara inspect ${value} --write-config)`;
}

function removePendingTemps(): void {
  for (const tmp of pendingTemps) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

/** Each command's module is imported when that command runs: `validate` loads none of migrate, report or generate. */
function buildProgram(io: MainIO, setExit: (code: number) => void): Command {
  const program = new Command('setara');
  program
    .description('Penyetaraan jabatan dan sistem kerja (PermenPANRB 7/2022, 17/2021, 25/2021)')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // main() prints commander's errors itself, localised and on one line.
      outputError: () => undefined,
    })
    .showHelpAfterError(false)
    .option('--debug', 'tampilkan stack trace pada galat / show stack traces on errors');

  // How a table is read: every command that reads one takes these.
  const readOptions = (cmd: Command) =>
    cmd
      .option('--config <file>', 'setara.config.yaml (default: in the working directory)')
      .option('--delimiter <char>', 'pemisah CSV / CSV delimiter: , ; tab |')
      .option('--encoding <name>', 'utf-8 | utf-16le | utf-16be | windows-1252')
      .option('--sheet <name|index>', 'lembar XLSX / XLSX sheet')
      .option('--header-row <n>', 'baris judul kolom (default: dicari di baris awal) / header row (default: searched in the first rows)', parseHeaderRow);
  const inputOptions = (cmd: Command) =>
    readOptions(
      cmd
        .option('--people <file>', 'tabel pegawai (CSV/XLSX) / people table')
        .option('--teams <file>', 'tabel tim kerja (CSV/XLSX) / teams table')
        .option('--ruleset <name|path>', 'kabupaten-kota | provinsi | pusat | PATH'),
    )
      .option('--as-of <date>', 'tanggal acuan usia / reference date for ages (YYYY-MM-DD)', parseIsoDate, today())
      .addOption(new Option('--lang <lang>', 'bahasa / language: id | en').argParser(parseLang).default('id'))
      .option('--verbose', 'dialek dan pemetaan kolom ke stderr / print dialect and column mapping to stderr')
      .option('--color', 'paksa warna / force colour')
      .option('--no-color', 'tanpa warna / no colour');

  inputOptions(
    program
      .command('validate')
      .description('periksa tabel struktur / check structure tables')
      .argument('<posts>', 'tabel jabatan (CSV/XLSX) / posts table')
      .addOption(new Option('--format <format>', 'stylish | json | sarif | junit | github | markdown').argParser(parseFormat).default('stylish'))
      .option('--output <file>', 'tulis laporan ke berkas / write the report to a file')
      .option('--force', 'timpa berkas keluaran (laporan, baseline) / overwrite the output files (report, baseline)')
      .addOption(new Option('--fail-on <severity>', 'error | warning | info').argParser(parseFailOn).default('error'))
      .option('--baseline <file>', 'laporkan hanya temuan yang tidak ada di baseline / report only findings not in the baseline')
      .option('--write-baseline <file>', 'catat temuan kali ini sebagai baseline / record this run\'s findings as a baseline')
      .option('--suppressions <file>', 'berkas pengecualian temuan (YAML, dengan alasan) / suppressions file (YAML, with reasons)')
      .addOption(new Option('--stage <stage>', 'before | after: data sebelum atau sesudah penyetaraan / before or after equalisation').argParser(choice(['before', 'after'] as const)).default('before')),
  ).action(async (posts: string, opts) => setExit(await (await import('./commands/validate.js')).validateCommand(posts, opts, io)));

  inputOptions(
    program
      .command('migrate')
      .description('penyetaraan: keputusan, struktur baru, pemetaan / equalise: decisions, new structure, mapping')
      .argument('<posts>', 'tabel jabatan (CSV/XLSX) / posts table')
      .option('--decisions <file>', 'keputusan analis / analyst decisions (post_id,decision,jf,jenjang,note)')
      .option('--out <dir>', 'folder keluaran / output directory')
      .option('--dry-run', 'tanpa menulis berkas / write nothing, print the summary')
      .option('--force', 'timpa keluaran yang ada / overwrite existing outputs')
      .addOption(new Option('--fail-on <severity>', 'error | warning | info').argParser(parseFailOn).default('error'))
      .option('--suppressions <file>', 'berkas pengecualian temuan (YAML, dengan alasan) / suppressions file (YAML, with reasons)'),
  ).action(async (posts: string, opts) => setExit(await (await import('./commands/migrate.js')).migrateCommand(posts, opts, io)));

  inputOptions(
    program
      .command('explain')
      .description('jejak aturan untuk satu jabatan / rule trace for one post')
      .argument('<posts>', 'tabel jabatan / posts table')
      .argument('<post-id>', 'ID jabatan / post id')
      .option('--decisions <file>', 'keputusan analis / analyst decisions')
      .addOption(new Option('--format <format>', 'text | json').default('text')),
  ).action(async (posts: string, postId: string, opts) => setExit(await (await import('./commands/explain.js')).explainCommand(posts, postId, opts, io)));

  readOptions(
    program
      .command('diff')
      .description('perubahan antara dua versi tabel / changes between two versions of the tables')
      .argument('<old>', 'tabel jabatan versi lama / old posts table')
      .argument('<new>', 'tabel jabatan versi baru / new posts table')
      .option('--people-old <file>', 'tabel pegawai versi lama / old people table')
      .option('--people-new <file>', 'tabel pegawai versi baru / new people table')
      .option('--teams-old <file>', 'tabel tim kerja versi lama / old teams table')
      .option('--teams-new <file>', 'tabel tim kerja versi baru / new teams table')
      .addOption(new Option('--format <format>', 'stylish | json | markdown | github | html').argParser(choice(DIFF_FORMATS)).default('stylish'))
      .option('--output <file>', 'tulis ke berkas / write to a file')
      .option('--force', 'timpa berkas keluaran / overwrite the output file')
      .option('--fail-on-change', 'keluar dengan kode 1 bila ada perubahan / exit 1 when there are changes')
      .option('--ruleset <name|path>', 'kabupaten-kota | provinsi | pusat | PATH'),
  )
    .addOption(new Option('--lang <lang>', 'bahasa / language: id | en').argParser(parseLang).default('id'))
    .option('--verbose', 'dialek dan pemetaan kolom ke stderr / print dialect and column mapping to stderr')
    .option('--color', 'paksa warna / force colour')
    .option('--no-color', 'tanpa warna / no colour')
    .action(async (oldPosts: string, newPosts: string, opts) => setExit(await (await import('./commands/diff.js')).diffCommand(oldPosts, newPosts, opts, io)));

  readOptions(
    program
      .command('inspect')
      .description('apa yang dibaca setara dari berkas, tanpa pemeriksaan / what setara reads from a file, without checks')
      .argument('<file>', 'tabel (CSV/XLSX) / table')
      .addOption(new Option('--table <kind>', 'posts | people | teams (default: ditebak dari kolom / guessed from the columns)').argParser(choice(['posts', 'people', 'teams'] as const)))
      .option('--write-config [path]', 'tulis setara.config.yaml awal dengan pemetaan ini / write a starter config with this mapping')
      .option('--force', 'timpa konfigurasi yang ada / overwrite an existing config')
      .addOption(new Option('--format <format>', 'text | json').argParser(choice(['text', 'json'] as const)).default('text')),
  )
    .addOption(new Option('--lang <lang>', 'bahasa / language: id | en').argParser(parseLang).default('id'))
    .action(async (file: string, opts) => setExit(await (await import('./commands/inspect.js')).inspectCommand(file, opts, io)));

  program
    .command('generate')
    .description('data sintetis berskala nasional untuk uji skala / synthetic national-size dataset for scale tests')
    .requiredOption('--posts <n>', 'jumlah jabatan / number of posts', parsePostCount)
    .option('--seed <seed>', 'benih acak / random seed (same seed, same files)', '1')
    .option('--out <dir>', 'folder keluaran / output directory')
    .option('--force', 'timpa keluaran yang ada / overwrite existing outputs')
    .option('--defect-rate <share>', 'cacat disengaja per jenis / deliberate defects per kind (default 0.0001)', parseRate)
    .addOption(new Option('--lang <lang>', 'bahasa / language: id | en').argParser(parseLang).default('id'))
    .action(async (opts) => setExit(await (await import('./commands/generate.js')).generateCommand(opts, io)));

  program
    .command('report')
    .description('laporan penyetaraan: ringkasan, lampiran, bagan / equalisation report: summary, annex tables, charts')
    .argument('<dir>', 'folder keluaran migrate / migrate output directory')
    .addOption(new Option('--format <format>', 'html | md | docx | xlsx (default: the --output extension, else html)').choices(['html', 'md', 'docx', 'xlsx']))
    .option('--output <file>', 'tulis ke berkas (wajib untuk docx/xlsx) / write to a file (required for docx/xlsx)')
    .option('--opd <name>', 'satu perangkat daerah: nama, kode atau potongan nama / one department: name, code or part of the name')
    .option('--split <dir>', 'satu berkas per perangkat daerah ke folder (HTML: dengan index.html) / one file per department into a folder (HTML: with index.html)')
    .option('--force', 'timpa berkas keluaran / overwrite the output file')
    .addOption(new Option('--lang <lang>', 'bahasa / language: id | en').argParser(parseLang).default('id'))
    .action(async (dir: string, opts) => setExit(await (await import('./commands/report.js')).reportCommand(dir, opts, io)));

  program
    .command('draft')
    .description('draf naskah dari folder migrate: Perbup sistem kerja, Keputusan penyetaraan, MPH / legal drafts from a migrate output')
    .addArgument(new Argument('<kind>', 'perbup | keputusan | mph').choices(['perbup', 'keputusan', 'mph']))
    .argument('<dir>', 'folder keluaran migrate / migrate output directory')
    .requiredOption('--output <file>', 'berkas draf: .docx atau .md (perbup, keputusan), .xlsx (mph) / draft file')
    .option('--region <file>', 'region.yaml: daerah, kepala daerah, dasar hukum daerah / the region file')
    .option('--force', 'timpa berkas keluaran / overwrite the output files')
    .addOption(new Option('--lang <lang>', 'bahasa pesan; naskah selalu berbahasa Indonesia / message language; drafts are always Indonesian').argParser(parseLang).default('id'))
    .action(async (kind: 'perbup' | 'keputusan' | 'mph', dir: string, opts) => setExit(await (await import('./commands/draft.js')).draftCommand(kind, dir, opts, io)));

  const rules = program.command('rules').description('aturan / rules');
  const rulesetOptions = (cmd: Command) =>
    cmd
      .option('--ruleset <name|path>', 'kabupaten-kota | provinsi | pusat | PATH')
      .addOption(new Option('--lang <lang>', 'id | en').argParser(parseLang).default('id'));
  rulesetOptions(
    rules.command('list').description('daftar aturan / list rules')
      .addOption(new Option('--format <format>', 'text | json | markdown').choices(['text', 'json', 'markdown']).default('text'))
      .option('--all', 'semua ruleset bawaan, tiap aturan sekali (markdown) / every shipped ruleset, each rule once (markdown)'),
  )
    .action(async (opts) => setExit(await (await import('./commands/rules.js')).rulesListCommand(opts, io)));
  rulesetOptions(rules.command('show').description('rincian aturan / show a rule').argument('<id>'))
    .action(async (id: string, opts) => setExit(await (await import('./commands/rules.js')).rulesShowCommand(id, opts, io)));
  rulesetOptions(rules.command('check').description('periksa berkas aturan / check a rule file').argument('<file>'))
    .action(async (file: string, opts) => setExit(await (await import('./commands/rules.js')).rulesCheckCommand(file, opts, io)));
  return program;
}
