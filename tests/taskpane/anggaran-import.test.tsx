/**
 * "Impor realisasi anggaran (SAKTI)" in jsdom (issue 24), the component alone: the report chosen
 * (the grids reader stands in for the worker), the figures by indicator with their lines, the
 * unmatched lines and findings, then the write (a second gateway call, here the simulator's);
 * an unreadable file, a file that is not a report and a report of another quarter are said.
 */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Grid } from '../../src/core/grid/grid';
import { validateSheet } from '../../src/core/rules/validate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { SAKTI_UI } from '../../src/core/locales/paneSakti';
import { ExcelGateway } from '../../src/excel/gateway';
import { planToGrid } from '../../src/sample/generate';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { AnggaranImport, type ImportAnggaran } from '../../src/taskpane/sakti/AnggaranImport';
import type { GridsOutcome } from '../../src/worker/client';
import { type ColumnMapping, parseMapping } from '../../src/core/sakti/mapped';
import { readImportSettings } from '../../src/core/sakti/settings';
import { SAKTI_TEXT } from '../../src/core/locales/sakti';
import { planSettings } from '../../src/core/sheets/settings';
import { notSaktiGrid, ownTableOf } from '../support/saktiOwn';
import { find, withCell } from '../support/grids';

const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const model = validateSheet(rapkGrid).model!;
const realisasiGrid = planToGrid(planRealisasi(model));
const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6, unclaimed: true }));

function setup(grids: GridsOutcome = { ok: true, grids: [sakti.grid] }, workbook: Grid[] = [rapkGrid, realisasiGrid]) {
  const sim = new ExcelSimulator({ apiVersion: 18, platform: 'desktop' });
  for (const g of workbook) loadGrid(sim, g);
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  const calls: { file: string; tw: number; write: boolean }[] = [];
  const mappings: (ColumnMapping | null)[] = [];
  const importAnggaran: ImportAnggaran = (exported, tw, split, lang, write, mapping) => {
    calls.push({ file: exported.file, tw, write });
    mappings.push(mapping ?? null);
    return gw.importAnggaran(exported, tw, split, lang, write, mapping);
  };
  const readGrids = jest.fn(async () => grids);
  render(
    <AnggaranImport lang="id" disabled={false} tw={2} readGrids={readGrids} importAnggaran={importAnggaran} errorText={() => 'galat'} />,
  );
  return { sim, calls, mappings, readGrids };
}

async function choose(name: string): Promise<void> {
  const input = screen.getByTestId('sakti-file') as HTMLInputElement;
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

const column = (sim: ExcelSimulator): unknown[] => {
  const s = sim.store.sheet(realisasiGrid.name)!;
  const c = realisasiGrid.values[2]!.indexOf('Realisasi Anggaran TW II');
  return realisasiGrid.values.flatMap((row, r) => (r >= 3 && row[0] ? [sim.store.cell(s, r, c)?.value ?? null] : []));
};

const u = SAKTI_UI.id;

describe('Impor realisasi anggaran (SAKTI)', () => {
  it('previews the figures by indicator, the unmatched line and its finding; writes on the second button', async () => {
    const { sim, calls } = setup();
    expect(screen.getByRole('region', { name: u.heading })).toBeTruthy();
    await choose('laporan-sakti.xlsx');
    const indicators = await screen.findByTestId('sakti-indicators');
    expect(calls).toEqual([{ file: 'laporan-sakti.xlsx', tw: 2, write: false }]);
    expect(indicators.querySelectorAll(':scope > li')).toHaveLength(6);
    // each indicator's lines with their share
    expect(indicators.textContent).toMatch(/%/);
    expect(screen.getByTestId('sakti-unmatched-export').querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByTestId('sakti-findings').textContent).toMatch(/A09/);
    expect(screen.getByTestId('sakti-status').textContent).toBe(u.toWrite(6, realisasiGrid.name));
    // nothing written yet
    expect(column(sim).every((v) => v === null)).toBe(true);

    await act(async () => {
      fireEvent.click(screen.getByTestId('sakti-write'));
    });
    await screen.findByText(u.written(6, realisasiGrid.name));
    expect(calls.map((c) => c.write)).toEqual([false, true]);
    expect(column(sim).every((v) => typeof v === 'number' && v > 0)).toBe(true);
    expect(screen.queryByTestId('sakti-write')).toBeNull();
  });

  it('a report of another quarter: the A13 finding, no write button', async () => {
    const { calls } = setup();
    await act(async () => {
      fireEvent.change(screen.getByTestId('sakti-tw'), { target: { value: '3' } });
    });
    await choose('laporan-sakti.xlsx');
    await screen.findByTestId('sakti-findings');
    expect(calls).toEqual([{ file: 'laporan-sakti.xlsx', tw: 3, write: false }]);
    expect(screen.getByTestId('sakti-findings').textContent).toMatch(/A13/);
    expect(screen.getByTestId('sakti-status').textContent).toMatch(/A13/);
    expect(screen.queryByTestId('sakti-write')).toBeNull();
  });

  it('a file that is not a SAKTI report: what was looked for, the workbook unchanged', async () => {
    const other: Grid = { name: 'Data', values: [['Nama', 'Jumlah']], merges: [] };
    setup({ ok: true, grids: [other] });
    await choose('lain.xlsx');
    expect((await screen.findByTestId('sakti-outcome')).textContent).toMatch(
      /lain\.xlsx bukan laporan realisasi SAKTI.*Tidak ada yang diubah/,
    );
  });

  it('an unreadable file: said, no gateway call', async () => {
    const { calls } = setup({ ok: false, reason: 'encrypted' });
    await choose('kunci.xlsx');
    expect((await screen.findByTestId('sakti-outcome')).textContent).toMatch(/^kunci\.xlsx tidak dapat dibaca: .+Workbook tidak diubah\.$/);
    expect(calls).toEqual([]);
  });

  it('an export that is not recognized: the column picker (guessed from its headers), the import by those columns, remembered with the write', async () => {
    const own = ownTableOf(spec, sakti);
    const { sim, calls, mappings } = setup({ ok: true, grids: [own] });
    await choose('omspan.xlsx');
    expect((await screen.findByTestId('sakti-outcome')).textContent).toMatch(/omspan\.xlsx bukan laporan realisasi SAKTI/);
    const picker = screen.getByRole('region', { name: u.pickHeading });
    // the guess: the column of full line codes, the Uraian, Pagu and Realisasi headers
    expect((screen.getByTestId('sakti-pick-kode') as HTMLButtonElement).textContent).toBe(u.pickColumn('C', 'Kode'));
    expect((screen.getByTestId('sakti-pick-pagu') as HTMLButtonElement).textContent).toBe(u.pickColumn('E', 'Pagu'));
    expect(picker.textContent).not.toMatch(/belum dipilih/);

    // the planner names one column twice: said, the import waits
    fireEvent.click(screen.getByTestId('sakti-pick-realisasi'));
    fireEvent.click(await screen.findByRole('option', { name: u.pickColumn('E', 'Pagu') }));
    expect(screen.getByTestId('sakti-pick-problem').textContent).toBe(u.pickDuplicate(u.pickLabel.realisasi, u.pickLabel.pagu));
    expect(screen.getByTestId('sakti-pick-apply').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByTestId('sakti-pick-realisasi'));
    fireEvent.click(await screen.findByRole('option', { name: u.pickColumn('F', 'Realisasi') }));
    expect(screen.queryByTestId('sakti-pick-problem')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByTestId('sakti-pick-apply'));
    });
    await screen.findByTestId('sakti-indicators');
    const m = parseMapping('kode=C,uraian=A,pagu=E,realisasi=F');
    expect(mappings).toEqual([null, m]);
    expect(screen.getByTestId('sakti-columns').textContent).toMatch(/kode=C,uraian=A,pagu=E,realisasi=F/);
    await act(async () => {
      fireEvent.click(screen.getByTestId('sakti-write'));
    });
    expect((await screen.findByTestId('sakti-remembered')).textContent).toBe(u.remembered.kept('Pengaturan RAPK'));
    expect(calls.map((c) => c.write)).toEqual([false, false, true]);
    expect(mappings[2]).toEqual(m);
    // the settings sheet (created, with its defaults) holds the columns
    const s = sim.store.sheet('Pengaturan RAPK')!;
    const grid: Grid = {
      name: 'Pengaturan RAPK',
      values: Array.from({ length: 120 }, (_, r) => Array.from({ length: 6 }, (_, c) => sim.store.cell(s, r, c)?.value ?? null)),
      merges: [],
    };
    expect(readImportSettings(grid)).toEqual({ split: 'kontribusi', mapping: m, findings: [] });
    expect(column(sim).every((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it("a recognized report: the rule's and the columns' source shown; the picker on request, and cancelled", async () => {
    setup();
    await choose('laporan-sakti.xlsx');
    await screen.findByTestId('sakti-indicators');
    expect(screen.getByTestId('sakti-split-rule').textContent).toMatch(/bawaan; dapat diubah di sheet Pengaturan RAPK/);
    expect(screen.getByTestId('sakti-columns').textContent).toMatch(/^Kolom laporan/);
    // no remembered mapping: nothing set aside, nothing said of it
    expect(screen.queryByTestId('sakti-set-aside')).toBeNull();
    fireEvent.click(screen.getByTestId('sakti-change-columns'));
    expect(screen.getByRole('region', { name: u.pickHeading })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: u.pickCancel }));
    expect(screen.queryByRole('region', { name: u.pickHeading })).toBeNull();
  });

  it("a recognized report with another export's columns remembered: the report's own columns used, the remembered ones said set aside", async () => {
    const kept = 'kode=C,uraian=A,pagu=E,realisasi=F';
    const settings = planToGrid(planSettings(model, 'spec', 'id', { mapping: parseMapping(kept)! }));
    const { sim } = setup(undefined, [rapkGrid, realisasiGrid, settings]);
    await choose('laporan-sakti.xlsx');
    await screen.findByTestId('sakti-indicators');
    expect(screen.getByTestId('sakti-columns').textContent).toMatch(/^Kolom laporan dikenali dari judul kolomnya/);
    expect(screen.getByTestId('sakti-set-aside').textContent).toBe(SAKTI_TEXT.id.setAside(kept));
    // the write keeps the remembered columns as they are (nothing picked)
    await act(async () => {
      fireEvent.click(screen.getByTestId('sakti-write'));
    });
    await screen.findByText(u.written(6, realisasiGrid.name));
    expect(screen.getByTestId('sakti-set-aside').textContent).toBe(SAKTI_TEXT.id.setAside(kept));
    expect(screen.queryByTestId('sakti-remembered')).toBeNull();
    expect(column(sim).every((v) => typeof v === 'number' && v > 0)).toBe(true);
  });
  it('unusable remembered columns (M06): a recognized report is read and written, the columns said set aside', async () => {
    const g = planToGrid(planSettings(model, 'spec', 'id'));
    const settings = withCell(g, `B${find(g, 'Kolom Kode').slice(1)}`, '3');
    const { sim } = setup(undefined, [rapkGrid, realisasiGrid, settings]);
    await choose('laporan-sakti.xlsx');
    await screen.findByTestId('sakti-indicators');
    expect(screen.getByTestId('sakti-set-aside').textContent).toBe(SAKTI_TEXT.id.setAsideUnusable);
    expect(screen.getByTestId('sakti-status').textContent).not.toBe(SAKTI_TEXT.id.notWritten);
    await act(async () => {
      fireEvent.click(screen.getByTestId('sakti-write'));
    });
    await screen.findByText(u.written(6, realisasiGrid.name));
    expect(column(sim).every((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('unusable remembered columns (M06) and an export recognized neither way: stopped, the M06 said', async () => {
    const g = planToGrid(planSettings(model, 'spec', 'id'));
    const settings = withCell(g, `B${find(g, 'Kolom Kode').slice(1)}`, '3');
    const other = notSaktiGrid();
    setup({ ok: true, grids: [other] }, [rapkGrid, realisasiGrid, settings]);
    await choose('lain.xlsx');
    expect(await screen.findByText(new RegExp(SAKTI_TEXT.id.unusableRemembered.replace(/[()]/g, '\\$&')))).toBeTruthy();
    expect(screen.queryByTestId('sakti-indicators')).toBeNull();
  });
});
