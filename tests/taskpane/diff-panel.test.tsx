/**
 * "Bandingkan dengan versi lain" in jsdom (issue 23): the older file chosen, the changes listed
 * by indicator, a click goes to the changed cell of the open workbook, the Riwayat Revisi sheet
 * written; an unreadable file and a file without a RAPK are said, nothing written.
 */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';
import { planToGrid } from '../../src/sample/generate';
import type { Grid } from '../../src/core/grid/grid';
import type { GridsOutcome, RekapAnalyser } from '../../src/worker/client';

function setup(old: GridsOutcome) {
  const sim = new ExcelSimulator({ apiVersion: 18 });
  loadPlan(sim, samplePlan(false));
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  const selected: string[] = [];
  const select = gw.select.bind(gw);
  gw.select = async (sheet, cell) => {
    selected.push(`${sheet}!${cell}`);
    return select(sheet, cell);
  };
  const analyser = (): RekapAnalyser => ({
    analyse: async () => {
      throw new Error('not used');
    },
    grids: async () => old,
    dispose: jest.fn(),
  });
  render(<App gateway={gw} rekapAnalyser={analyser} />);
  return { sim, selected };
}

/** The sample RAPK with B12 of its first indicator lowered: the older version. */
function olderSample(): Grid[] {
  const g = planToGrid(samplePlan(false));
  const values = g.values.map((r) => [...r]);
  // the first indicator row's B12 (column O) holds a number: the older version had 1 less
  const row = values.findIndex((r) => typeof r[14] === 'number' && typeof r[2] === 'string' && /^01 - /.test(r[2]));
  values[row]![14] = (values[row]![14] as number) - 1;
  return [{ ...g, values }];
}

async function choose(name: string): Promise<void> {
  // the section is collapsed until the planner opens it
  if (!screen.queryByTestId('diff-file')) fireEvent.click(screen.getByRole('button', { name: 'Bandingkan dengan versi lain' }));
  const input = (await screen.findByTestId('diff-file')) as HTMLInputElement;
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('Bandingkan dengan versi lain', () => {
  it('lists the changes by indicator, goes to the cell on a click, writes the sheet', async () => {
    const { sim, selected } = setup({ ok: true, grids: olderSample() });
    await screen.findByText('Sheet aktif: RAPK 2025');
    await choose('rapk-2025-lama.xlsx');
    const outcome = await screen.findByTestId('diff-outcome');
    expect(outcome.textContent).toBe('1 perubahan dibandingkan dengan rapk-2025-lama.xlsx.');
    const list = screen.getByRole('list', { name: 'Daftar perubahan' });
    expect(list.textContent).toMatch(/^Indikator 01\.01 .*B12 berubah dari \d+(,\d+)? menjadi \d+(,\d+)?$/);
    const go = screen.getByRole('button', { name: /^Ke sel O\d+: Target B12 berubah/ });
    await act(async () => {
      fireEvent.click(go);
    });
    expect(selected).toEqual([`RAPK 2025!${/Ke sel (O\d+)/.exec(go.getAttribute('aria-label')!)![1]}`]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet Riwayat Revisi' }));
    });
    expect((await screen.findByTestId('diff-outcome')).textContent).toContain('Sheet "Riwayat Revisi" ditulis');
    expect(sim.store.sheets.map((s) => s.name)).toContain('Riwayat Revisi');
  });

  it('says when the chosen file cannot be read, or has no RAPK; writes nothing', async () => {
    const { sim } = setup({ ok: false, reason: 'encrypted' });
    await screen.findByText('Sheet aktif: RAPK 2025');
    await choose('sandi.xlsx');
    expect((await screen.findByTestId('diff-outcome')).textContent).toMatch(
      /^sandi\.xlsx tidak dapat dibaca: berkas dilindungi kata sandi/,
    );
    expect(screen.queryByRole('button', { name: 'Tulis sheet Riwayat Revisi' })).toBeNull();
    expect(sim.store.sheets.map((s) => s.name)).not.toContain('Riwayat Revisi');
  });

  it('says when the older file has no RAPK table', async () => {
    setup({ ok: true, grids: [{ name: 'Catatan', values: [['hanya catatan']], merges: [] }] });
    await screen.findByText('Sheet aktif: RAPK 2025');
    await choose('catatan.xlsx');
    expect((await screen.findByTestId('diff-outcome')).textContent).toBe(
      'catatan.xlsx tidak memiliki tabel RAPK: tidak ada yang dapat dibandingkan.',
    );
  });
});
