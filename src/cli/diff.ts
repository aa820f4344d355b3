/**
 * `rapk diff OLD.xlsx NEW.xlsx [--json] [-o OUT.xlsx] [--sheet NAME]` (issue 23): what changed
 * between two versions of a RAPK, grouped by indicator. Exit 0 when identical, 1 when there are
 * changes, 2 when a file cannot be read.
 */
import * as path from 'path';
import type { Command, Option } from 'commander';
import { type DiffSide, diffJson, diffSides, rapkForDiff } from '../core/diff/workbook';
import { groupChanges } from '../core/diff/groups';
import { type Lang, isLang } from '../core/locales';
import { fmtNum } from '../core/locales/format';
import { CLI_STRINGS } from '../core/locales/cli';
import { helpText } from '../core/locales/cliHelp';
import { DIFF_TEXT } from '../core/locales/diff';
import { RIWAYAT_SHEET, planRiwayat } from '../core/sheets/riwayat';
import { CliError, checkOutputPath, type Io } from './common';
import { writeCopy } from './copy';
import { loadWorkbookFile, sheetToGrid } from './xlsx';

async function side(
  file: string,
  sheet: string | undefined,
  lang: Lang,
  io: Io,
): Promise<{ side: DiffSide; bytes: Uint8Array; names: string[] }> {
  const { wb, bytes } = await loadWorkbookFile(file);
  const grids = wb.worksheets.map(sheetToGrid);
  const r = rapkForDiff(grids, sheet);
  if ('problem' in r) {
    const s = CLI_STRINGS[lang];
    const reason = r.problem.kind === 'sheetNotFound' ? s.sheetNotFound(r.problem.sheet, r.problem.sheets) : s.noRapk;
    throw new CliError(DIFF_TEXT[lang].noRapk(path.basename(file), reason));
  }
  if (r.others.length) io.err(`rapk: ${DIFF_TEXT[lang].sheetPicked(path.basename(file), r.sheet, r.others)}`);
  return { side: r, bytes, names: wb.worksheets.map((w) => w.name) };
}

export async function runDiff(
  oldFile: string,
  newFile: string,
  opts: { sheet?: string; lang: Lang; out?: string; json?: boolean },
  io: Io,
): Promise<number> {
  const T = DIFF_TEXT[opts.lang];
  if (opts.out) await checkOutputPath(newFile, opts.out, opts.lang);
  const a = await side(oldFile, opts.sheet, opts.lang, io);
  const b = await side(newFile, opts.sheet, opts.lang, io);
  const diff = diffSides(a.side, b.side);
  const meta = {
    old: { file: path.basename(oldFile), sheet: a.side.sheet, year: a.side.year },
    new: { file: path.basename(newFile), sheet: b.side.sheet, year: b.side.year },
  };
  const groups = groupChanges(diff, b.side.model);
  if (opts.out) {
    const plan = planRiwayat(diff, groups, meta, opts.lang);
    await writeCopy(b.bytes, opts.out, opts.lang, (w) => {
      if (b.names.includes(RIWAYAT_SHEET)) w.writePlan(plan, { replace: RIWAYAT_SHEET });
      else w.writePlan(plan, { position: b.names.indexOf(b.side.sheet) + 1 });
    });
    if (!opts.json) io.out(CLI_STRINGS[opts.lang].writtenSheet(opts.out, RIWAYAT_SHEET));
  }
  if (opts.json) io.out(JSON.stringify(diffJson(meta.old, meta.new, diff), null, 2));
  else {
    io.out(T.version('old', meta.old.file, meta.old.sheet, meta.old.year));
    io.out(T.version('new', meta.new.file, meta.new.sheet, meta.new.year));
    if (!diff.changes.length) io.out(T.identical);
    for (const g of groups) {
      io.out('');
      io.out(g.kode === null ? T.linesGroup : T.indicator(g.kode, g.name));
      for (const c of g.changes) io.out(`  - ${T.change(c)}`);
    }
    if (diff.changes.length) {
      io.out('');
      io.out(`${T.totalsTitle}:`);
      const money = (v: number | null): string => (v === null ? T.none : fmtNum(v, opts.lang));
      for (const s of diff.totals.sasaran) if (s.old !== s.new) io.out(`  ${T.sasaran(s.no, s.name)}: ${money(s.old)} → ${money(s.new)}`);
      io.out(`  ${T.overall}: ${money(diff.totals.overall.old)} → ${money(diff.totals.overall.new)}`);
      io.out(T.count(diff.changes.length));
    }
  }
  return diff.changes.length ? 1 : 0;
}

export function registerDiffCommand(program: Command, io: Io, setCode: (n: number) => void, langOption: () => Option): void {
  program
    .command('diff')
    .description(helpText('diff'))
    .argument('<old>', helpText('diffOld'))
    .argument('<new>', helpText('diffNew'))
    .option('-o, --output <file>', helpText('diffOutput'))
    .option('--json', helpText('printJson'))
    .option('--sheet <name>', helpText('rapkSheet'))
    .addOption(langOption())
    .action(async (oldFile: string, newFile: string, o: { output?: string; json?: boolean; sheet?: string; lang?: string }) => {
      const opts: { sheet?: string; lang: Lang; out?: string; json?: boolean } = { lang: isLang(o.lang) ? o.lang : 'id' };
      if (o.sheet !== undefined) opts.sheet = o.sheet;
      if (o.output !== undefined) opts.out = o.output;
      if (o.json) opts.json = true;
      setCode(await runDiff(oldFile, newFile, opts, io));
    });
}
