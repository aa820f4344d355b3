/** Issue 12 / 11.7: grouped findings, outcome colour, unresolved RAPK errors, the pane following the sheet. */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FindingsList, groupFindings } from '../../src/taskpane/FindingsList';
import { UI } from '../../src/core/locales/pane';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';
import { type Finding, finding } from '../../src/core/rules/findings';

function setup(opts: { errors?: boolean } = {}) {
  const sim = new ExcelSimulator();
  loadPlan(sim, samplePlan(!!opts.errors));
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  const view = render(<App gateway={gw} />);
  return { sim, gw, view };
}

const click = async (name: string): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('findings a planner can read', () => {
  it('groups by rule with a title and a count, errors first, under a one-line summary; the outcome is an error bar', async () => {
    setup({ errors: true });
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Validasi');
    await screen.findByText(/5 sel ditandai/);
    const list = screen.getByRole('region', { name: 'Temuan' });
    expect(within(list).getByTestId('findings-summary')).toHaveTextContent('4 kesalahan, 1 peringatan, 0 info');
    const heads = Array.from(list.querySelectorAll('[data-rule]')).map(
      (e) => `${e.getAttribute('data-rule')}:${e.getAttribute('data-severity')}`,
    );
    expect(heads).toEqual(['A01:error', 'A02:error', 'T02:error', 'T03:error', 'T04:warning']);
    expect(list).toHaveTextContent('A01 · 1 — Jumlah kontribusi ≠ anggaran indikator (Kesalahan)');
    expect(list).toHaveTextContent('T04 · 1 — Target menurun (Peringatan)');
    expect(screen.getByTestId('outcome')).toHaveAttribute('data-intent', 'error');
  });

  it('a clean sheet gives a success bar', async () => {
    setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Validasi');
    await screen.findByText(/Tidak ditemukan masalah/);
    expect(screen.getByTestId('outcome')).toHaveAttribute('data-intent', 'success');
  });

  it('25 findings of one rule start collapsed, so the single T04 stays visible', () => {
    const many: Finding[] = Array.from({ length: 25 }, (_, i) =>
      finding('A08', 'RAPK', [`P${10 + i}`], { kode: '01.01', indicator: 'Persentase', kind: 'noContribution', line: `RO ${i}` }),
    );
    const t04 = finding('T04', 'RAPK', ['J7'], {
      kode: '01.01',
      indicator: 'Persentase',
      prevValue: 92.5,
      prevMonth: 'B06',
      value: 29.5,
      month: 'B07',
    });
    const t02 = finding('T02', 'RAPK', ['F10'], { month: 'B03', text: '8l,5' });
    expect(groupFindings([...many, t04, t02]).map((g) => `${g.code}:${g.items.length}`)).toEqual(['T02:1', 'A08:25', 'T04:1']);
    render(<FindingsList findings={[...many, t04, t02]} lang="id" t={UI.id} onSelect={() => undefined} />);
    expect(screen.getByTestId('findings-summary')).toHaveTextContent('1 kesalahan, 26 peringatan, 0 info');
    expect(screen.getByRole('button', { name: /^Ke sel J7: Target indikator 01\.01 turun/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ke sel P10:/ })).toBeNull();
    const header = screen.getByRole('button', { name: /A08 · 25/ });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(header);
    expect(screen.getByRole('button', { name: /^Ke sel P10:/ })).toBeInTheDocument();
  });

  it('English plurals: 1 error, 26 warnings', () => {
    expect(UI.en.counts(1, 26, 0)).toBe('1 error, 26 warnings, 0 info');
    expect(UI.en.counts(2, 1, 3)).toBe('2 errors, 1 warning, 3 info');
  });
});

describe('unresolved RAPK errors are not silent', () => {
  it('Realisasi says the RAPK still has 4 errors and lists them on request', async () => {
    setup({ errors: true });
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Realisasi');
    await screen.findByText(/Sheet "Realisasi 2025" dibuat/);
    expect(screen.getByTestId('outcome')).toHaveAttribute('data-intent', 'warning');
    expect(screen.getByTestId('outcome-extra')).toHaveTextContent('RAPK masih memiliki 4 kesalahan');
    await click('Lihat kesalahan RAPK');
    const list = screen.getByRole('region', { name: 'Kesalahan RAPK yang belum diperbaiki' });
    expect(within(list).getByTestId('rapk-errors-summary')).toHaveTextContent('4 kesalahan, 0 peringatan, 0 info');
  });

  it('Ringkasan says from how many indicators the NPSS comes', async () => {
    setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Realisasi');
    await screen.findByText(/dibuat/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ringkasan TW' })).not.toHaveAttribute('aria-disabled'));
    await click('Ringkasan TW');
    await screen.findByText(/NPSS dihitung berdasarkan 0 dari 9 indikator\./);
  });
});

describe('the pane follows the active sheet (worksheet events)', () => {
  it('after Ringkasan, activating the RAPK sheet updates the sheet, the buttons and the reasons', async () => {
    const { sim } = setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    await waitFor(() => expect(sim.events.listeners).toBe(4));
    await click('Realisasi');
    await screen.findByText(/dibuat/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ringkasan TW' })).not.toHaveAttribute('aria-disabled'));
    await click('Ringkasan TW');
    await screen.findByText(/Sheet "Ringkasan TW .* 2025" dibuat\. Perubahan ini tidak dapat dibatalkan dengan Ctrl\+Z\./);
    sim.store.activeId = sim.store.sheets.find((s) => s.name.startsWith('Ringkasan'))!.id;
    sim.events.notice();
    await screen.findByText(/^Sheet aktif: Ringkasan TW/);
    expect(screen.getByRole('button', { name: 'Validasi' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/Ini sheet Ringkasan atau Rekap buatan add-in/)).toBeInTheDocument();
    // the planner clicks the RAPK tab: no focus event, only Excel's onActivated
    sim.store.activeId = sim.store.sheet('RAPK 2025')!.id;
    sim.events.notice();
    await screen.findByText('Sheet aktif: RAPK 2025');
    expect(screen.getByRole('button', { name: 'Validasi' })).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(/Ini sheet Ringkasan atau Rekap buatan add-in/)).toBeNull();
  });

  it('unsubscribes when the pane goes away', async () => {
    const { sim, view } = setup();
    await waitFor(() => expect(sim.events.listeners).toBe(4));
    view.unmount();
    await waitFor(() => expect(sim.events.listeners).toBe(0));
  });
});

describe('messages', () => {
  it('never shows an empty sheet name', () => {
    for (const lang of ['id', 'en'] as const) {
      const e = UI[lang].errors;
      // a sheet the host did not name: no `""` (a kind whose sheet is required cannot be built without one)
      for (const text of [e.noRapk({ kind: 'noRapk', sheet: null, stops: [] }), e.protected({ kind: 'protected', sheet: null })])
        expect(text).not.toMatch(/""/);
    }
    expect(UI.id.errors.noRapk({ kind: 'noRapk', sheet: null, stops: [] })).toBe(
      'Tidak ada tabel RAPK di workbook ini: tidak ada sheet dengan baris judul berkolom INDIKATOR dan TARGET/ANGGARAN.',
    );
  });
});
