/** The pane's Rekap command in jsdom: files chosen, progress, the sheet written, cancel. */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { chartsOf } from '../../src/sim/charts';
import { ChartView } from '../../src/harness/ChartView';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';
import { rekapUnit, type RekapOutcome } from '../../src/core/rekap';
import type { RekapAnalyser } from '../../src/worker/client';
import { REKAP_UI } from '../../src/core/locales/paneRekap';
import { GOLDEN, unitGrids } from '../support/rekap';

function setup(analyser: () => RekapAnalyser) {
  const sim = new ExcelSimulator({ apiVersion: 18 });
  loadPlan(sim, samplePlan(false));
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  render(<App gateway={gw} rekapAnalyser={analyser} />);
  return { sim };
}

const files = GOLDEN.slice(0, 3).map((_, i) => ({ name: `unit-${i + 1}.xlsx`, arrayBuffer: async () => new ArrayBuffer(8) }));

/** Stands in for the worker: the golden units' grids, analysed by the core. */
const fake = (): RekapAnalyser => ({
  analyse: async (file, _bytes, tw): Promise<RekapOutcome> => rekapUnit(file, unitGrids(GOLDEN[Number(/(\d)/.exec(file)![1]) - 1]!), tw),
  dispose: jest.fn(),
});

describe('Rekap in the task pane', () => {
  it('writes the Rekap sheet with its chart from the chosen files', async () => {
    const { sim } = setup(fake);
    await screen.findByText('Sheet aktif: RAPK 2025');
    // the Rekap has its own section, collapsed until opened, and its own quarter
    fireEvent.click(screen.getByRole('button', { name: 'Rekap nasional' }));
    fireEvent.change(screen.getByTestId('rekap-tw'), { target: { value: '2' } });
    const run = screen.getByRole('button', { name: 'Rekap' });
    // disabled but focusable, described by the hint that says what to do
    expect(run).toHaveAttribute('aria-disabled', 'true');
    expect(run).toHaveAccessibleDescription(/^Pilih berkas RAPK dan Realisasi \(\.xlsx\) dari semua unit/);
    fireEvent.change(screen.getByTestId('rekap-files'), { target: { files } });
    await screen.findByText('3 berkas dipilih');
    await act(async () => {
      fireEvent.click(run);
    });
    expect(await screen.findByTestId('rekap-outcome')).toHaveTextContent('Sheet "Rekap TW II 2025" dibuat: 3 unit.');
    const s = sim.store.sheets.find((x) => x.name === 'Rekap TW II 2025')!;
    expect(s.cells.get('5,1')?.value).toBe('LOKA POM DI DUMAI');
    expect(s.cells.get('5,2')?.value).toBe(106.25);
    expect(chartsOf(s)).toHaveLength(1);
    // the NPSS chart (the plan's chart, drawn like the Ringkasan's): columns over the NPSS cells, unit names as categories
    expect(chartsOf(s)[0]).toMatchObject({
      type: 'ColumnClustered',
      title: 'NPSS per Unit, TW II 2025',
      // three ranked units (rows 6-8), the mean and median (9, 10), a blank row: the chart from row 12, 20 rows by 13 columns
      position: { start: 'A12', end: 'M31' },
      series: [{ name: 'NPSS', chartType: 'ColumnClustered', values: 'C6:C8', xValues: 'B6:B8' }],
    });
    // the harness's one chart view draws it: one series, no point fills, a bar per unit in the series colour
    const view = render(<ChartView sheet={s} />);
    const bars = Array.from(view.container.querySelectorAll('rect'));
    expect(bars.map((b) => [b.getAttribute('data-kode'), b.getAttribute('fill')])).toEqual([
      ['LOKA POM DI DUMAI', '#4472C4'],
      ['BALAI POM DI AMBON', '#4472C4'],
      ['BALAI POM DI JEMBER', '#4472C4'],
    ]);
    expect(view.container.querySelectorAll('polyline')).toHaveLength(0);
    expect(view.container.querySelector('figcaption')).toHaveTextContent('NPSS per Unit, TW II 2025');
    view.unmount();
    // the pane follows: the new sheet is the active one
    expect(await screen.findByText('Sheet aktif: Rekap TW II 2025')).toBeInTheDocument();
  });

  it('Batal stops the run: the workbook is unchanged and the worker is stopped', async () => {
    let release: () => void = () => undefined;
    const dispose = jest.fn(() => release());
    const hanging = (): RekapAnalyser => ({
      analyse: () =>
        new Promise((_, reject) => {
          release = () => reject(new Error('terminated'));
        }),
      dispose,
    });
    const { sim } = setup(hanging);
    await screen.findByText('Sheet aktif: RAPK 2025');
    fireEvent.click(screen.getByRole('button', { name: 'Rekap nasional' }));
    fireEvent.change(screen.getByTestId('rekap-files'), { target: { files } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Rekap' }));
    });
    expect(screen.getByRole('status')).toHaveTextContent('0 dari 3 berkas dibaca');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    });
    expect(await screen.findByTestId('rekap-outcome')).toHaveTextContent(REKAP_UI.id.cancelled);
    expect(dispose).toHaveBeenCalled();
    expect(sim.store.sheets.map((x) => x.name)).toEqual(['RAPK 2025']);
  });

  it('strings exist in Indonesian and English (parity)', () => {
    expect(Object.keys(REKAP_UI.en).sort()).toEqual(Object.keys(REKAP_UI.id).sort());
  });
});
