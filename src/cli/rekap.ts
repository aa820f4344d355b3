/**
 * `rapk rekap FILES|FOLDERS --tw N [-o OUT.xlsx] [--json]`: the national Rekap. The files are
 * read one workbook at a time (two when a worker thread reads beside this one, on a machine with
 * a core to spare: src/cli/rekapPool.ts) and only each unit's row is kept; a file that cannot be
 * used is listed (sheet and stderr) and never stops the others.
 */
import { promises as fs } from 'fs';
import { Workbook } from './exceljs';
import JSZip from 'jszip';
import type { Command, Option } from 'commander';
import { type Lang, isLang } from '../core/locales';
import type { Tw } from '../core/measure/formulas';
import { REKAP_TEXT, type RekapFailure, type RekapUnit, buildRekap, planRekap, rekapChartAxes, rekapJson } from '../core/rekap';
import { addChartParts } from '../xlsx/chartParts';
import { CliError, checkOutputPath, type Io } from './common';
import { readRekapFiles } from './rekapPool';
import { CLI_STRINGS } from '../core/locales/cli';
import { helpText } from '../core/locales/cliHelp';
import { writeSheetPlan } from './write';

export interface RekapOpts {
  lang: Lang;
  out?: string;
  json?: boolean;
  /** worker threads reading files beside this one (src/cli/rekapPool.ts; its default when absent) */
  workers?: number;
}

/** The Rekap sheet (and its chart, the plan's `charts` as DrawingML parts) as a new .xlsx. */
export async function rekapXlsx(units: RekapUnit[], failed: RekapFailure[], tw: Tw, lang: Lang): Promise<Uint8Array> {
  const { plan } = planRekap(buildRekap(units, failed, tw), lang);
  const wb = new Workbook();
  writeSheetPlan(wb, plan);
  const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (!plan.charts?.length) return buf;
  const zip = await JSZip.loadAsync(buf);
  await addChartParts(zip, plan, rekapChartAxes(lang));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function runRekap(
  files: string[],
  tw: Tw,
  opts: RekapOpts,
  expand: (f: string[]) => Promise<string[]>,
  io: Io,
): Promise<number> {
  const s = CLI_STRINGS[opts.lang];
  const T = REKAP_TEXT[opts.lang];
  const list = await expand(files);
  if (list.length === 0) throw new CliError(s.noFiles);
  if (opts.out) for (const f of list) await checkOutputPath(f, opts.out, opts.lang);
  const units: RekapUnit[] = [];
  const failed: RekapFailure[] = [];
  // when each file was last changed: of two versions of one unit, the newer is counted
  const modified = new Map<string, number>();
  for (const f of list)
    await fs.stat(f).then(
      (st) => modified.set(f, st.mtimeMs),
      () => undefined,
    );
  await readRekapFiles(list, tw, {
    each: (r) => {
      const m = r.ok ? modified.get(r.unit.file) : undefined;
      if (r.ok) units.push(m === undefined ? r.unit : { ...r.unit, modified: m });
      else {
        failed.push(r.failure);
        io.err(`${r.failure.file}: ${T.reason[r.failure.reason]}`);
      }
    },
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
  });
  if (units.length === 0) throw new CliError(T.noneUsable);
  const rk = buildRekap(units, failed, tw);
  for (const x of rk.superseded) io.err(`${x.file}: ${T.superseded(x.unit, x.by)}`);
  if (opts.out) {
    await fs.writeFile(opts.out, await rekapXlsx(units, failed, tw, opts.lang));
    if (!opts.json) {
      const name = planRekap(rk, opts.lang).plan.name;
      io.out(T.written(opts.out, name, units.length, failed.length));
    }
  }
  if (opts.json || !opts.out)
    io.out(
      JSON.stringify(
        rekapJson(rk, (f) => T.reason[f.reason]),
        null,
        2,
      ),
    );
  return failed.length ? 2 : 0;
}

export function registerRekapCommand(
  program: Command,
  io: Io,
  setCode: (n: number) => void,
  langOption: () => Option,
  expand: (f: string[]) => Promise<string[]>,
): void {
  program
    .command('rekap')
    .description(helpText('rekap'))
    .argument('<files...>', helpText('files'))
    .requiredOption('--tw <n>', helpText('rekapTw'))
    .option('-o, --output <file>', helpText('rekapOutput'))
    .option('--json', helpText('printJson'))
    .addOption(langOption())
    .action(async (files: string[], o: { tw: string; output?: string; json?: boolean; lang?: string }) => {
      const lang: Lang = isLang(o.lang) ? o.lang : 'id';
      const tw = Number(o.tw);
      if (![1, 2, 3, 4].includes(tw) || String(tw) !== o.tw.trim()) throw new CliError(CLI_STRINGS[lang].badTw);
      const opts: RekapOpts = { lang };
      if (o.output !== undefined) opts.out = o.output;
      if (o.json) opts.json = true;
      setCode(await runRekap(files, tw as Tw, opts, expand, io));
    });
}
