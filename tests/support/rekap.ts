/** Unit workbooks for the Rekap tests: a RAPK with a Realisasi sheet whose TW values are typed. */
import type { Grid } from '../../src/core/grid/grid';
import { planToGrid, renderRapk, type GenSasaran, type RapkSpec } from '../../src/sample/generate';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { anggaranCol, realisasiCol } from '../../src/core/reader/realisasi';
import { validateSheet } from '../../src/core/rules/validate';

export interface UnitDef {
  unit: string;
  year: number;
  /** sasaran name → indicators [name, target (every month), realisasi TW II or null] */
  sasaran: [string, [string, number, number | null][]][];
  /** realisasi anggaran TW II of every indicator (each indicator's pagu is 10,000,000) */
  spent?: number | null;
  layout?: 'K' | 'D' | 'R';
  /** no Realisasi sheet at all */
  noRealisasi?: boolean;
}

export function unitSpec(d: UnitDef): RapkSpec {
  let line = 0;
  const sasaran: GenSasaran[] = d.sasaran.map(([name, inds], s) => ({
    no: String(s + 1).padStart(2, '0'),
    name,
    indikator: inds.map(([iname, target], i) => {
      line++;
      return {
        no: String(i + 1).padStart(2, '0'),
        name: iname,
        targets: Array<number>(12).fill(target),
        anggaran: 10_000_000,
        lines: [
          { ro: `RO ${line}`, komponen: `051 - Komponen ${line}`, sub: `A - SUB ${line}`, anggaran: 10_000_000, kontribusi: 10_000_000 },
        ],
      };
    }),
  }));
  return { year: d.year, unit: d.unit, sasaran, total: true };
}

/** The unit's grids: the RAPK and (unless `noRealisasi`) its Realisasi sheet with TW II typed. */
export function unitGrids(d: UnitDef): Grid[] {
  const rapk = planToGrid(renderRapk(unitSpec(d), { layout: d.layout ?? 'K' }));
  if (d.noRealisasi) return [rapk];
  const model = validateSheet(rapk).model!;
  const real = planToGrid(planRealisasi(model));
  const values = real.values.map((r) => [...r]);
  const flat = d.sasaran.flatMap(([, inds]) => inds);
  let n = 0;
  for (let r = 3; r < values.length; r++) {
    const row = values[r]!;
    if (typeof row[0] !== 'string' || !/^\d\d\.\d\d$/.test(row[0])) continue;
    const def = flat[n++];
    if (!def) continue;
    row[realisasiCol(1)] = def[2];
    if (d.spent !== undefined) row[anggaranCol(1)] = d.spent;
  }
  return [rapk, { ...real, values }];
}

/** The golden units (TW II): hand-checked NPSS in tests/core/rekap.test.ts. */
export const GOLDEN: UnitDef[] = [
  {
    unit: 'Balai POM di Ambon',
    year: 2025,
    spent: 5_000_000,
    sasaran: [
      [
        'Terwujudnya Obat dan Makanan yang memenuhi syarat',
        [
          ['Persentase Obat yang memenuhi syarat', 80, 88],
          ['Persentase Makanan yang memenuhi syarat', 90, 90],
        ],
      ],
      ['Meningkatnya efektivitas pemeriksaan sarana', [['Persentase sarana produksi yang memenuhi ketentuan', 50, 40]]],
      ['Terwujudnya tata kelola pemerintahan UPT yang optimal', [['Nilai AKIP UPT', 80, 100]]],
    ],
  },
  {
    unit: 'Balai POM di Jember',
    year: 2025,
    spent: 8_000_000,
    layout: 'R',
    sasaran: [
      [
        'Terwujudnya Obat dan Makanan yang memenuhi syarat',
        [
          ['PERSENTASE OBAT  yang memenuhi syarat', 80, 60],
          ['1.2 Persentase makanan yang memenuhi syarat.', 90, 45],
        ],
      ],
      [
        'Meningkatnya efektivitas pemeriksaan sarana',
        [
          ['Persentase sarana produksi yang memenuhi ketentuan', 50, 50],
          ['Jumlah sampel yang diuji', 100, 100],
        ],
      ],
      ['Terwujudnya tata kelola pemerintahan UPT yang optimal', [['nilai akip upt', 80, 72]]],
    ],
  },
  {
    unit: 'Loka POM di Dumai',
    year: 2025,
    layout: 'D',
    sasaran: [
      [
        'Terwujudnya Obat dan Makanan yang memenuhi syarat',
        [
          ['Persentase Obat yang memenuhi syarat', 80, 80],
          ['Persentase Makanan yang memenuhi syarat', 90, 99],
          ['Persentase sarana produksi yang memenuhi ketentuan', 50, 55],
          ['Nilai AKIP UPT', 80, 84],
        ],
      ],
    ],
  },
  {
    unit: 'Balai POM di Palu',
    year: 2024,
    spent: 10_000_000,
    sasaran: [
      [
        'Terwujudnya Obat dan Makanan yang memenuhi syarat',
        [
          ['Persentase Obat yang memenuhi syarat', 80, 80],
          ['Persentase Makanan yang memenuhi syarat', 90, 90],
        ],
      ],
    ],
  },
  {
    unit: 'Balai POM di Kupang',
    year: 2025,
    sasaran: [
      [
        'Terwujudnya Obat dan Makanan yang memenuhi syarat',
        [
          ['Persentase Obat yang memenuhi syarat', 80, null],
          ['Persentase Makanan yang memenuhi syarat', 90, null],
        ],
      ],
    ],
  },
];
