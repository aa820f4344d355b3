/** The pane says why there is no RAPK table (issue 15): the reader's reason, and RAPKs of several years, in id and en. */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid, loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';
import * as headers from '../../src/core/reader/headers';
import { rendered, smallSpec } from '../support/grids';

function show(sim: ExcelSimulator): void {
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  render(<App gateway={gw} />);
}

const click = async (name: string): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

afterEach(() => jest.restoreAllMocks());

describe('no RAPK table, and why', () => {
  it('a sheet the reader stopped on: the pane gives the reason, in Indonesian and in English', async () => {
    const sim = new ExcelSimulator();
    loadPlan(sim, samplePlan());
    const headerAt = headers.headerAt;
    jest.spyOn(headers, 'headerAt').mockImplementation((g, r, w) => {
      if (g.name === 'RAPK 2025') throw new Error('row unreadable');
      return headerAt(g, r, w);
    });
    show(sim);
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Validasi');
    const id = await screen.findByText(/pembaca berhenti/);
    expect(id).toHaveTextContent(
      'RAPK 2025: Tabel RAPK pada sheet ini tidak dapat dibaca: pembaca berhenti (row unreadable). Mohon laporkan bersama berkasnya.',
    );
    expect(screen.queryByText(/Tidak ada tabel RAPK di sheet/)).toBeNull();
    expect(screen.getByTestId('outcome')).toHaveAttribute('data-intent', 'error');
    fireEvent.change(screen.getByTestId('lang'), { target: { value: 'en' } });
    const en = await screen.findByText(/the reader stopped/);
    expect(en).toHaveTextContent(
      'RAPK 2025: The RAPK table on this sheet could not be read: the reader stopped (row unreadable). Please report this with the file.',
    );
  });

  it('RAPKs of two years: the pane says which RAPKs, not "no RAPK", in Indonesian and in English', async () => {
    const sim = new ExcelSimulator();
    for (const year of [2024, 2025]) loadGrid(sim, rendered({ ...smallSpec(), year }));
    show(sim);
    await screen.findByText('Sheet aktif: RAPK 2024');
    await click('Realisasi');
    const id = await screen.findByText(/RAPK lebih dari satu tahun/);
    expect(id).toHaveTextContent(
      'Workbook ini berisi RAPK lebih dari satu tahun ("RAPK 2024", "RAPK 2025") sehingga tidak jelas RAPK mana yang dipakai. Simpan RAPK setiap tahun dalam workbook tersendiri, lalu ulangi.',
    );
    expect(screen.queryByText(/Tidak ada tabel RAPK/)).toBeNull();
    fireEvent.change(screen.getByTestId('lang'), { target: { value: 'en' } });
    const en = await screen.findByText(/more than one year/);
    expect(en).toHaveTextContent(
      'This workbook holds RAPKs of more than one year ("RAPK 2024", "RAPK 2025"), so it is not clear which RAPK to use. Keep each year\'s RAPK in a workbook of its own, then try again.',
    );
  });
});
