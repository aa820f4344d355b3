/** `rapk realisasi` and `rapk summary`: the Realisasi sheet and Ringkasan TW over .xlsx files. */
import type { Command, Option } from 'commander';
import { type Lang, isLang } from '../core/locales';
import type { Tw } from '../core/measure';
import { summaryJson } from '../core/summary';
import { type WorkbookProblem, realisasiForWorkbook, summaryForWorkbook } from '../core/workbook';
import { CLI_STRINGS } from './strings';
import { CliError, checkOutputPath, type Io } from './common';
import { loadWorkbook, sheetToGrid } from './xlsx';
import { saveWorkbook, writeSheetPlan } from './write';

function problemText(p: WorkbookProblem, lang: Lang): string {
  const s = CLI_STRINGS[lang];
  if (p.kind === 'noRapk') return s.noRapk;
  if (p.kind === 'noRealisasi') return s.noRealisasi;
  if (p.kind === 'ambiguousRapk') return s.ambiguousRapk(p.names);
  return s.sheetNotFound(p.sheet, p.names);
}

export async function runRealisasi(file: string, out: string, opts: { sheet?: string; lang: Lang }, io: Io): Promise<number> {
  await checkOutputPath(file, out, opts.lang);
  const wb = await loadWorkbook(file);
  const r = realisasiForWorkbook(wb.worksheets.map(sheetToGrid), opts);
  if ('problem' in r) throw new CliError(problemText(r.problem, opts.lang));
  writeSheetPlan(wb, r.plan, r.existing?.name);
  await saveWorkbook(wb, out);
  io.out(opts.lang === 'id' ? `Ditulis: ${out} (sheet "${r.plan.name}")` : `Written: ${out} (sheet "${r.plan.name}")`);
  return 0;
}

export async function runSummary(
  file: string,
  tw: Tw,
  opts: { sheet?: string; lang: Lang; out?: string; json?: boolean },
  io: Io,
): Promise<number> {
  if (opts.out) await checkOutputPath(file, opts.out, opts.lang);
  const wb = await loadWorkbook(file);
  const r = summaryForWorkbook(wb.worksheets.map(sheetToGrid), tw, opts);
  if ('problem' in r) throw new CliError(problemText(r.problem, opts.lang));
  if (opts.out) {
    writeSheetPlan(wb, r.plan);
    await saveWorkbook(wb, opts.out);
    if (!opts.json)
      io.out(opts.lang === 'id' ? `Ditulis: ${opts.out} (sheet "${r.plan.name}")` : `Written: ${opts.out} (sheet "${r.plan.name}")`);
  }
  if (opts.json || !opts.out) io.out(JSON.stringify(summaryJson(r.summary), null, 2));
  return 0;
}

export function registerCore2Commands(program: Command, io: Io, setCode: (n: number) => void, langOption: () => Option): void {
  program
    .command('realisasi')
    .description('buat/perbarui sheet Realisasi di salinan / add or refresh the Realisasi sheet in a copy')
    .argument('<file>', 'berkas .xlsx')
    .requiredOption('-o, --output <file>', 'berkas keluaran / output file')
    .option('--sheet <name>', 'sheet RAPK / the RAPK sheet')
    .addOption(langOption())
    .action(async (file: string, o: { output: string; sheet?: string; lang?: string }) => {
      const opts: { sheet?: string; lang: Lang } = { lang: isLang(o.lang) ? o.lang : 'id' };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      setCode(await runRealisasi(file, o.output, opts, io));
    });

  program
    .command('summary')
    .description('hitung Ringkasan TW (JSON, atau sheet di salinan dengan -o) / compute the quarterly summary')
    .argument('<file>', 'berkas .xlsx')
    .requiredOption('--tw <n>', 'triwulan 1-4 / quarter 1-4')
    .option('-o, --output <file>', 'tulis sheet Ringkasan ke salinan / write the summary sheet into a copy')
    .option('--json', 'cetak JSON / print JSON')
    .option('--sheet <name>', 'sheet RAPK / the RAPK sheet')
    .addOption(langOption())
    .action(async (file: string, o: { tw: string; output?: string; json?: boolean; sheet?: string; lang?: string }) => {
      const lang: Lang = isLang(o.lang) ? o.lang : 'id';
      const tw = Number(o.tw);
      if (![1, 2, 3, 4].includes(tw) || String(tw) !== o.tw.trim()) throw new CliError(CLI_STRINGS[lang].badTw);
      const opts: { sheet?: string; lang: Lang; out?: string; json?: boolean } = { lang };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      if (o.output !== undefined) opts.out = o.output;
      if (o.json) opts.json = true;
      setCode(await runSummary(file, tw as Tw, opts, io));
    });
}
