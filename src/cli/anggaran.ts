/**
 * `rapk anggaran RAPK.xlsx EXPORT.xlsx --tw N [-o OUT.xlsx] [--json] [--bagi kontribusi|pertama]`
 * (issue 24): budget realisation from SAKTI's report, by code, into the Realisasi sheet.
 * Exit 0 when no error finding, 1 when there are (the report is of another year or quarter:
 * nothing written), 2 when a file cannot be used or the report is not recognized.
 */
import * as path from 'path';
import type { Command, Option } from 'commander';
import { findingJson } from '../core/json';
import { a1 } from '../core/grid/grid';
import { type Lang, isLang } from '../core/locales';
import { CLI_STRINGS } from '../core/locales/cli';
import { helpText } from '../core/locales/cliHelp';
import { SAKTI_TEXT } from '../core/locales/sakti';
import type { Tw } from '../core/measure/formulas';
import { hasErrors } from '../core/rules/findings';
import { type ColumnMapping, parseMapping } from '../core/sakti/mapped';
import { SPLIT_RULES, type SplitRule, saktiJson } from '../core/sakti/match';
import { IMPORT_MARK, planAnggaranImport } from '../core/sakti/write';
import { saktiForWorkbooks } from '../core/sakti/workbook';
import { CliError, checkOutputPath, findingLine, type Io } from './common';
import { writeCopy } from './copy';
import { parseTw } from './realisasiSummary';
import { loadWorkbookFile, sheetToGrid } from './xlsx';

export async function runAnggaran(
  rapkFile: string,
  exportFile: string,
  tw: Tw,
  opts: { lang: Lang; out?: string; json?: boolean; split: SplitRule; sheet?: string; mapping?: ColumnMapping },
  io: Io,
): Promise<number> {
  const T = SAKTI_TEXT[opts.lang];
  const S = CLI_STRINGS[opts.lang];
  if (opts.out) await checkOutputPath(rapkFile, opts.out, opts.lang);
  const rapk = await loadWorkbookFile(rapkFile);
  const exp = await loadWorkbookFile(exportFile);
  const run = saktiForWorkbooks(rapk.wb.worksheets.map(sheetToGrid), exp.wb.worksheets.map(sheetToGrid), tw, {
    split: opts.split,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  if ('problem' in run) {
    const p = run.problem;
    if (p.kind === 'notReport')
      throw new CliError((opts.mapping ? T.notMapped : T.notReport)(path.basename(exportFile), T.missing[p.missing]));
    throw new CliError(p.kind === 'sheetNotFound' ? S.sheetNotFound(p.sheet, p.sheets) : S.noRapk);
  }
  const imp = run.import;
  const errors = hasErrors(imp.findings);
  if (opts.json) io.out(JSON.stringify({ ...saktiJson(imp), findings: imp.findings.map((f) => findingJson(f, opts.lang)) }, null, 2));
  else {
    io.out(T.period(imp.period.text, imp.period.year));
    io.out(T.split[imp.split]);
    for (const i of imp.indicators) io.out(T.indicator(i.kode, i.realisasiAnggaran, i.lines.length));
    if (imp.unmatched.export.length) io.out(T.unmatchedExport(imp.unmatched.export.length));
    if (imp.unmatched.rapk.length) io.out(T.unmatchedRapk(imp.unmatched.rapk.length));
    for (const f of imp.findings) io.out(findingLine(f, opts.lang));
  }
  if (!opts.out) return errors ? 1 : 0;
  if (errors) {
    io.err(`rapk: ${T.notWritten}`);
    return 1;
  }
  if (!run.realisasi) throw new CliError(T.noRealisasi);
  const sheet = run.realisasi;
  let written = 0;
  const kept: string[] = [];
  await writeCopy(rapk.bytes, opts.out, opts.lang, (w) => {
    const notes = w.edit(sheet.name)?.notes;
    const plan = planAnggaranImport(
      sheet,
      imp,
      tw,
      { file: path.basename(exportFile) },
      (r, c) => (notes?.get(a1({ r, c })) ?? '').startsWith(IMPORT_MARK),
      T.note,
    );
    if ('problem' in plan) throw new CliError(T.noColumn(plan.label));
    w.applyCells(sheet.name, plan.cells);
    for (const n of plan.notes) notes?.set(a1(n), n.text);
    written = plan.cells.length;
    kept.push(...plan.kept.map((k) => T.kept(k.kode, k.typed, k.imported)));
  });
  if (!opts.json) io.out(T.written(opts.out, sheet.name, written));
  for (const k of kept) io.err(k);
  return 0;
}

export function registerAnggaranCommand(program: Command, io: Io, setCode: (n: number) => void, langOption: () => Option): void {
  program
    .command('anggaran')
    .description(helpText('anggaran'))
    .argument('<rapk>', helpText('file'))
    .argument('<export>', helpText('anggaranExport'))
    .requiredOption('--tw <n>', helpText('ringkasanTw'))
    .option('-o, --output <file>', helpText('anggaranOutput'))
    .option('--json', helpText('printJson'))
    .option('--bagi <rule>', helpText('anggaranSplit'), 'kontribusi')
    .option('--sheet <name>', helpText('rapkSheet'))
    .option('--kolom <map>', helpText('anggaranKolom'))
    .addOption(langOption())
    .action(
      async (
        rapkFile: string,
        exportFile: string,
        o: { tw: string; output?: string; json?: boolean; bagi: string; sheet?: string; kolom?: string; lang?: string },
      ) => {
        const lang: Lang = isLang(o.lang) ? o.lang : 'id';
        const tw = parseTw(o.tw);
        if (tw === null) throw new CliError(CLI_STRINGS[lang].badTw);
        if (!(SPLIT_RULES as readonly string[]).includes(o.bagi)) throw new CliError(SAKTI_TEXT[lang].badSplit);
        const mapping = o.kolom === undefined ? null : parseMapping(o.kolom);
        if (o.kolom !== undefined && !mapping) throw new CliError(SAKTI_TEXT[lang].badMapping);
        setCode(
          await runAnggaran(
            rapkFile,
            exportFile,
            tw,
            {
              lang,
              split: o.bagi as SplitRule,
              ...(o.output !== undefined ? { out: o.output } : {}),
              ...(o.json ? { json: true } : {}),
              ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
              ...(mapping ? { mapping } : {}),
            },
            io,
          ),
        );
      },
    );
}
