/**
 * `rapk anggaran` (issue 24): a generated RAPK with its Realisasi sheet and a generated SAKTI
 * report of the same lines; the figures by indicator (JSON), written into a copy with a note
 * on each cell, a planner's typed value kept and reported, a second import replacing its own
 * figures; the Ringkasan's efficiency then uses them; an unrecognizable export changes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/grid';
import { loadWorkbook } from '../../src/cli/xlsx';
import { validateSheet } from '../../src/core/rules/validate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planSettings } from '../../src/core/sheets/settings';
import { SAKTI_TEXT } from '../../src/core/locales/sakti';
import { parseMapping } from '../../src/core/sakti/mapped';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { rapk, tmpDir } from '../support/cli';
import { find, withCell } from '../support/grids';
import { notSaktiGrid } from '../support/saktiOwn';

async function xlsx(grids: Grid[], file: string, typed?: { sheet: string; cell: string; value: number }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name, g.hidden ? { state: 'hidden' } : {});
    g.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  }
  if (typed) wb.getWorksheet(typed.sheet)!.getCell(typed.cell).value = typed.value;
  await wb.xlsx.writeFile(file);
}

/** An export with no structure a SAKTI report has (no code, pagu or realisasi header). */
async function unrecognized(file: string): Promise<void> {
  await xlsx([notSaktiGrid()], file);
}

const SEED = 23;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const realisasiGrid = planToGrid(planRealisasi(model));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));
const expected = spec.sasaran.flatMap((s) =>
  s.indikator.map((i) => Math.round(i.lines.reduce((t, l) => t + sakti.realisasi.get(l.sub)! * (l.kontribusi / l.anggaran), 0))),
);

let dir: string;
beforeAll(async () => {
  dir = tmpDir();
  await xlsx([rapkGrid, realisasiGrid], path.join(dir, 'rapk.xlsx'));
  await xlsx([sakti.grid], path.join(dir, 'sakti.xlsx'));
});

const anggaranTw2 = async (file: string): Promise<{ values: unknown[]; notes: unknown[] }> => {
  const ws = (await loadWorkbook(file)).getWorksheet(realisasiGrid.name)!;
  const header = ws.getRow(3).values as unknown[];
  const col = header.indexOf('Realisasi Anggaran TW II');
  const values: unknown[] = [];
  const notes: unknown[] = [];
  for (let r = 4; r <= ws.rowCount; r++) {
    if (!ws.getCell(r, 1).value) continue;
    values.push(ws.getCell(r, col).value);
    const n = ws.getCell(r, col).note;
    notes.push(typeof n === 'string' ? n : (n?.texts?.map((t) => t.text).join('') ?? null));
  }
  return { values, notes };
};

describe('rapk anggaran', () => {
  it('--json: each indicator the share sum of its lines, nothing unmatched', async () => {
    const r = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'sakti.xlsx'), '--tw', '2', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      period: { month: number; year: number };
      indicators: { kode: string; realisasiAnggaran: number }[];
      unmatched: { export: unknown[]; rapk: unknown[] };
      findings: unknown[];
    };
    expect(j.period).toMatchObject({ month: 6, year: spec.year });
    expect(j.indicators.map((i) => i.realisasiAnggaran)).toEqual(expected);
    expect(j.unmatched).toEqual({ export: [], rapk: [] });
    expect(j.findings).toEqual([]);
  });

  it('-o writes Realisasi Anggaran TW II with a note on each cell; a typed value is kept; a second import replaces its own', async () => {
    const out = path.join(dir, 'rapk-anggaran.xlsx');
    const r = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'sakti.xlsx'), '--tw', '2', '-o', out);
    expect(r.code).toBe(0);
    const a = await anggaranTw2(out);
    expect(a.values).toEqual(expected);
    expect(a.notes.every((n) => typeof n === 'string' && n.startsWith('RAPK · SAKTI: realisasi anggaran dari sakti.xlsx'))).toBe(true);
    // the planner types the first figure by hand: kept, and said
    const typed = path.join(dir, 'typed.xlsx');
    await xlsx([rapkGrid, realisasiGrid], typed, { sheet: realisasiGrid.name, cell: 'Q4', value: 12345 });
    const out2 = path.join(dir, 'typed-anggaran.xlsx');
    const r2 = await rapk('anggaran', typed, path.join(dir, 'sakti.xlsx'), '--tw', '2', '-o', out2);
    expect(r2.err).toMatch(/isian perencana \(12345\) dipertahankan/);
    expect((await anggaranTw2(out2)).values).toEqual([12345, ...expected.slice(1)]);
    // importing again over the first copy: its own figures are replaced, not kept
    const out3 = path.join(dir, 'again.xlsx');
    const r3 = await rapk('anggaran', out, path.join(dir, 'sakti.xlsx'), '--tw', '2', '-o', out3);
    expect(r3.err).toBe('');
    expect((await anggaranTw2(out3)).values).toEqual(expected);
  });

  it('the Ringkasan then uses the imported figures (penyerapan, IE, efisiensi)', async () => {
    const s = await rapk('summary', path.join(dir, 'rapk-anggaran.xlsx'), '--tw', '2', '--json');
    const j = JSON.parse(s.out) as { sasaran: { realisasiAnggaran: number | null; penyerapan: number | null }[] };
    expect(j.sasaran.every((x) => x.realisasiAnggaran !== null && x.penyerapan !== null)).toBe(true);
  });

  it('a report of another quarter: the A13 error, nothing written, exit 1', async () => {
    const out = path.join(dir, 'tw3.xlsx');
    const r = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'sakti.xlsx'), '--tw', '3', '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/A13/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an export with no recognizable structure: a message naming what was looked for, exit 2, nothing written', async () => {
    const other = path.join(dir, 'lain.xlsx');
    await unrecognized(other);
    const out = path.join(dir, 'tidak.xlsx');
    const r = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), other, '--tw', '2', '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bukan laporan realisasi SAKTI .*baris judul kolom dengan "Pagu" dan "Realisasi".*Tidak ada yang diubah/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a hidden next-year draft RAPK beside this year's: this year's is used and said on stderr, as rapk realisasi says it", async () => {
    const next = spec.year + 1;
    const draft: Grid = {
      ...rapkGrid,
      name: `RAPK ${next}`,
      values: rapkGrid.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(String(spec.year), String(next)) : v))),
      hidden: true,
    };
    const two = path.join(dir, 'two.xlsx');
    await xlsx([rapkGrid, draft, realisasiGrid], two);
    const r = await rapk('anggaran', two, path.join(dir, 'sakti.xlsx'), '--tw', '2', '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { indicators: { realisasiAnggaran: number }[] }).indicators.map((i) => i.realisasiAnggaran)).toEqual(
      expected,
    );
    expect(r.err.trim()).toBe(
      `rapk: Using the ${spec.year} RAPK (sheet "${rapkGrid.name}", the visible one); RAPKs of other years left aside: "RAPK ${next}".`,
    );
  });

  it("a SAKTI report with another export's columns remembered in the settings sheet: the report's own columns, the remembered ones said set aside", async () => {
    const kept = 'kode=C,uraian=A,pagu=E,realisasi=F';
    const settings = planToGrid(planSettings(model, 'spec', 'id', { mapping: parseMapping(kept)! }));
    const withSettings = path.join(dir, 'remembered.xlsx');
    await xlsx([rapkGrid, realisasiGrid, settings], withSettings);
    const r = await rapk('anggaran', withSettings, path.join(dir, 'sakti.xlsx'), '--tw', '2', '--lang', 'en');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    // said once, right under where the report's columns came from (its header words or SAKTI's positions)
    const at = lines.indexOf(SAKTI_TEXT.en.setAside(kept));
    expect(at).toBeGreaterThan(0);
    expect([SAKTI_TEXT.en.columns('words', null), SAKTI_TEXT.en.columns('positions', null)]).toContain(lines[at - 1]);
    expect(lines.filter((l) => l === lines[at])).toHaveLength(1);
    const j = await rapk('anggaran', withSettings, path.join(dir, 'sakti.xlsx'), '--tw', '2', '--json');
    expect((JSON.parse(j.out) as { columns: unknown }).columns).toMatchObject({ mapping: null, setAside: kept });
    expect((JSON.parse(j.out) as { indicators: { realisasiAnggaran: number }[] }).indicators.map((i) => i.realisasiAnggaran)).toEqual(
      expected,
    );
    // without a remembered mapping nothing is said of one
    const plain = await rapk('anggaran', path.join(dir, 'rapk.xlsx'), path.join(dir, 'sakti.xlsx'), '--tw', '2', '--lang', 'en');
    expect(plain.out).not.toContain(SAKTI_TEXT.en.setAside(kept));
    expect(plain.out).not.toMatch(/set aside/);
  });
  it('unusable remembered columns (M06) do not stop a SAKTI report read by its own structure; they stop an export that would be read by them', async () => {
    const g = planToGrid(planSettings(model, 'spec', 'id'));
    const settings = withCell(g, `B${find(g, 'Kolom Kode').slice(1)}`, '3');
    const broken = path.join(dir, 'broken.xlsx');
    await xlsx([rapkGrid, realisasiGrid, settings], broken);
    const r = await rapk('anggaran', broken, path.join(dir, 'sakti.xlsx'), '--tw', '2', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(SAKTI_TEXT.en.setAsideUnusable);
    // no finding line: the M06 is only named in that sentence
    expect(r.out.split('\n').filter((l) => /M06/.test(l))).toEqual([SAKTI_TEXT.en.setAsideUnusable]);
    const j = await rapk('anggaran', broken, path.join(dir, 'sakti.xlsx'), '--tw', '2', '--json');
    const json = JSON.parse(j.out) as { columns: unknown; findings: unknown[]; indicators: { realisasiAnggaran: number }[] };
    expect(json.columns).toMatchObject({ mapping: null, setAside: 'unusable' });
    expect(['words', 'positions']).toContain((json.columns as { from: string }).from);
    expect(json.findings).toEqual([]);
    expect(json.indicators.map((i) => i.realisasiAnggaran)).toEqual(expected);
    // written: the figures, the settings sheet as it was
    const out = path.join(dir, 'broken-out.xlsx');
    const w = await rapk('anggaran', broken, path.join(dir, 'sakti.xlsx'), '--tw', '2', '-o', out);
    expect(w.code).toBe(0);
    expect((await anggaranTw2(out)).values).toEqual(expected);
    // an export recognized neither way would be read by them: stopped, the M06 said
    const other = path.join(dir, 'other-broken.xlsx');
    await unrecognized(other);
    const stop = await rapk('anggaran', broken, other, '--tw', '2', '-o', path.join(dir, 'never.xlsx'));
    expect(stop.code).toBe(2);
    expect(stop.err).toMatch(/M06/);
    expect(stop.err).toContain(SAKTI_TEXT.id.unusableRemembered);
    expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
  });
});
