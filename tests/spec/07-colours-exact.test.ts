/**
 * SPEC section 7, **Colours**, cell by cell: `07-settings-colours` looks at the first cell
 * holding a band's word, and checks Kurang's two fills as a set. Here every cell of the
 * Ringkasan that holds a band's word is looked at, and Kurang is red on the indicator row and
 * orange on the NPS, perspective and NPSS rows, in the core's plan, in Excel (simulator) and in
 * the copy `rapk summary -o` writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/grid/grid';
import { summaryForWorkbook } from '../../src/core/workbook';
import type { PlanCell } from '../../src/core/sheets/plan';
import { rapk, tmpDir } from '../support/cli';
import { simOf } from '../support/sim';
import { grid, kRows, realisasiRows, set, writeXlsx } from './sheets';

const RED = '#FF7C80';
const ORANGE = '#F4B183';
const FILL: Record<string, string> = {
  'Tidak Dapat Disimpulkan': '#BDD7EE',
  'Sangat Baik': '#00B050',
  Istimewa: '#00B050',
  Baik: '#92D050',
  Cukup: '#FFEB84',
  'Butuh Perbaikan': '#FFEB84',
  'Sangat Kurang': RED,
};

function typedGrids(typed: Record<string, CellValue>) {
  let real = realisasiRows(kRows());
  for (const [a, v] of Object.entries(typed)) real = set(real, a, v);
  return [grid(kRows()), grid(real, 'Realisasi 2024')];
}
function plan(typed: Record<string, CellValue>, tw: 1 | 2 | 3 | 4 = 4): PlanCell[] {
  const s = summaryForWorkbook(typedGrids(typed), tw);
  if ('problem' in s) throw new Error(s.problem.kind);
  return s.plan.cells;
}
/** the plan's cells as rows (r → cells of that row) */
const rowsOf = (cells: PlanCell[]): Map<number, PlanCell[]> => {
  const m = new Map<number, PlanCell[]>();
  for (const c of cells) m.set(c.r, [...(m.get(c.r) ?? []), c]);
  return m;
};
/** the fill of the cell holding `word` on the first row that has a cell equal to `key` (and the word) */
function fillBeside(cells: PlanCell[], key: (c: PlanCell) => boolean, word: string): string | undefined {
  for (const row of rowsOf(cells).values()) {
    const w = row.find((c) => c.value === word);
    if (w && row.some(key)) return w.fill;
  }
  throw new Error(`no row with ${word}`);
}

describe('7 · Colours: "`#F4B183` (orange) for NPS/NPSS, `#FF7C80` (red) for indicators", row by row', () => {
  // 02.01 capaian 60: the indicator is Kurang, its sasaran's NPS 60, Learning & Growth 60 and the NPSS 60 are Kurang
  const cells = plan({ N6: 60 });

  it('the indicator 02.01 (capaian 60): red', () => {
    expect(fillBeside(cells, (c) => c.value === '02.01', 'Kurang')).toBe(RED);
  });
  it('the NPS of sasaran 02 (60): orange', () => {
    expect(fillBeside(cells, (c) => c.value === 'Meningkatnya tata kelola pemerintahan' && c.c === 1, 'Kurang')).toBe(ORANGE);
  });
  it('the perspective value of Learning & Growth (60): orange', () => {
    expect(fillBeside(cells, (c) => c.value === 'Learning & Growth', 'Kurang')).toBe(ORANGE);
  });
  it('the NPSS (60): orange', () => {
    expect(fillBeside(cells, (c) => typeof c.value === 'string' && c.value.includes('(NPSS)'), 'Kurang')).toBe(ORANGE);
  });
});

describe("7 · Colours: every cell holding a band's word has the band's fill (not only the first)", () => {
  it.each([
    // indicators 110 / 100 / 121 and NPS 105 / 121 → capped 120: Sangat Baik, Baik, TDD, Istimewa
    [{ N4: 99, N5: 100, N6: 121 }],
    // Cukup and Butuh Perbaikan (80), Sangat Kurang (NPS 40: indicators 40 → Kurang red)
    [{ N4: 72, N5: 80, N6: 40 }],
  ])('%j', (typed) => {
    const cells = plan(typed).filter((c) => typeof c.value === 'string' && c.value in FILL && c.fill);
    expect(cells.length).toBeGreaterThan(6);
    for (const c of cells) expect([c.value, c.fill]).toEqual([c.value, FILL[c.value as string]]);
  });
});

describe('7 · Colours in the written sheets: Excel (simulator) and `rapk summary -o`', () => {
  const typed = { N6: 60, N4: 99 };
  /** [kriteria of 02.01, predikat of NPS 02, predikat of NPSS] as fills, found by the row's text */
  function pick(at: (r: number, c: number) => { value: unknown; fill: string | undefined }): string[] {
    const out: string[] = [];
    const find = (key: (v: unknown, c: number) => boolean, word: string): void => {
      for (let r = 0; r < 80; r++) {
        const row = Array.from({ length: 12 }, (_, c) => at(r, c));
        const w = row.find((x) => x.value === word);
        if (w && row.some((x, c) => key(x.value, c))) return void out.push(String(w.fill));
      }
      out.push('none');
    };
    find((v) => v === '02.01', 'Kurang');
    // the NPS table has the sasaran in B (the indicator table has it in C)
    find((v, c) => v === 'Meningkatnya tata kelola pemerintahan' && c === 1, 'Kurang');
    find((v) => v === 'Stakeholder', 'Istimewa');
    return out;
  }

  it('Excel: the indicator Kurang red, the NPS Kurang orange, Istimewa green', async () => {
    const { sim, gw } = simOf(typedGrids(typed));
    const r = await gw.ringkasan(4, 'id');
    const s = sim.store.sheet(r.sheet)!;
    const at = (r0: number, c: number) => {
      const cell = sim.store.cell(s, r0, c);
      return { value: cell?.value ?? null, fill: cell?.fill?.color };
    };
    expect(pick(at)).toEqual([RED, ORANGE, '#00B050']);
  });

  it('rapk summary -o: the same fills in the copy', async () => {
    const dir = tmpDir();
    try {
      const file = await writeXlsx(path.join(dir, 'in.xlsx'), typedGrids(typed));
      const out = path.join(dir, 'out.xlsx');
      expect((await rapk('summary', file, '--tw', '4', '-o', out)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.getWorksheet('Ringkasan TW IV 2024')!;
      const at = (r0: number, c: number) => {
        const cell = ws.getCell(r0 + 1, c + 1);
        const f = cell.fill as ExcelJS.FillPattern | undefined;
        const argb = f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
        return { value: cell.value, fill: argb ? `#${argb.slice(2)}` : undefined };
      };
      expect(pick(at)).toEqual([RED, ORANGE, '#00B050']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
