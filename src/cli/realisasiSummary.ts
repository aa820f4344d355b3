/** `rapk realisasi` and `rapk summary`: the Realisasi sheet and Ringkasan TW over .xlsx files. */
import type { Command, Option } from 'commander';
import { type Lang, isLang } from '../core/locales';
import type { Tw } from '../core/measure/formulas';
import { TW_ROMAN } from '../core/measure/formulas';
import { summaryJson } from '../core/measure/summary';
import { realisasiForWorkbook, summaryForWorkbook } from '../core/workbook';
import { CLI_STRINGS } from '../core/locales/cli';
import { RAPK_CHOSEN } from '../core/locales/rapkChosen';
import { helpText } from '../core/locales/cliHelp';
import { RINGKASAN_TEXT } from '../core/locales/ringkasan';
import { CliError, checkOutputPath, type Io, problemText } from './common';
import { loadWorkbookFile, sheetToGrid } from './xlsx';
import { writeCopy } from './copy';

export async function runRealisasi(file: string, out: string, opts: { sheet?: string; lang: Lang }, io: Io): Promise<number> {
  await checkOutputPath(file, out, opts.lang);
  const { wb, bytes } = await loadWorkbookFile(file);
  const names = wb.worksheets.map((w) => w.name);
  const grids = wb.worksheets.map(sheetToGrid);
  const r = realisasiForWorkbook(grids, opts);
  if ('problem' in r) throw new CliError(problemText(r.problem, opts.lang));
  // a sheet of that name the reader does not take for a Realisasi table is the planner's
  const taken = names.find((n) => n.trim().toLowerCase() === r.plan.name.toLowerCase());
  if (!r.refresh && taken) throw new CliError(CLI_STRINGS[opts.lang].sheetTaken(taken));
  await writeCopy(bytes, out, opts.lang, (w) => {
    if (r.refresh) {
      // in place: only the add-in's cells change; the planner's columns, formulas and notes stay
      w.applyCells(r.refresh.sheet, r.refresh.cells);
      w.addValidations(r.refresh.sheet, r.refresh.validations);
    } else w.writePlan(r.plan, { position: names.indexOf(r.model.sheet) + 1 });
  });
  io.out(CLI_STRINGS[opts.lang].writtenSheet(out, r.plan.name));
  if (r.upToDate) io.out(CLI_STRINGS[opts.lang].realisasiUpToDate(r.plan.name));
  if (r.rapkChosen) io.err(`rapk: ${RAPK_CHOSEN[opts.lang](r.rapkChosen)}`);
  if (r.refresh?.addedColumns.length) io.out(CLI_STRINGS[opts.lang].addedColumns(r.refresh.addedColumns));
  sayRapkErrors(r.rapkErrors.length, r.model.sheet, opts.lang, io);
  return 0;
}

export async function runSummary(
  file: string,
  tw: Tw,
  opts: { sheet?: string; lang: Lang; out?: string; json?: boolean },
  io: Io,
): Promise<number> {
  if (opts.out) await checkOutputPath(file, opts.out, opts.lang);
  const { wb, bytes } = await loadWorkbookFile(file);
  const names = wb.worksheets.map((w) => w.name);
  const grids = wb.worksheets.map(sheetToGrid);
  // today's date beside the place of the signature block, unless the settings sheet gives one
  const r = summaryForWorkbook(grids, tw, { ...opts, date: new Date() });
  if ('problem' in r) throw new CliError(problemText(r.problem, opts.lang));
  if (opts.out) {
    const out = opts.out;
    await writeCopy(bytes, out, opts.lang, (w) => {
      // the add-in's own Ringkasan sheet is replaced; a new one goes after the Realisasi sheet
      const axisTitles = RINGKASAN_TEXT[opts.lang].chartAxes;
      if (names.includes(r.plan.name)) w.writePlan(r.plan, { replace: r.plan.name, axisTitles });
      else w.writePlan(r.plan, { position: names.indexOf(r.realisasi.name) + 1, axisTitles });
    });
    if (!opts.json) io.out(CLI_STRINGS[opts.lang].writtenSheet(out, r.plan.name));
    if (!opts.json && r.replaced) io.out(CLI_STRINGS[opts.lang].ringkasanReplaced(r.kept));
  }
  if (opts.json || !opts.out) io.out(JSON.stringify(summaryJson(r.summary), null, 2));
  // what the numbers rest on, on stderr so the JSON on stdout stays clean
  const s = CLI_STRINGS[opts.lang];
  if (r.rapkChosen) io.err(`rapk: ${RAPK_CHOSEN[opts.lang](r.rapkChosen)}`);
  const ind = r.summary.indikator;
  if (ind.length && ind.every((i) => i.realisasi === null)) io.err(`rapk: ${s.nothingTyped(s.quarter(tw))}`);
  const text = ind.filter((i) => i.why === 'notNumber').map((i) => i.kode);
  if (text.length) io.err(`rapk: ${s.notNumber(text.join(', '))}`);
  const over = ind.filter((i) => i.over100).map((i) => i.kode);
  if (over.length) io.err(`rapk: ${s.over100(over.join(', '))}`);
  sayRapkErrors(r.rapkErrors.length, r.rapkSheet, opts.lang, io);
  return 0;
}

function sayRapkErrors(n: number, sheet: string, lang: Lang, io: Io): void {
  if (n > 0) io.err(`rapk: ${CLI_STRINGS[lang].rapkErrors(n, sheet)}`);
}

/** `--tw 2`, `--tw II`, `--tw ii`, `--tw "TW II"`, `--tw Q2` → 2; anything else → null. */
export function parseTw(v: string): Tw | null {
  const t = v
    .trim()
    .toUpperCase()
    .replace(/^(TW|Q)\s*/, '');
  const n = /^[1-4]$/.test(t) ? Number(t) : (TW_ROMAN as readonly string[]).indexOf(t) + 1;
  return n >= 1 && n <= 4 ? (n as Tw) : null;
}

export function registerRealisasiSummaryCommands(program: Command, io: Io, setCode: (n: number) => void, langOption: () => Option): void {
  program
    .command('realisasi')
    .description(helpText('realisasi'))
    .argument('<file>', helpText('file'))
    .option('-o, --output <file>', helpText('output'))
    .option('--sheet <name>', helpText('rapkSheet'))
    .addOption(langOption())
    .action(async (file: string, o: { output?: string; sheet?: string; lang?: string }) => {
      const opts: { sheet?: string; lang: Lang } = { lang: isLang(o.lang) ? o.lang : 'id' };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      if (!o.output) throw new CliError(CLI_STRINGS[opts.lang].needOutput('realisasi', true));
      setCode(await runRealisasi(file, o.output, opts, io));
    });

  program
    .command('summary')
    .description(helpText('ringkasan'))
    .argument('<file>', helpText('file'))
    .requiredOption('--tw <n>', helpText('ringkasanTw'))
    .option('-o, --output <file>', helpText('ringkasanOutput'))
    .option('--json', helpText('printJson'))
    .option('--sheet <name>', helpText('rapkSheet'))
    .addOption(langOption())
    .action(async (file: string, o: { tw: string; output?: string; json?: boolean; sheet?: string; lang?: string }) => {
      const lang: Lang = isLang(o.lang) ? o.lang : 'id';
      const tw = parseTw(o.tw);
      if (tw === null) throw new CliError(CLI_STRINGS[lang].badTw);
      const opts: { sheet?: string; lang: Lang; out?: string; json?: boolean } = { lang };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      if (o.output !== undefined) opts.out = o.output;
      if (o.json) opts.json = true;
      setCode(await runSummary(file, tw, opts, io));
    });
}
