/** A unit file is reported with its own problem (issue 22.11): a damaged settings sheet is not "no RAPK table". */
import { rekapUnit } from '../../src/core/rekap';
import { settingsPlanForWorkbook } from '../../src/core/workbook';
import { planToGrid } from '../../src/sample/generate';
import { REKAP_TEXT } from '../../src/core/rekap';
import { GOLDEN, unitGrids } from '../support/rekap';

describe('a unit file with a damaged settings sheet', () => {
  it('is reported as invalid settings, not as "bukan RAPK"', () => {
    const grids = unitGrids(GOLDEN[0]!);
    expect(rekapUnit('ok.xlsx', grids, 2).ok).toBe(true);
    const settings = planToGrid(settingsPlanForWorkbook(grids).plan);
    const values = settings.values.map((row) => [...row]);
    // a gap in the criteria bands: Cukup from 75
    const kr = values.findIndex((row) => row[0] === 'Kriteria Indikator');
    expect(kr).toBeGreaterThanOrEqual(0);
    values[kr + 4]![0] = 75;
    const r = rekapUnit('rusak-pengaturan.xlsx', [...grids, { ...settings, values }], 2);
    expect(r).toEqual({ ok: false, failure: { file: 'rusak-pengaturan.xlsx', reason: 'invalidSettings' } });
    const said = REKAP_TEXT.id.reason[r.ok ? 'internal' : r.failure.reason];
    expect(said).toMatch(/^sheet "Pengaturan RAPK" berisi kesalahan/);
    expect(said).not.toMatch(/bukan RAPK/);
  });

  it('a file without any RAPK table is still "bukan RAPK"', () => {
    const r = rekapUnit('catatan.xlsx', [{ name: 'Catatan', values: [['hello']] }], 2);
    expect(r).toEqual({ ok: false, failure: { file: 'catatan.xlsx', reason: 'noRapk' } });
  });
});
