/** The pane's outcomes decided without React or a DOM (issue 25 item 4, issue 22 items 7–10). */
import { finding } from '../../src/core/rules/findings';
import { UI } from '../../src/core/locales/pane';
import { GatewayError } from '../../src/gateway/contract';
import { failure, realisasiShown, ringkasanShown, validasiShown, worstIntent } from '../../src/taskpane/outcomes';
import { reportingQuarter } from '../../src/taskpane/quarter';
import { VALIDASI, summaryOf } from '../support/fakeGateway';

const t02 = finding('T02', 'RAPK 2025', ['F10'], { month: 'B03', text: '8l,5' });
const t04 = finding('T04', 'RAPK 2025', ['J7'], {
  kode: '01.01',
  indicator: 'Persentase Obat yang memenuhi syarat',
  prevValue: 92.5,
  prevMonth: 'B06',
  value: 29.5,
  month: 'B07',
});

describe('Validasi', () => {
  it('with errors: the title is the outcome, the colour the worst finding, a status (not an alert)', () => {
    const s = validasiShown({ ...VALIDASI, findings: [t02, t02, t04], marked: 3 });
    expect(s.outcome.intent).toBe('error');
    expect(s.outcome.politeness).toBe('polite');
    expect(s.outcome.title!(UI.id)).toBe('2 kesalahan perlu diperbaiki');
    expect(s.outcome.title!(UI.en)).toBe('2 errors to fix');
    expect(s.outcome.text(UI.id)).toBe('Validasi sheet "RAPK 2025" selesai: 25 indikator diperiksa, 3 sel ditandai.');
    expect(s.findings).toHaveLength(3);
  });

  it('warnings only: amber, "perlu diperiksa"; clean: green, no findings list', () => {
    const w = validasiShown({ ...VALIDASI, findings: [t04] });
    expect([w.outcome.intent, w.outcome.title!(UI.id)]).toEqual(['warning', '1 peringatan perlu diperiksa']);
    const c = validasiShown(VALIDASI);
    expect([c.outcome.intent, c.outcome.title!(UI.id), c.findings]).toEqual(['success', 'Tidak ditemukan masalah.', null]);
    expect(worstIntent([])).toBe('success');
  });

  it('on the settings sheet: says the settings were checked, not "25 indikator dibaca"', () => {
    const s = validasiShown({ ...VALIDASI, sheet: 'Pengaturan RAPK', marked: 0 });
    expect(s.outcome.text(UI.id)).toBe('Isian sheet "Pengaturan RAPK" selesai diperiksa: 0 sel ditandai.');
    expect(s.outcome.text(UI.id)).not.toMatch(/indikator/);
  });
});

describe('Realisasi and Ringkasan', () => {
  it('the rows whose typed values were kept, said as such', () => {
    const s = realisasiShown({ sheet: 'Realisasi 2025', rapkErrors: [], rows: 25, kept: 4, orphans: 0, created: false });
    expect(s.outcome.text(UI.id)).toBe('Sheet "Realisasi 2025" diperbarui: isian pada 4 baris tetap disimpan.');
    expect(s.outcome.text(UI.en)).toBe('Sheet "Realisasi 2025" refreshed: the values typed in 4 rows were kept.');
  });

  it('a sheet already up to date: nothing was changed, said as such (never "refreshed"), info not success', () => {
    const s = realisasiShown({ sheet: 'Realisasi 2025', rapkErrors: [], rows: 25, kept: 4, orphans: 0, created: false, upToDate: true });
    expect(s.outcome.text(UI.id)).toBe(
      'Sheet "Realisasi 2025" sudah sesuai dengan RAPK: tidak ada yang diubah; isian pada 4 baris tetap seperti semula.',
    );
    expect(s.outcome.text(UI.en)).toBe(
      'Sheet "Realisasi 2025" is already up to date with the RAPK: nothing was changed; the values typed in 4 rows are as they were.',
    );
    expect(s.outcome.intent).toBe('info');
    const none = realisasiShown({ sheet: 'Realisasi 2025', rapkErrors: [], rows: 25, kept: 0, orphans: 0, created: false, upToDate: true });
    expect(none.outcome.text(UI.en)).toBe('Sheet "Realisasi 2025" is already up to date with the RAPK: nothing was changed.');
  });

  it('Ringkasan: no "dari … dari"; the findings list of an earlier Validasi goes', () => {
    const s = ringkasanShown({ sheet: 'Ringkasan TW II 2025', rapkErrors: [], summary: summaryOf(16, 25) });
    expect(s.outcome.text(UI.id)).toBe(
      'Sheet "Ringkasan TW II 2025" dibuat. Perubahan ini tidak dapat dibatalkan dengan Ctrl+Z. NPSS dihitung berdasarkan 16 dari 25 indikator.',
    );
    expect(s.outcome.text(UI.id)).not.toMatch(/dari \d+ dari/);
    expect(s.findings).toBeNull();
    expect(s.summary).not.toBeNull();
  });

  it('RAPK errors left: a warning that offers them', () => {
    const s = realisasiShown({ sheet: 'Realisasi 2025', rapkErrors: [t02], rows: 25, kept: 0, orphans: 0, created: true });
    expect(s.outcome.intent).toBe('warning');
    expect(s.outcome.rapkErrors).toEqual([t02]);
    expect(s.outcome.extra!(UI.id)).toMatch(/RAPK masih memiliki 1 kesalahan/);
  });
});

describe('failures', () => {
  it('a typed problem is said with its own fields; an alert; what was changed', () => {
    const o = failure(new GatewayError({ kind: 'ambiguousRapk', sheets: ['RAPK 2024', 'RAPK 2025'] }));
    expect(o.politeness).toBe('assertive');
    expect(o.text(UI.id)).toContain('("RAPK 2024", "RAPK 2025")');
    expect(o.detail!(UI.id)).toBe('Workbook tidak diubah.');
    const p = failure(new GatewayError({ kind: 'protected', sheet: null }, 'AccessDenied', 'partial', 'denied'));
    expect(p.detail!(UI.en)).toMatch(/^Part of the changes was written.* Details: AccessDenied — denied$/);
  });

  it('noRapk with the reader stops: the first sheet and why, how many more', () => {
    const o = failure(
      new GatewayError({
        kind: 'noRapk',
        sheet: null,
        stops: [
          { sheet: 'A', reason: 'x' },
          { sheet: 'B', reason: 'y' },
        ],
      }),
    );
    expect(o.text(UI.en)).toMatch(/^No readable RAPK table in this workbook\. A: .*\(x\).* The reader also stopped on 1 more sheet\.$/);
  });

  it('any other error: Excel refused, with the technical details', () => {
    const o = failure(new Error('boom'));
    expect([o.text(UI.en), o.detail!(UI.en)]).toEqual(['Excel refused this command.', 'Technical details: boom']);
  });
});

describe('the quarter offered first', () => {
  it.each([
    ['2026-01-15', 4, 2025],
    ['2026-03-31', 4, 2025],
    ['2026-04-01', 1, 2026],
    ['2026-07-10', 2, 2026],
    ['2026-09-30', 2, 2026],
    ['2026-10-01', 3, 2026],
    ['2026-12-31', 3, 2026],
  ])('on %s: TW %d of %d', (day, tw, year) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    expect(reportingQuarter(new Date(y, m - 1, d))).toEqual({ tw, year });
  });
});
