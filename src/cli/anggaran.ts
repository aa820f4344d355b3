/**
 * `rapk anggaran RAPK.xlsx EXPORT.xlsx --tw N [-o OUT.xlsx] [--json] [--bagi kontribusi|pertama]
 * [--kolom kode=A,…]` (issue 24): budget realisation from SAKTI's report, by code, into the
 * Realisasi sheet. The split rule and another export's columns: the flags, else the settings
 * sheet's `Impor Realisasi Anggaran` rows (its columns only for an export not recognized as
 * SAKTI's report); a `--kolom` written with `-o` is remembered there.
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
import { RAPK_CHOSEN } from '../core/locales/rapkChosen';
import type { Tw } from '../core/measure/formulas';
import { hasErrors } from '../core/rules/findings';
import { type ColumnMapping, mappingText, parseMapping } from '../core/sakti/mapped';
import { SPLIT_RULES, type SplitRule, saktiJson } from '../core/sakti/match';
import { IMPORT_MARK, planAnggaranImport } from '../core/sakti/write';
import { planRememberMapping, saktiForWorkbooks, setAsideSentence } from '../core/sakti/workbook';
import { CliError, checkOutputPath, findingLine, type Io, problemText } from './common';
import { writeCopy } from './copy';
import { parseTw } from './realisasiSummary';
import { loadWorkbookFile, sheetToGrid } from './xlsx';

export async function runAnggaran(
  rapkFile: string,
  exportFile: string,
  tw: Tw,
  opts: { lang: Lang; out?: string; json?: boolean; split?: SplitRule; sheet?: string; mapping?: ColumnMapping },
  io: Io,
): Promise<number> {
  const T = SAKTI_TEXT[opts.lang];
  if (opts.out) await checkOutputPath(rapkFile, opts.out, opts.lang);
  const rapk = await loadWorkbookFile(rapkFile);
  const exp = await loadWorkbookFile(exportFile);
  const rapkGrids = rapk.wb.worksheets.map(sheetToGrid);
  const run = saktiForWorkbooks(rapkGrids, exp.wb.worksheets.map(sheetToGrid), tw, {
    ...(opts.split ? { split: opts.split } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  if ('problem' in run) {
    const p = run.problem;
    if (p.kind === 'notReport') {
      // the remembered columns it would have been read by are unusable: their M06 said with the stop
      for (const f of p.unusable ?? []) io.err(findingLine(f, opts.lang));
      throw new CliError(
        p.missing === 'mapped'
          ? T.notMapped(path.basename(exportFile), T.missing[p.missing], T.mappedFrom[p.from === 'settings' ? 'settings' : 'flag'])
          : `${T.notReport(path.basename(exportFile), T.missing[p.missing])}${p.unusable ? ` ${T.unusableRemembered}` : ''}`,
      );
    }
    throw new CliError(problemText(p, opts.lang));
  }
  const imp = run.import;
  const errors = hasErrors(imp.findings);
  const src = imp.source;
  if (opts.json)
    io.out(
      JSON.stringify(
        {
          ...saktiJson(imp),
          splitFrom: src.split,
          columns: {
            from: src.columns,
            mapping: src.mapping ? mappingText(src.mapping) : null,
            // `unusable`: the remembered columns (M06) set aside
            ...(src.setAside ? { setAside: src.setAside === 'unusable' ? src.setAside : mappingText(src.setAside) } : {}),
          },
          findings: imp.findings.map((f) => findingJson(f, opts.lang)),
        },
        null,
        2,
      ),
    );
  else {
    io.out(T.period(imp.period.text, imp.period.year));
    io.out(`${T.split[imp.split]} (${T.splitFrom[src.split]})`);
    io.out(T.columns(src.columns, src.mapping ? mappingText(src.mapping) : null));
    const setAside = setAsideSentence(opts.lang, src.setAside);
    if (setAside) io.out(setAside);
    for (const i of imp.indicators) io.out(T.indicator(i.kode, i.realisasiAnggaran, i.lines.length));
    if (imp.unmatched.export.length) io.out(T.unmatchedExport(imp.unmatched.export.length));
    if (imp.unmatched.rapk.length) io.out(T.unmatchedRapk(imp.unmatched.rapk.length));
    for (const f of imp.findings) io.out(findingLine(f, opts.lang));
  }
  // which RAPK the figures are for, when another year's was left aside (as `rapk realisasi` says it)
  if (run.rapkChosen) io.err(`rapk: ${RAPK_CHOSEN[opts.lang](run.rapkChosen)}`);
  if (!opts.out) return errors ? 1 : 0;
  if (errors) {
    io.err(`rapk: ${imp.findings.some((f) => f.code === 'M06' && f.severity === 'error') ? T.notWrittenSettings : T.notWritten}`);
    return 1;
  }
  if (!run.realisasi) throw new CliError(T.noRealisasi);
  const sheet = run.realisasi;
  let written = 0;
  const kept: string[] = [];
  // a mapping given by flag is remembered in the settings sheet (created with its defaults when absent)
  const remember = opts.mapping ? planRememberMapping(rapkGrids, run.model, opts.mapping, opts.lang, imp.split) : null;
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
    if (remember?.kind === 'edit') w.applyCells(remember.sheet, remember.cells);
    if (remember?.kind === 'create') w.writePlan(remember.plan);
  });
  if (!opts.json) io.out(T.written(opts.out, sheet.name, written));
  if (remember?.kind === 'noRoom') io.err(`rapk: ${T.notRemembered(remember.sheet)}`);
  else if (remember && !opts.json) io.out(T.remembered(remember.kind === 'create' ? remember.plan.name : remember.sheet));
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
    .option('--bagi <rule>', helpText('anggaranSplit'))
    .option('--sheet <name>', helpText('rapkSheet'))
    .option('--kolom <map>', helpText('anggaranKolom'))
    .addOption(langOption())
    .action(
      async (
        rapkFile: string,
        exportFile: string,
        o: { tw: string; output?: string; json?: boolean; bagi?: string; sheet?: string; kolom?: string; lang?: string },
      ) => {
        const lang: Lang = isLang(o.lang) ? o.lang : 'id';
        const tw = parseTw(o.tw);
        if (tw === null) throw new CliError(CLI_STRINGS[lang].badTw);
        if (o.bagi !== undefined && !(SPLIT_RULES as readonly string[]).includes(o.bagi)) throw new CliError(SAKTI_TEXT[lang].badSplit);
        const mapping = o.kolom === undefined ? null : parseMapping(o.kolom);
        if (o.kolom !== undefined && !mapping) throw new CliError(SAKTI_TEXT[lang].badMapping);
        setCode(
          await runAnggaran(
            rapkFile,
            exportFile,
            tw,
            {
              lang,
              ...(o.bagi !== undefined ? { split: o.bagi as SplitRule } : {}),
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
