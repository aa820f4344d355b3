/**
 * Injection: workbook text starting with =, +, -, @, tab or CR, or carrying HTML, is written
 * and kept as text everywhere: the Excel adapter's sheets and notes, and the CLI's copies.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { planToGrid, randomSpec, renderRapk } from '../../src/sample/generate';
import { writeSheetPlan } from '../../src/cli/write';
import { rapk, tmpDir } from '../support/cli';
import { simOf } from '../support/sim';

const NASTY = [
  '=HYPERLINK("http://evil","klik")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '<script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
];

function nastySpec() {
  const spec = randomSpec(9, { sasaran: 2, indicatorsPerSasaran: 4, linesPerIndicator: 1 });
  const inds = spec.sasaran.flatMap((s) => s.indikator);
  NASTY.forEach((t, i) => {
    const ind = inds[i % inds.length]!;
    ind.name = `${t} ${ind.name}`;
    ind.lines[0]!.sub = t;
  });
  spec.sasaran[1]!.name = NASTY[0]!;
  return spec;
}

describe('the Excel adapter writes text as text', () => {
  it('Realisasi and Ringkasan sheets have no formula, whatever the RAPK texts say', async () => {
    const { sim, gw } = simOf([planToGrid(renderRapk(nastySpec()))]);
    await gw.validasi('id');
    await gw.realisasi('id');
    const real = sim.store.sheet('Realisasi 2025')!;
    // type realisasi so Ringkasan has values
    for (let r = 3; r < 11; r++) sim.store.writeValue(real, r, 9, 50);
    await gw.ringkasan(2, 'id');
    for (const s of sim.store.sheets) {
      const formulas = [...s.cells.entries()].filter(([, c]) => c.formula);
      expect({ sheet: s.name, formulas }).toEqual({ sheet: s.name, formulas: [] });
    }
    const texts = [...sim.store.sheet('Realisasi 2025')!.cells.values()].map((c) => c.value);
    for (const t of NASTY.slice(0, 4)) expect(texts.some((v) => typeof v === 'string' && v.startsWith(t))).toBe(true);
  });
});

describe('the CLI writes text as text', () => {
  it('realisasi and annotate copies have no formula cells', async () => {
    const dir = tmpDir();
    const input = path.join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    writeSheetPlan(wb, renderRapk(nastySpec()));
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'out.xlsx');
    expect((await rapk('realisasi', input, '-o', out)).code).toBe(0);
    const ann = path.join(dir, 'ann.xlsx');
    await rapk('annotate', out, '-o', ann);
    for (const f of [out, ann]) {
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(f);
      back.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect({ at: `${ws.name}!${cell.address}`, formula: cell.formula ?? null }).toEqual({
              at: `${ws.name}!${cell.address}`,
              formula: null,
            });
          }),
        ),
      );
    }
  });
});
