/**
 * The harness's .xlsx I/O in the browser: a file is read into the simulator (exceljs, loaded on
 * demand) and written back through the CLI's part-level writer (one writer for both, ADR 006).
 */
import type ExcelJSType from 'exceljs';
import { sheetToGrid } from '../xlsx/grid';
import { ExcelSimulator } from '../sim/excelSim';
import { loadGrid } from '../sim/load';
import { colName } from '../core/grid/grid';
import { type SimOrigin, originOf, simToXlsx } from '../xlsx/simWrite';
import { XlsxPackage } from '../xlsx/package';
import { customXmlItems } from '../xlsx/marks';
import { type PreflightReason, preflightXlsx } from '../core/file/preflight';
import { overflowingPart } from '../xlsx/inflateCheck';

/** The file each simulator was opened from: downloads are that file plus the changes. */
const origins = new WeakMap<ExcelSimulator, SimOrigin>();

type ExcelJSModule = typeof ExcelJSType;

async function exceljs(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as {
    default?: ExcelJSModule;
  } & ExcelJSModule;
  return mod.default ?? mod;
}

/** A file the pre-flight check refused (`reason`: the core's, as the CLI and the Rekap say it). */
export class UnusableFile extends Error {
  constructor(
    readonly reason: PreflightReason,
    detail: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'UnusableFile';
  }
}

export async function simFromFile(buf: ArrayBuffer): Promise<ExcelSimulator> {
  // the pre-flight check of every host (src/core/file/preflight.ts), before exceljs inflates anything
  const pre = preflightXlsx(new Uint8Array(buf));
  if (!pre.ok) throw new UnusableFile(pre.reason, pre.detail);
  // and no part inflates past what the directory says (a directory can lie): counted, not kept
  const over = await overflowingPart(new Uint8Array(buf), pre.parts);
  if (over !== null) throw new UnusableFile('tooLargeInflated', over);
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const sim = new ExcelSimulator();
  for (const ws of wb.worksheets) {
    const s = loadGrid(sim, sheetToGrid(ws));
    // keep the workbook's own fills, notes and protection, so Hapus tanda can be seen restoring them
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) {
          sim.store.cellW(s, r - 1, c - 1).fill = { color: `#${fill.fgColor.argb.slice(-6).toUpperCase()}`, pattern: 'Solid' };
        }
        const note = cell.note as unknown;
        const text =
          typeof note === 'string' ? note : (note as { texts?: { text?: string }[] } | undefined)?.texts?.map((t) => t.text ?? '').join('');
        if (text) s.notes.set(`${colName(c - 1)}${r}`, text);
      }),
    );
    // the file's column widths (characters; the simulator keeps 6 points per character, as the adapter writes them)
    (ws.columns ?? []).forEach((col, i) => {
      if (col?.width) s.colWidths.set(i, col.width * 6);
    });
    s.protected = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    // frozen panes, so the harness grid shows them as Excel would
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      s.freezeRows = view.ySplit ?? 0;
      s.freezeCols = view.xSplit ?? 0;
    }
  }
  // the workbook's custom XML parts, as Excel lists them in workbook.customXmlParts (the marks
  // record of `rapk annotate`, which Hapus tanda clears)
  sim.store.customXmlParts = customXmlItems(await XlsxPackage.load(new Uint8Array(buf.slice(0))));
  origins.set(sim, originOf(sim, new Uint8Array(buf.slice(0))));
  return sim;
}

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.12',
};

/** The workbook as a file named for its kind (a macro workbook stays .xlsm). */
export async function fileFromSim(sim: ExcelSimulator): Promise<File> {
  const origin = origins.get(sim) ?? null;
  const bytes = await simToXlsx(sim, origin);
  const kind = origin ? (await XlsxPackage.load(origin.bytes)).kind() : 'xlsx';
  return new File([bytes as unknown as BlobPart], `rapk-hasil.${kind}`, { type: TYPES[kind] ?? TYPES['xlsx']! });
}
