/**
 * Two versions of one unit in the Rekap's files (issue 23): said, and only the newer counted —
 * by the time the host gives, else by the file name in natural order.
 */
import * as fs from 'fs';
import * as path from 'path';
import { latestVersions } from '../../src/core/measure/rekap';
import type { RekapUnit } from '../../src/core/measure/rekapUnit';
import { rapk, tmpDir } from '../support/cli';
import { GOLDEN } from '../support/rekap';
import { writeUnit } from '../support/rekapFiles';

const unit = (file: string, name: string | null, year: number | null, modified?: number): RekapUnit => ({
  file,
  unit: name,
  year,
  indikator: 1,
  terisi: 1,
  npss: 100,
  predikat: 'Baik',
  perspektif: [],
  pagu: null,
  realisasiAnggaran: null,
  penyerapan: null,
  ie: null,
  efisiensi: null,
  errors: 0,
  warnings: 0,
  indicators: [],
  ...(modified === undefined ? {} : { modified }),
});

describe('latestVersions', () => {
  it('keeps the newer file of one unit and year, by modification time', () => {
    const r = latestVersions([unit('a.xlsx', 'Loka POM di Kota Dumai', 2024, 200), unit('b.xlsx', 'LOKA POM DI KOTA DUMAI', 2024, 100)]);
    expect(r.kept.map((u) => u.file)).toEqual(['a.xlsx']);
    expect(r.superseded).toEqual([{ file: 'b.xlsx', unit: 'LOKA POM DI KOTA DUMAI', year: 2024, by: 'a.xlsx' }]);
  });
  it('without times, the later name in natural order (revisi 10 after revisi 9)', () => {
    const r = latestVersions([unit('x/RAPK revisi 10.xlsx', 'BPOM di Jember', 2025), unit('x/RAPK revisi 9.xlsx', 'BPOM di Jember', 2025)]);
    expect(r.kept.map((u) => u.file)).toEqual(['x/RAPK revisi 10.xlsx']);
    expect(r.superseded.map((s) => s.by)).toEqual(['x/RAPK revisi 10.xlsx']);
  });
  it('other years, other units and units without a name are all kept', () => {
    const list = [
      unit('a', 'Loka POM Dumai', 2024),
      unit('b', 'Loka POM Dumai', 2025),
      unit('c', 'BPOM Jember', 2024),
      unit('d', null, 2024),
      unit('e', null, 2024),
    ];
    expect(latestVersions(list)).toEqual({ kept: list, superseded: [] });
  });
});

test('rapk rekap over a folder with two versions of one unit: counted once, said on stderr and in the JSON', async () => {
  const dir = tmpDir();
  const old = path.join(dir, 'unit-1.xlsx');
  const revised = path.join(dir, 'unit-1-revisi.xlsx');
  await writeUnit(GOLDEN[0]!, revised);
  await writeUnit(GOLDEN[0]!, old);
  await writeUnit(GOLDEN[1]!, path.join(dir, 'unit-2.xlsx'));
  // the revision is the newer file, though its name sorts first
  fs.utimesSync(old, new Date('2024-07-01'), new Date('2024-07-01'));
  fs.utimesSync(revised, new Date('2024-08-01'), new Date('2024-08-01'));
  const r = await rapk('rekap', dir, '--tw', '2', '--json');
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { units: { file: string }[]; superseded: { file: string; by: string }[] };
  expect(j.units.map((u) => path.basename(u.file)).sort()).toEqual(['unit-1-revisi.xlsx', 'unit-2.xlsx']);
  expect(j.superseded.map((x) => [path.basename(x.file), path.basename(x.by)])).toEqual([['unit-1.xlsx', 'unit-1-revisi.xlsx']]);
  expect(r.err).toContain('versi lama RAPK');
  fs.rmSync(dir, { recursive: true, force: true });
});
