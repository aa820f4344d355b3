/**
 * `rekap_77_files_s` on its own: 76 unit workbooks + a central one (realisasi typed) generated
 * once, then `rapk rekap DIR --tw 2 -o OUT` timed `--runs N` times (default 3).
 * `npm run bench:rekap -- [--runs N] [--keep DIR]` (DIR: generate the files there once, reuse them).
 * Prints each run and the median in seconds.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/core/grid/grid';
import type { SheetPlan } from '../src/core/sheets/plan';
import { writeSheetPlan } from '../src/cli/write';
import { randomSpec } from '../src/sample/generate';
import { specForRows, workbook } from './generate';

// compiled to build/bench/bench/rekap.js
const ROOT = path.resolve(__dirname, '../../..');

function gridPlan(g: Grid): SheetPlan {
  const cells: SheetPlan['cells'] = [];
  g.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && cells.push({ r, c, value: v })));
  return {
    name: g.name,
    rows: g.values.length,
    cols: Math.max(0, ...g.values.map((r) => r.length)),
    cells,
    merges: [...(g.merges ?? [])],
    widths: [],
  };
}

/** The 77 workbooks of the bench, written into `dir`. */
export async function writeRekap77(dir: string): Promise<void> {
  const write = async (grids: Grid[], name: string): Promise<void> => {
    const wb = new ExcelJS.Workbook();
    for (const g of grids) writeSheetPlan(wb, gridPlan(g));
    await wb.xlsx.writeFile(path.join(dir, name));
  };
  for (let i = 0; i < 76; i++) {
    const layout = (['K', 'D', 'R'] as const)[i % 3]!;
    const spec = randomSpec(2000 + i, { sasaran: 10, indicatorsPerSasaran: 3, linesPerIndicator: 4, unit: `Balai POM Unit ${i + 1}` });
    await write(workbook(spec, layout, 2000 + i), `unit-${String(i + 1).padStart(2, '0')}.xlsx`);
  }
  await write(workbook(specForRows(2000, 77, 'R'), 'R', 77), 'pusat.xlsx');
}

/** Seconds for `rapk rekap DIR --tw 2 -o OUT` (the built CLI, a fresh process). */
export function timeRekap(dir: string): number {
  const out = path.join(os.tmpdir(), `rapk-rekap-${process.pid}.xlsx`);
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(ROOT, 'bin/rapk.js'), 'rekap', dir, '--tw', '2', '-o', out], { stdio: 'ignore' });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  fs.rmSync(out, { force: true });
  return s;
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const runs = Number(arg('--runs') ?? 3);
  const keep = arg('--keep');
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rapk-rekap-'));
  if (!keep || !fs.existsSync(path.join(dir, 'pusat.xlsx'))) {
    fs.mkdirSync(dir, { recursive: true });
    await writeRekap77(dir);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(timeRekap(dir));
    console.log(`run ${i + 1}: ${times[i]!.toFixed(2)} s`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `rekap_77_files_s median of ${runs}: ${sorted[Math.floor((runs - 1) / 2)]!.toFixed(2)} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module)
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
