/**
 * `rapk` command line: the same core as the add-in, over .xlsx files.
 * Exit codes: 0 no error finding, 1 error findings, 2 a file could not be used.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Command, CommanderError, Option } from 'commander';
import { type Finding, countBySeverity, hasErrors } from '../core/rules/findings';
import { findingJson, modelJson } from '../core/json';
import { type Lang, isLang } from '../core/locales';
import { packageVersion } from './version';
import { planMarks } from '../core/sheets/marks';
import { validateWorkbook, type WorkbookValidation } from '../core/workbook';
import { CLI_STRINGS } from '../core/locales/cli';
import { helpText } from '../core/locales/cliHelp';
import { CliError, checkOutputPath, type Io, findingLine, problemText } from './common';

export type { Io } from './common';
import { UnusableFileError, loadWorkbook, loadWorkbookFile, sheetToGrid } from './xlsx';
import { annotateWorkbook } from '../xlsx/marks';
import { writeCopy } from './copy';
import { registerRealisasiSummaryCommands } from './realisasiSummary';
import { registerSettingsCommand } from './settingsCommand';
import { registerRekapCommand } from './rekap';
import { registerDiffCommand } from './diff';
import { registerAnggaranCommand } from './anggaran';
import { writeSample } from './sample';
import { registerHapusTandaCommand } from './hapusTanda';

const stdio: Io = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

function langOf(v: unknown): Lang {
  return isLang(v) ? v : 'id';
}

/** Workbook files a folder check reads: workbooks and templates, with or without macros. */
export const WORKBOOK_FILE = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** Expands folders to the workbook files inside them (recursively), skipping Excel lock files (`~$…`). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of inputs) {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (st.isDirectory()) {
      const entries = await fs.readdir(p, { withFileTypes: true });
      const names = entries.sort((a, b) => a.name.localeCompare(b.name));
      const nested: string[] = [];
      for (const e of names) {
        const full = path.join(p, e.name);
        if (e.isDirectory()) nested.push(full);
        else if (WORKBOOK_FILE.test(e.name) && !e.name.startsWith('~$')) out.push(full);
      }
      if (nested.length) out.push(...(await expandInputs(nested)));
    } else out.push(p);
  }
  return out;
}

function unusableMessage(e: unknown, lang: Lang): string {
  const s = CLI_STRINGS[lang];
  if (e instanceof UnusableFileError) return s.unusable[e.reason];
  return e instanceof Error ? e.message : String(e);
}

function counts(findings: readonly Finding[], lang: Lang): string {
  const n = countBySeverity(findings);
  return CLI_STRINGS[lang].counts(n.error, n.warning, n.info);
}

interface CheckOpts {
  sheet?: string;
  json?: boolean;
  lang: Lang;
}

export async function runCheck(files: string[], opts: CheckOpts, io: Io): Promise<number> {
  const s = CLI_STRINGS[opts.lang];
  const list = await expandInputs(files);
  if (list.length === 0) throw new CliError(s.noFiles);
  const many = list.length > 1;
  const jsonFiles: unknown[] = [];
  let worst = 0;
  let bad = 0;
  const all: Finding[] = [];
  for (const file of list) {
    let v: WorkbookValidation;
    try {
      const wb = await loadWorkbook(file);
      v = validateWorkbook(wb.worksheets.map(sheetToGrid), opts.sheet);
    } catch (e) {
      const msg = unusableMessage(e, opts.lang);
      bad++;
      worst = 2;
      if (opts.json) jsonFiles.push({ file, error: msg, sheets: [], findings: [] });
      else io.err(`${file}: ${msg}`);
      continue;
    }
    const problem = v.problem ? problemText(v.problem, opts.lang) : null;
    if (problem) {
      bad++;
      worst = 2;
      if (opts.json) {
        jsonFiles.push({ file, error: problem, sheets: [], findings: v.findings.map((f) => findingJson(f, opts.lang)) });
      } else io.err(`${file}: ${problem}`);
      continue;
    }
    all.push(...v.findings);
    if (hasErrors(v.findings)) worst = Math.max(worst, 1);
    if (opts.json) {
      jsonFiles.push({
        file,
        sheets: v.sheets.map((x) => modelJson(x.model)),
        findings: v.findings.map((f) => findingJson(f, opts.lang)),
      });
      continue;
    }
    if (many) {
      io.out(s.fileLine(file, counts(v.findings, opts.lang)));
      continue;
    }
    for (const sh of v.sheets) {
      const m = sh.model;
      io.out(
        s.sheetLine({
          sheet: sh.name,
          layout: m.layout,
          year: m.year,
          unit: m.unit,
          indikator: m.sasaran.reduce((n, x) => n + x.indikator.length, 0),
        }),
      );
      const fs2 = v.findings.filter((f) => f.sheet === sh.name);
      if (fs2.length === 0) io.out(`  ${s.clean}`);
      for (const f of fs2) {
        io.out(findingLine(f, opts.lang));
      }
    }
    for (const sk of v.skipped) {
      const unpaired = v.ambiguous.find((a) => a.sheet === sk.name);
      if (unpaired && sk.kind === 'realisasi') io.out(s.ambiguousRealisasi(unpaired.sheet, unpaired.candidates));
      else if (unpaired) io.out(s.ambiguousPk(unpaired.sheet, unpaired.candidates));
      else if (sk.kind === 'realisasi') {
        // the Realisasi sheet is checked against its RAPK (R01–R03)
        io.out(s.realisasiLine(sk.name));
        const own = v.findings.filter((f) => f.sheet === sk.name);
        if (own.length === 0) io.out(`  ${s.clean}`);
        for (const f of own) io.out(findingLine(f, opts.lang));
      } else if (sk.kind !== 'none') io.out(s.skipped(sk.name, sk.kind));
      else {
        // the settings sheet (M01–M05) and a Perjanjian Kinerja sheet (P02)
        const own = v.findings.filter((f) => f.sheet === sk.name);
        if (own.length === 0) continue;
        io.out(s.otherLine(sk.name));
        for (const f of own) io.out(findingLine(f, opts.lang));
      }
    }
    io.out(counts(v.findings, opts.lang));
  }
  if (opts.json) io.out(JSON.stringify({ files: jsonFiles }, null, 2));
  else if (many) io.out(s.total(list.length, bad, counts(all, opts.lang)));
  return worst;
}

export async function runAnnotate(file: string, out: string, opts: { sheet?: string; lang: Lang }, io: Io): Promise<number> {
  await checkOutputPath(file, out, opts.lang);
  const { wb, bytes } = await loadWorkbookFile(file);
  const v = validateWorkbook(wb.worksheets.map(sheetToGrid), opts.sheet);
  const problem = v.problem ? problemText(v.problem, opts.lang) : null;
  if (problem) throw new CliError(problem);
  // every sheet Validasi looked at: the RAPK sheets and their Realisasi sheets (R01–R03); a
  // sheet without findings now gets back what earlier marks covered
  const sheets = new Set([...v.sheets.map((s) => s.name), ...v.findings.map((f) => f.sheet)]);
  for (const sk of v.skipped) if (sk.kind === 'realisasi') sheets.add(sk.name);
  let marked = 0;
  await writeCopy(bytes, out, opts.lang, (w) => {
    marked = annotateWorkbook(
      w,
      [...sheets].map((name) => planMarks(name, v.findings, opts.lang)),
    );
  });
  io.out(CLI_STRINGS[opts.lang].written(out, marked));
  return hasErrors(v.findings) ? 1 : 0;
}

function langOption(): Option {
  return new Option('--lang <lang>', helpText('lang')).choices(['id', 'en']).default('id');
}

export function buildProgram(io: Io, setCode: (n: number) => void): Command {
  const program = new Command();
  program
    .name('rapk')
    .description(helpText('program', '\n'))
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (x) => io.out(x), writeErr: (x) => io.err(x) });

  program
    .command('check')
    .description(helpText('check'))
    .argument('<files...>', helpText('files'))
    .option('--sheet <name>', helpText('onlySheet'))
    .option('--json', helpText('json'))
    .addOption(langOption())
    .action(async (files: string[], o: { sheet?: string; json?: boolean; lang?: string }) => {
      const opts: CheckOpts = { lang: langOf(o.lang) };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      if (o.json) opts.json = true;
      setCode(await runCheck(files, opts, io));
    });

  program
    .command('annotate')
    .description(helpText('annotate'))
    .argument('<file>', helpText('file'))
    .option('-o, --output <file>', helpText('output'))
    .option('--sheet <name>', helpText('onlySheet'))
    .addOption(langOption())
    .action(async (file: string, o: { output?: string; sheet?: string; lang?: string }) => {
      const opts: { sheet?: string; lang: Lang } = { lang: langOf(o.lang) };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      if (!o.output) throw new CliError(CLI_STRINGS[opts.lang].needOutput('annotate', true));
      setCode(await runAnnotate(file, o.output, opts, io));
    });

  registerRealisasiSummaryCommands(program, io, setCode, langOption);
  registerSettingsCommand(program, io, setCode, langOption);
  registerRekapCommand(program, io, setCode, langOption, expandInputs);
  registerHapusTandaCommand(program, io, setCode, langOption);
  registerDiffCommand(program, io, setCode, langOption);
  registerAnggaranCommand(program, io, setCode, langOption);

  program
    .command('sample')
    .description(helpText('sample'))
    .option('-o, --output <file>', helpText('output'))
    .option('--errors', helpText('sampleErrors'))
    .addOption(langOption())
    .action(async (o: { output?: string; errors?: boolean; lang?: string }) => {
      if (!o.output) throw new CliError(CLI_STRINGS[langOf(o.lang)].needOutput('sample', false));
      await writeSample(o.output, !!o.errors);
      io.out(o.output);
      setCode(0);
    });
  return program;
}

/** Runs the CLI; returns the exit code. Never throws: every failure is one line on stderr. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (n) => {
    code = n;
  });
  const lang = langOf(argv[argv.indexOf('--lang') + 1]);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    io.err(`rapk: ${e instanceof UnusableFileError ? unusableMessage(e, lang) : e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
