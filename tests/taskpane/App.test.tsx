/** The task pane in jsdom, over the real adapter and the simulator. */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';

function setup(opts: { errors?: boolean; protect?: boolean; apiVersion?: number } = {}) {
  const sim = new ExcelSimulator({ apiVersion: opts.apiVersion ?? 18 });
  const s = loadPlan(sim, samplePlan(!!opts.errors));
  s.protected = !!opts.protect;
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  render(<App gateway={gw} />);
  return { sim };
}

describe('task pane', () => {
  it('explains why Ringkasan is not available before there is a Realisasi sheet', async () => {
    setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    expect(screen.getByRole('button', { name: 'Ringkasan TW' })).toHaveAttribute('aria-disabled', 'true');
    // the reason stays reachable: the disabled button is focusable and described by it
    const ringkasan = screen.getByRole('button', { name: 'Ringkasan TW' });
    expect(ringkasan).not.toHaveAttribute('disabled');
    expect(ringkasan).toHaveAccessibleDescription(/^Belum ada sheet Realisasi/);
    expect(screen.getByText(/Belum ada sheet Realisasi/)).toBeInTheDocument();
  });

  it('Validasi lists findings grouped by severity with counts; clicking one selects its cell', async () => {
    const { sim } = setup({ errors: true });
    await screen.findByText('Sheet aktif: RAPK 2025');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Validasi' }));
    });
    await screen.findByText(/5 sel ditandai/);
    const list = screen.getByRole('region', { name: 'Temuan' });
    expect(list).toHaveTextContent('Kesalahan');
    expect(list).toHaveTextContent('A01 · 1');
    // the accessible name carries the message, not only the cell
    const goto = screen.getByRole('button', {
      name: 'Ke sel P17: Jumlah kontribusi 3 baris belanja indikator 02.02 adalah 77.327.000, tidak sama dengan anggarannya 79.327.000 (selisih 2.000.000).',
    });
    await act(async () => {
      fireEvent.click(goto);
    });
    await waitFor(() => expect(sim.store.selection).toEqual({ sheet: 'RAPK 2025', address: 'P17' }));
  });

  it('a protected sheet disables Validasi and says how to unprotect', async () => {
    setup({ protect: true });
    await screen.findByText(/dilindungi \(protected\)/);
    expect(screen.getByRole('button', { name: 'Validasi' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('an old Excel gets one clear message and disabled commands', async () => {
    setup({ apiVersion: 8 });
    expect(screen.getByText(/Versi Excel ini terlalu lama/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Validasi' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Realisasi' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('switches to English', async () => {
    setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    fireEvent.change(screen.getByTestId('lang'), { target: { value: 'en' } });
    expect(await screen.findByRole('button', { name: 'Validate' })).toBeInTheDocument();
    expect(screen.getByText('Active sheet: RAPK 2025')).toBeInTheDocument();
  });

  it('text from the workbook is shown as text, never as HTML', async () => {
    const sim = new ExcelSimulator();
    const plan = samplePlan(true);
    const t02 = plan.cells.find((c) => c.value === '8l,5')!;
    t02.value = '<img src=x onerror="window.__x=1">';
    loadPlan(sim, plan);
    const gw = new ExcelGateway(
      (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
      (n, v) => sim.isSetSupported(n, v),
    );
    const { container } = render(<App gateway={gw} />);
    await screen.findByText('Sheet aktif: RAPK 2025');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Validasi' }));
    });
    await screen.findByText(/sel ditandai/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__x=1">');
  });
});

describe('language switch', () => {
  it('the last result message follows the language', async () => {
    setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Realisasi' }));
    });
    await screen.findByText(/Sheet "Realisasi 2025" dibuat/);
    fireEvent.change(screen.getByTestId('lang'), { target: { value: 'en' } });
    expect(await screen.findByText(/Sheet "Realisasi 2025" created/)).toBeInTheDocument();
  });
});
