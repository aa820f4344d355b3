/**
 * The pane on the fake gateway (no simulator): the result appears under the command that ran and
 * takes the focus, is announced once, the Ringkasan's result replaces the findings list, the
 * Rekap has its own collapsed section, its own quarter and an Indonesian file button.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { finding } from '../../src/core/rules/findings';
import { GatewayError } from '../../src/gateway/contract';
import type { RekapAnalyser } from '../../src/worker/client';
import { FakeGateway, PRECHECK, VALIDASI } from '../support/fakeGateway';

const t02 = finding('T02', 'RAPK 2025', ['F10'], { month: 'B03', text: '8l,5' });
const analyser = (): RekapAnalyser => ({
  analyse: async () => ({ ok: false, failure: { file: 'x', reason: 'noRapk' } }),
  dispose: () => undefined,
});

async function click(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

function setup(gw = new FakeGateway(), now = new Date(2026, 6, 1)) {
  render(<App gateway={gw} rekapAnalyser={analyser} now={now} />);
  return gw;
}

/** the section a command's button is in */
const sectionOf = (name: string): HTMLElement => screen.getByRole('button', { name }).closest('section')!;

describe('the result where the eye is', () => {
  it('Validasi: under the Validasi button, focused, its title the outcome, announced once', async () => {
    // jsdom has no innerText (Fluent's announcer writes the message with it): as textContent
    const innerText = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText');
    Object.defineProperty(HTMLElement.prototype, 'innerText', {
      configurable: true,
      get(this: HTMLElement) {
        return this.textContent;
      },
      set(this: HTMLElement, v: string) {
        this.textContent = v;
      },
    });
    jest.useFakeTimers();
    try {
      setup(new FakeGateway({ validasi: { ...VALIDASI, findings: [t02], marked: 1 } }));
      await screen.findByText('Sheet aktif: RAPK 2025');
      await click('Validasi');
      const result = screen.getByTestId('result');
      expect(sectionOf('Validasi')).toContainElement(result);
      expect(result).toHaveFocus();
      expect(result).toHaveAccessibleName('Hasil Validasi');
      expect(within(result).getByTestId('outcome')).toHaveAttribute('data-intent', 'error');
      expect(within(result).getByText('1 kesalahan perlu diperbaiki')).toBeInTheDocument();
      // one live region for the message: Fluent's announcer, not a role=status/alert of our own as well
      expect(result.querySelectorAll('[role="status"],[role="alert"],[aria-live]')).toHaveLength(0);
      act(() => {
        jest.advanceTimersByTime(10);
      });
      const live = Array.from(document.querySelectorAll('[aria-live]')).filter((e) =>
        /kesalahan perlu diperbaiki/.test(e.textContent ?? ''),
      );
      expect(live).toHaveLength(1);
      expect(live[0]!.textContent!.match(/1 kesalahan perlu diperbaiki/g)).toHaveLength(1);
    } finally {
      jest.useRealTimers();
      if (innerText) Object.defineProperty(HTMLElement.prototype, 'innerText', innerText);
      else delete (HTMLElement.prototype as { innerText?: string }).innerText;
    }
  });

  it('after Ringkasan the findings list of the RAPK goes; the summary card is under Ringkasan', async () => {
    setup(new FakeGateway({ validasi: { ...VALIDASI, findings: [t02], marked: 1 } }));
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Validasi');
    expect(screen.getByRole('region', { name: 'Temuan' })).toBeInTheDocument();
    await click('Ringkasan TW');
    expect(screen.queryByRole('region', { name: 'Temuan' })).toBeNull();
    const result = screen.getByTestId('result');
    expect(sectionOf('Ringkasan TW')).toContainElement(result);
    expect(result).toHaveFocus();
    expect(result).toHaveTextContent('NPSS dihitung berdasarkan 16 dari 25 indikator.');
  });

  it('a failure is said under the command with its typed problem', async () => {
    setup(new FakeGateway({ realisasi: new GatewayError({ kind: 'ambiguousRapk', sheets: ['RAPK 2024', 'RAPK 2025'] }) }));
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Realisasi');
    const result = screen.getByTestId('result');
    expect(sectionOf('Realisasi')).toContainElement(result);
    expect(result).toHaveTextContent('("RAPK 2024", "RAPK 2025")');
    expect(result).toHaveTextContent('Workbook tidak diubah.');
  });
});

describe('the quarter', () => {
  it('in February the pane offers TW IV (of the year before)', async () => {
    setup(new FakeGateway(), new Date(2026, 1, 10));
    await screen.findByText('Sheet aktif: RAPK 2025');
    expect(screen.getByTestId('tw')).toHaveValue('4');
  });

  it('Ringkasan runs with the chosen quarter', async () => {
    const gw = setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    fireEvent.change(screen.getByTestId('tw'), { target: { value: '3' } });
    await click('Ringkasan TW');
    expect(gw.calls).toContain('ringkasan 3 "id"');
  });
});

describe('the Rekap section and the help link', () => {
  it('the Rekap starts collapsed; open, it has its own quarter and a file button in Indonesian', async () => {
    setup();
    await screen.findByText('Sheet aktif: RAPK 2025');
    const header = screen.getByRole('button', { name: 'Rekap nasional' });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('rekap-tw')).toBeNull();
    fireEvent.click(header);
    expect(screen.getByTestId('rekap-tw')).toHaveValue('2');
    fireEvent.change(screen.getByTestId('tw'), { target: { value: '1' } });
    expect(screen.getByTestId('rekap-tw')).toHaveValue('2');
    expect(screen.getByRole('button', { name: 'Pilih berkas unit…' })).toHaveAccessibleDescription('Belum ada berkas dipilih.');
  });

  it("links the planners' guide in both languages, in a new window", async () => {
    setup();
    const link = screen.getByRole('link', { name: 'Panduan penggunaan (tab baru)' });
    expect(link).toHaveAttribute('href', './assets/panduan.html');
    expect(link).toHaveAttribute('target', '_blank');
    fireEvent.change(screen.getByTestId('lang'), { target: { value: 'en' } });
    expect(await screen.findByRole('link', { name: 'User guide (new tab)' })).toBeInTheDocument();
  });
});

describe('reasons and failures on the fake gateway', () => {
  it('a protected sheet: Validasi focusable but disabled, described by how to unprotect', async () => {
    setup(new FakeGateway({ precheck: { ...PRECHECK, protected: true } }));
    await screen.findByText(/dilindungi \(protected\)/);
    const validasi = screen.getByRole('button', { name: 'Validasi' });
    expect(validasi).toHaveAttribute('aria-disabled', 'true');
    expect(validasi).toHaveAccessibleDescription(/^Sheet "RAPK 2025" dilindungi/);
  });

  it('an Excel without ExcelApi 1.9: one message, every command disabled, nothing asked of the workbook', async () => {
    const gw = new FakeGateway({}, { supported: false, noteMode: 'none' });
    setup(gw);
    expect(screen.getByText(/Versi Excel ini terlalu lama/)).toBeInTheDocument();
    for (const name of ['Validasi', 'Realisasi', 'Ringkasan TW'])
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-disabled', 'true');
    expect(gw.calls).toEqual([]);
  });

  it('a finding that cannot be shown (its sheet is gone): the list stays, the message says why', async () => {
    const gw = new FakeGateway({
      validasi: { ...VALIDASI, findings: [t02], marked: 1 },
      select: new GatewayError({ kind: 'sheetGone' }, 'ItemNotFound'),
    });
    setup(gw);
    await screen.findByText('Sheet aktif: RAPK 2025');
    await click('Validasi');
    await click(/^Ke sel F10:/);
    expect(gw.calls).toContain('select "RAPK 2025" "F10"');
    expect(await screen.findByText(/Sheet yang sedang diproses dihapus atau diganti namanya/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Temuan' })).toBeInTheDocument();
  });
});
