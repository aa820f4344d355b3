/**
 * The pane says why there is no RAPK table (issue 15): the reader's reason, and RAPKs of several
 * years, in id and en. On the fake gateway: the adapter's side (which problem, with which stops)
 * is tests/excel/reader-stop.test.ts.
 */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { GatewayError } from '../../src/gateway/contract';
import { FakeGateway, PRECHECK } from '../support/fakeGateway';

const click = async (name: string): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('no RAPK table, and why', () => {
  it('a sheet the reader stopped on: the pane gives the reason, in Indonesian and in English', async () => {
    const stops = [{ sheet: 'RAPK 2025', reason: 'row unreadable' }];
    render(<App gateway={new FakeGateway({ validasi: new GatewayError({ kind: 'noRapk', sheet: 'RAPK 2025', stops }) })} />);
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
    const problem = new GatewayError({ kind: 'ambiguousRapk', sheets: ['RAPK 2024', 'RAPK 2025'] });
    render(<App gateway={new FakeGateway({ precheck: { ...PRECHECK, sheet: 'RAPK 2024' }, realisasi: problem })} />);
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
