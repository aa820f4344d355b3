/**
 * A workbook with a hidden last-year RAPK beside this year's (`pickRapk` leaves it aside): the
 * pane says which RAPK Realisasi, Ringkasan and the SAKTI import used, in the CLI's one sentence
 * (src/core/locales/rapkChosen.ts), through the Excel adapters on the simulator.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Grid } from '../../src/core/grid/grid';
import { UI } from '../../src/core/locales/pane';
import { RAPK_CHOSEN } from '../../src/core/locales/rapkChosen';
import type { RapkChosen } from '../../src/core/rapkChosen';
import { ExcelGateway } from '../../src/excel/gateway';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadGrid } from '../../src/sim/load';
import { App } from '../../src/taskpane/App';
import { realisasiShown, ringkasanShown } from '../../src/taskpane/outcomes';
import { AnggaranImport } from '../../src/taskpane/sakti/AnggaranImport';
import { summaryOf } from '../support/fakeGateway';

const SEED = 10;
const spec = specOf(SEED);
const rapkGrid = renderPresentation(SEED, { layout: 'K', plant: 'none' }, spec).grid;
const last = spec.year - 1;
/** last year's RAPK, hidden (the planner keeps it in the workbook) */
const lastYear: Grid = {
  ...rapkGrid,
  name: `RAPK ${last}`,
  values: rapkGrid.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(String(spec.year), String(last)) : v))),
  hidden: true,
};
const chosen: RapkChosen = { sheet: rapkGrid.name, year: spec.year, leftAside: [lastYear.name], by: 'visible' };

function gateway(grids: Grid[]): { sim: ExcelSimulator; gw: ExcelGateway } {
  const sim = new ExcelSimulator({ apiVersion: 18, platform: 'desktop' });
  for (const g of grids) loadGrid(sim, g);
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  return { sim, gw };
}

const click = async (name: string): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('the RAPK left aside, said in the pane', () => {
  it('the sentence is the one the CLI says (id and en), with a capital and a full stop', () => {
    expect(UI.id.rapkChosen(chosen)).toBe(RAPK_CHOSEN.id(chosen));
    expect(UI.en.rapkChosen(chosen)).toBe(RAPK_CHOSEN.en(chosen));
    expect(RAPK_CHOSEN.id(chosen)).toMatch(new RegExp(`^Dipakai RAPK tahun ${spec.year} .*"${lastYear.name}"\\.$`));
    expect(RAPK_CHOSEN.en(chosen)).toMatch(new RegExp(`^Using the ${spec.year} RAPK .*"${lastYear.name}"\\.$`));
    // a result without one says nothing of it
    const r = { sheet: 'Realisasi', rapkErrors: [], rows: 3, kept: 0, orphans: 0, created: true };
    expect(realisasiShown(r).outcome.rapkChosen).toBeUndefined();
    expect(realisasiShown({ ...r, rapkChosen: chosen }).outcome.rapkChosen!(UI.en)).toBe(RAPK_CHOSEN.en(chosen));
    const s = { sheet: 'Ringkasan TW II', rapkErrors: [], summary: summaryOf(1, 2) };
    expect(ringkasanShown(s).outcome.rapkChosen).toBeUndefined();
    expect(ringkasanShown({ ...s, rapkChosen: chosen }).outcome.rapkChosen!(UI.id)).toBe(RAPK_CHOSEN.id(chosen));
  });

  it('Realisasi and Ringkasan name the RAPK used and the one left aside', async () => {
    const { gw } = gateway([rapkGrid, lastYear]);
    render(<App gateway={gw} />);
    await screen.findByText(`Sheet aktif: ${rapkGrid.name}`);
    await click('Realisasi');
    await screen.findByText(/dibuat/);
    expect(screen.getByTestId('outcome-rapk-chosen').textContent).toBe(RAPK_CHOSEN.id(chosen));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ringkasan TW' })).not.toHaveAttribute('aria-disabled'));
    await click('Ringkasan TW');
    await screen.findByText(/NPSS dihitung berdasarkan/);
    expect(screen.getByTestId('outcome-rapk-chosen').textContent).toBe(RAPK_CHOSEN.id(chosen));
  });

  it('one RAPK: nothing said of a choice', async () => {
    const { gw } = gateway([rapkGrid]);
    render(<App gateway={gw} />);
    await screen.findByText(`Sheet aktif: ${rapkGrid.name}`);
    await click('Realisasi');
    await screen.findByText(/dibuat/);
    expect(screen.queryByTestId('outcome-rapk-chosen')).toBeNull();
  });

  it('the SAKTI import names the RAPK it joined the report to', async () => {
    const { gw } = gateway([rapkGrid, lastYear]);
    const sakti = renderSakti(spec, SEED, saktiOptions(SEED, { year: spec.year, month: 6 }));
    render(
      <AnggaranImport
        lang="en"
        disabled={false}
        tw={2}
        readGrids={async () => ({ ok: true, grids: [sakti.grid] })}
        importAnggaran={(e, tw, split, lang, write, mapping) => gw.importAnggaran(e, tw, split, lang, write, mapping)}
        errorText={() => 'error'}
      />,
    );
    const input = screen.getByTestId('sakti-file') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'sakti.xlsx')] } });
    });
    await screen.findByTestId('sakti-indicators');
    expect(screen.getByTestId('sakti-rapk-chosen').textContent).toBe(RAPK_CHOSEN.en(chosen));
  });
});
