/**
 * Issue 10: the failure classes reported on real workbooks, each tested on several variants.
 * (The presentation generator covers their combinations: tests/core/presentations.test.ts.)
 */
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { isDateFormat, monthOfSerial, percentOf, scalesPercent } from '../../src/core/grid/formats';
import { allIndikator, kodeOf, valuesOf } from '../../src/core/reader/model';
import { isWholeRupiah, moneyValue, parseNumber } from '../../src/core/grid/numbers';
import { monthOf } from '../../src/core/reader/headers';
import { readRapk } from '../../src/core/reader/readRapk';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { readRealisasi } from '../../src/core/reader/realisasi';
import { summaryJson } from '../../src/core/measure/summary';
import { splitNumbered } from '../../src/core/grid/text';
import { validateSheet } from '../../src/core/rules/validate';
import { realisasiForWorkbook, summaryForWorkbook, validateWorkbook } from '../../src/core/workbook';
import { LAYOUT_D_DETAIL_LABELS, planToGrid } from '../../src/sample/generate';
import { checkRendering } from '../../src/sample/invariance';
import { renderPresentation } from '../../src/sample/present';
import { fixtureGrids } from '../support/fixtures';
import { param } from '../support/params';

const B = Array.from({ length: 12 }, (_, k) => `B${String(k + 1).padStart(2, '0')}`);
const loud = (g: Grid): string[] =>
  validateSheet(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code}@${f.cells[0]}`);
const codes = (g: Grid): string[] => validateSheet(g).findings.map((f) => `${f.code}@${f.cells[0]}`);

/** A small Layout K table: one sasaran, two indicators with targets `t1`/`t2`, one budget line each. */
function layoutK(
  o: {
    indicatorLabel?: string;
    anggaranLabel?: string;
    t1?: CellValue[];
    f1?: (string | null)[];
    a1?: CellValue;
    k1?: CellValue;
    monthRow?: CellValue[];
    monthFormats?: (string | null)[];
    name1?: string;
    name2?: string;
  } = {},
): Grid {
  const t1 = o.t1 ?? Array(12).fill(50);
  const values: CellValue[][] = [
    ['RAPK TAHUN 2025'],
    [],
    [
      'NO.',
      'SASARAN KEGIATAN',
      o.indicatorLabel ?? 'INDIKATOR KINERJA KEGIATAN',
      'TARGET',
      ...Array(11).fill(null),
      o.anggaranLabel ?? 'ANGGARAN',
    ],
    [null, null, null, ...(o.monthRow ?? B)],
    ['1.', '01 - Sasaran satu', o.name1 ?? '01 - Persentase obat memenuhi syarat', ...t1, o.a1 ?? 27_720_000],
    [null, null, 'NO', 'RO', null, null, 'KOMPONEN', null, null, 'SUB KOMPONEN', null, null, 'ANGGARAN', 'KONTRIBUSI'],
    [
      null,
      null,
      '1.',
      'DR.3165.QIA.005 - Sampel',
      null,
      null,
      '051 - Pengujian',
      null,
      null,
      'A - Bahan',
      null,
      null,
      50_400_000,
      o.k1 ?? 27_720_000,
    ],
    [null, null, o.name2 ?? '02 - Nilai AKIP', ...Array(12).fill(70), 10_000_000],
    [null, null, 'NO', 'RO', null, null, 'KOMPONEN', null, null, 'SUB KOMPONEN', null, null, 'ANGGARAN', 'KONTRIBUSI'],
    [null, null, '1.', 'WA.6384.EBA.994 - Layanan', null, null, '001 - Gaji', null, null, 'A - Gaji', null, null, 10_000_000, 10_000_000],
  ];
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  if (o.f1) formats[4] = [null, null, null, ...o.f1];
  if (o.monthFormats) formats[3] = [null, null, null, ...o.monthFormats];
  return { name: 'RAPK 2025', values, merges: [], formats };
}

describe('class 1: a header label naming the indicator wins over SASARAN inside it', () => {
  for (const label of [
    'INDIKATOR KINERJA SASARAN STRATEGIS',
    'Indikator Sasaran Strategis',
    'IKSS',
    'Indikator Kinerja Sasaran Kegiatan',
  ]) {
    it(`Layout R with "${label}" and NO / KODE / RO lists is read, without findings`, () => {
      const g: Grid = {
        name: 'RAPK',
        values: [
          ['NO', label, 'TARGET', ...Array(11).fill(null), 'ANGGARAN'],
          [null, null, ...B],
          [1, '01 - Indeks kepuasan', ...Array(12).fill(80), 5_000_000],
          ['NO', 'KODE', 'RO'],
          ['1.', 'DR.3165.QIA.005', 'Sampel diuji', ...Array(11).fill(null), 3_000_000],
          ['2.', 'DR.3165.QIA.006', 'Sampel diperiksa', ...Array(11).fill(null), 2_000_000],
        ],
      };
      const r = readRapk(g);
      expect(r.kind).toBe('rapk');
      expect(r.model!.layout).toBe('R');
      expect(allIndikator(r.model!).map((i) => [i.name, i.anggaran.value, i.lines.length])).toEqual([['Indeks kepuasan', 5_000_000, 2]]);
      expect(loud(g)).toEqual([]);
    });
  }

  it('SASARAN KEGIATAN next to it is still the sasaran column', () => {
    const r = readRapk(layoutK({ indicatorLabel: 'INDIKATOR KINERJA SASARAN STRATEGIS' }));
    expect(r.model!.hasSasaranColumn).toBe(true);
    expect(allIndikator(r.model!).map(kodeOf)).toEqual(['01.01', '01.02']);
  });
});

describe('class 2: a Layout D summary header repeated inside a detail table', () => {
  const detail = [...LAYOUT_D_DETAIL_LABELS];
  const line = (n: number, amount: number): CellValue[] => [
    n,
    'Loka POM di Kab. Contoh',
    'QIA',
    `DR.3165.QIA.${String(n).padStart(3, '0')}`,
    '051 - Pengujian',
    'A',
    'Bahan laboratorium',
    amount,
    amount / 4,
    amount / 4,
    amount / 4,
    amount / 4,
    amount,
    100,
  ];
  function sheet(repeat: CellValue[][], wrapped: boolean): Grid {
    const lines = Array.from({ length: 12 }, (_, i) => line(i + 1, 1_000_000));
    return {
      name: 'RAPK 2023',
      values: [
        ['No.', 'Indikator Kinerja', ...B, 'Anggaran'],
        [1, 'Persentase sampel diuji', ...Array(12).fill(90), 12_000_000],
        ['Total', null, ...Array(12).fill(null), 12_000_000],
        [],
        [1, 'Persentase sampel diuji', ...Array(12).fill(90), 12_000_000],
        detail,
        ...lines.slice(0, 9),
        ...repeat,
        ...(wrapped ? [[null, null, null, null, null, null, 'lanjutan teks']] : []),
        ...lines.slice(9),
        ['Total', null, null, null, null, null, null, 12_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
      ],
    };
  }
  const variants: [string, CellValue[][]][] = [
    ['one-row summary header', [['No.', 'Indikator Kinerja', ...B, 'Anggaran']]],
    [
      'two-row summary header (Target over B01..B12)',
      [
        ['No.', 'Indikator Kinerja', 'Target', ...Array(11).fill(null), 'Anggaran'],
        [null, null, ...B],
      ],
    ],
    ['summary header with a page number above', [['2'], ['No.', 'Indikator Kinerja', ...B, 'Anggaran']]],
  ];
  for (const [name, repeat] of variants) {
    for (const wrapped of [false, true]) {
      it(`${name}${wrapped ? ', wrapped text after it' : ''}: lines 10-12 stay in the detail table`, () => {
        const g = sheet(repeat, wrapped);
        expect(loud(g)).toEqual([]);
        const ind = allIndikator(readRapk(g).model!);
        expect(ind).toHaveLength(1);
        expect(ind[0]!.lines.map((l) => l.no)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
        if (wrapped) expect(ind[0]!.lines[8]!.subKomponen).toBe('A - Bahan laboratorium lanjutan teks');
      });
    }
  }

  it('every generated Layout D rendering with page breaks reads clean (100 seeds)', () => {
    const bad: string[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const p = checkRendering(seed, { layout: 'D', headerRows: 1, pageBreaks: 'main', breakEvery: 1 + (seed % 3), plant: 'none' });
      if (p) bad.push(`${seed}: ${p}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('class 3: a % inside quotes or escaped is literal', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0%;[Red]-#,##0.0%', true],
    ['0.00" (%)"', false],
    ['0\\%', false],
    ['"%"0.00', false],
    ['[$%-421]0', false],
    ['0_%', false],
    ['0.00;"(%)"', false],
    ['General', false],
    [null, false],
  ])('%s scales by 100: %s', (format, want) => {
    expect(scalesPercent(format)).toBe(want);
  });

  it.each([
    ['0.00" (%)"', 38, 38],
    ['0.00%', 0.38, 38],
    ['0.00\\%', 38, 38],
  ])('a Layout D (%%) cell %s holding %s agrees with Total / Budget Plan = %s %% (no A06)', (format, value) => {
    const r = renderPresentation(7, { layout: 'D', plant: 'none', pageBreaks: 'none' });
    const g = r.grid;
    // every (%) cell: the given format and value for a line spending 38 % of its plan
    const values = g.values.map((row) => [...row]);
    const formats = g.formats!.map((row) => [...row]);
    const pct = values.findIndex((row) => row[13] === '(%) Plan Penyerapan Budget');
    const row = values[pct + 1]!;
    row[7] = 1_000_000;
    row[8] = 380_000;
    row[9] = 0;
    row[10] = 0;
    row[11] = 0;
    row[12] = 380_000;
    row[13] = value;
    formats[pct + 1]![13] = format;
    const f = validateSheet({ ...g, values, formats }).findings.filter((x) => x.code === 'A06');
    expect(f).toEqual([]);
  });
});

describe('class 4: 95% typed (0.95 with a % format) is 95', () => {
  it.each(['0%', '0.00%', '0.0%;[Red]-0.0%'])('targets with format %s', (format) => {
    const g = layoutK({ t1: Array(12).fill(0.95), f1: Array(12).fill(format) });
    const ind = allIndikator(readRapk(g).model!)[0]!;
    expect(valuesOf(ind.targets)).toEqual(Array(12).fill(95));
    expect(loud(g)).toEqual([]);
  });

  it('percentOf has no float residue (0.57 → 57, 0.2375 → 23.75)', () => {
    expect(percentOf(0.57, '0%')).toBe(57);
    expect(percentOf(0.2375, '0.00%')).toBe(23.75);
    expect(percentOf(0.57, '0.00" (%)"')).toBe(0.57);
  });

  it('the Dumai Realisasi sheet typed as percentages gives the same NPSS (101.67) and no R01/R03', async () => {
    const grids = await fixtureGrids('lakin-tw2-2024-dumai.xlsx');
    const re = grids.find((g) => readRealisasi(g))!;
    const sheet = readRealisasi(re)!;
    const cols = [sheet.cols['Target TW II']!, sheet.cols['Realisasi TW II']!];
    const values = re.values.map((row) => [...row]);
    const formats = re.values.map((row, r) => row.map((_, c) => re.formats?.[r]?.[c] ?? null));
    for (const row of sheet.rows) {
      for (const c of cols) {
        const v = values[row.r]![c];
        if (typeof v === 'number') {
          values[row.r]![c] = v / 100;
          formats[row.r]![c] = '0.00%';
        }
      }
    }
    const typed = grids.map((g) => (g === re ? { ...re, values, formats } : g));
    const r = summaryForWorkbook(typed, 2);
    if ('problem' in r) throw new Error(JSON.stringify(r.problem));
    expect(summaryJson(r.summary).npss).toBe(101.67);
    expect(validateWorkbook(typed).findings.filter((f) => f.code.startsWith('R'))).toEqual([]);
  });
});

describe('class 5: money is compared after rounding float noise', () => {
  it.each([
    ['kontribusi', { k1: 27_720_000.000000004 }],
    ['anggaran', { a1: 27_720_000.000000004 }],
    ['both, noise below', { a1: 27_719_999.999999996, k1: 27_720_000.000000004 }],
  ])('noise on the %s: no A07, no A01', (_, o) => {
    expect(loud(layoutK(o))).toEqual([]);
  });

  it('a real fraction of a Rupiah is still A07', () => {
    expect(loud(layoutK({ k1: 27_720_000.5 }))).toEqual(['A07@N7']);
  });

  it('moneyValue and isWholeRupiah', () => {
    expect(moneyValue(27_720_000.000000004)).toBe(27_720_000);
    expect(isWholeRupiah(0.1 + 0.2 + 99.7)).toBe(true);
    expect(isWholeRupiah(1000.25)).toBe(false);
  });
});

describe('class 6: 1.1 / 2.3 numbering is a code', () => {
  it.each([
    ['1.1 Persentase obat', '01', '01', 'Persentase obat'],
    ['2.3. Nilai AKIP', '03', '02', 'Nilai AKIP'],
    ['1.2 - Indeks kepuasan', '02', '01', 'Indeks kepuasan'],
    ['12.10 Nilai SAKIP', '10', '12', 'Nilai SAKIP'],
  ])('%s', (text, no, parent, name) => {
    expect(splitNumbered(text)).toEqual({ no, parent, name });
  });

  it('`01 - ...` and `1. ...` are unchanged', () => {
    expect(splitNumbered('01 - Persentase')).toEqual({ no: '01', name: 'Persentase' });
    expect(splitNumbered('3. Nilai')).toEqual({ no: '03', name: 'Nilai' });
  });

  it('indicators 1.1, 1.2 under one sasaran get distinct codes; Realisasi has one row each', () => {
    const g = layoutK({ name1: '1.1 Persentase obat', name2: '1.2 Nilai AKIP' });
    const m = readRapk(g).model!;
    expect(allIndikator(m).map(kodeOf)).toEqual(['01.01', '01.02']);
    const rows = planToGrid(planRealisasi(m))
      .values.slice(3)
      .filter((r) => r[0]);
    expect(rows.map((r) => r[0])).toEqual(['01.01', '01.02']);
  });

  it('without a sasaran column (Layout D) 1.1 and 2.1 land in sasaran 01 and 02', () => {
    const r = renderPresentation(11, { layout: 'D', plant: 'none', pageBreaks: 'none' });
    const values = r.grid.values.map((row) => [...row]);
    let n = 0;
    const names = ['1.1 Persentase obat', '2.1 Nilai AKIP'];
    // rename the summary rows (and their detail headings) of the first two indicators
    for (const row of values) {
      if (
        typeof row[0] === 'number' &&
        row[0] <= 2 &&
        typeof row[1] === 'string' &&
        row[2] !== undefined &&
        typeof row[14] !== 'undefined'
      ) {
        row[1] = names[(row[0] - 1) % 2]!;
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
    const m = readRapk({ ...r.grid, values }).model!;
    const kodes = allIndikator(m).map(kodeOf);
    expect(kodes.slice(0, 2)).toEqual(['01.01', '02.01']);
    expect(new Set(kodes).size).toBe(kodes.length);
  });
});

describe('class 7: header wordings', () => {
  it.each([
    ['Pebruari', 1],
    ['Nopember', 10],
    ['Agust', 7],
    ['Agt', 7],
    ['Mrt', 2],
    ['TARGET TW I', 2],
    ['Target TW IV', 11],
    ['Tw. I', 2],
    ['Tw. III', 8],
    ['TW-1', 2],
    ['Triwulan II', 5],
    ['Jan 2024', 0],
    ['Des-24', 11],
    ['Agustus 2025', 7],
    ['B-7', 6],
    ['Bulan 12', 11],
  ])('%s is month %s', (label, k) => {
    expect(monthOf(label)).toBe(k);
  });

  it.each(['Target', 'TW', 'Tahun 2024', 'Keterangan'])('%s is not a month', (label) => {
    expect(monthOf(label)).toBeNull();
  });

  it('date formats and serials', () => {
    expect(isDateFormat('mmm yyyy')).toBe(true);
    expect(isDateFormat('[$-421]mmmm yyyy;@')).toBe(true);
    expect(isDateFormat('#,##0')).toBe(false);
    expect(isDateFormat('0.00" (m)"')).toBe(false);
    expect(monthOfSerial(45292)).toBe(0); // 2024-01-01
    expect(monthOfSerial(45627)).toBe(11); // 2024-12-01
    expect(monthOfSerial(95)).toBeNull();
  });

  const serials = Array.from({ length: 12 }, (_, k) => Math.round(Date.UTC(2024, k, 1) / 86_400_000 + 25_569));
  it.each([
    ['Excel dates with a date format', serials, Array(12).fill('mmm-yy')],
    ['Excel dates without a format (General)', serials, Array(12).fill('General')],
    [
      'month names with the year',
      [
        'Jan 2024',
        'Feb 2024',
        'Mar 2024',
        'Apr 2024',
        'Mei 2024',
        'Jun 2024',
        'Jul 2024',
        'Agu 2024',
        'Sep 2024',
        'Okt 2024',
        'Nov 2024',
        'Des 2024',
      ],
      undefined,
    ],
    ['old spellings', ['Jan', 'Pebruari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agust', 'Sept', 'Okt', 'Nopember', 'Des'], undefined],
  ])('month header row as %s reads every month in its column', (_, monthRow, monthFormats) => {
    const g = layoutK({ monthRow, ...(monthFormats ? { monthFormats } : {}), t1: Array.from({ length: 12 }, (_, k) => 10 + k) });
    const ind = allIndikator(readRapk(g).model!)[0]!;
    expect(valuesOf(ind.targets)).toEqual(Array.from({ length: 12 }, (_, k) => 10 + k));
    expect(loud(g)).toEqual([]);
  });

  it('amounts as numbers with a date-like value are not months (a number format decides)', () => {
    const g = layoutK({ monthRow: serials, monthFormats: Array(12).fill('#,##0') });
    expect(readRapk(g).kind).toBe('none');
  });

  it('three header rows: TARGET / TW I..IV / B01..B12', () => {
    const base = layoutK();
    const values = base.values.map((r) => [...r]);
    values.splice(3, 0, [null, null, null, 'TW I', null, null, 'TW II', null, null, 'TW III', null, null, 'TW IV']);
    const g = { ...base, values, formats: [] };
    const m = readRapk(g).model!;
    expect(m.monthsInHeader).toEqual(Array(12).fill(true));
    expect(valuesOf(allIndikator(m)[0]!.targets)).toEqual(Array(12).fill(50));
    expect(loud(g)).toEqual([]);
  });

  it.each(['ANGGARAN (Rupiah)', 'PAGU (Rp)', 'Pagu Anggaran (Rp.)', 'Anggaran (dalam Rupiah)', 'ALOKASI ANGGARAN'])(
    '%s is the anggaran column',
    (label) => {
      const m = readRapk(layoutK({ anggaranLabel: label })).model!;
      expect(allIndikator(m).map((i) => i.anggaran.value)).toEqual([27_720_000, 10_000_000]);
    },
  );

  it('a header label the reader cannot map is S05 naming it, once, and does not shift the months', () => {
    const monthRow = [...B];
    monthRow[1] = 'Febuary?';
    const g = layoutK({ monthRow });
    const v = validateSheet(g);
    const s05 = v.findings.filter((f) => f.code === 'S05');
    expect(s05.map((f) => [f.cells[0], param(f, 'text')])).toEqual([['E4', 'Febuary?']]);
    const ind = allIndikator(v.model!)[0]!;
    expect(ind.targets[1]?.value).toBeNull();
    expect(ind.targets[2]?.value).toBe(50);
    expect(ind.targets[2]?.cell).toEqual({ r: 4, c: 5 });
  });

  it('extra columns a RAPK may have (Satuan, Keterangan, PJ) are not reported', () => {
    const g = layoutK();
    const values = g.values.map((r) => [...r]);
    values[2]!.push('Satuan', 'Keterangan', 'PJ');
    expect(validateSheet({ ...g, values }).findings.filter((f) => f.code === 'S05')).toEqual([]);
  });
});

describe('class 8: a sheet without target columns is not a RAPK', () => {
  const rekap: Grid = {
    name: 'Rekap Anggaran',
    values: [
      ['No', 'Indikator', 'Pagu'],
      [1, 'Persentase obat', 10_000_000],
      [2, 'Nilai AKIP', 5_000_000],
    ],
  };
  const pk: Grid = {
    name: 'PK',
    values: [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, 'Sasaran satu', 'Persentase obat', 90],
    ],
  };
  it.each([
    ['Rekap (Indikator, Pagu)', rekap],
    ['PK (Sasaran, Indikator, Target)', pk],
  ])('%s reads as no RAPK, without findings', (_, g) => {
    const r = readRapk(g);
    expect(r.kind).toBe('none');
    expect(validateWorkbook([g]).problem).toEqual({ kind: 'noRapk', sheet: null, stops: [] });
  });

  it('rapk realisasi builds from the RAPK even when a rekap and a PK come first', () => {
    const rapk = layoutK();
    const r = realisasiForWorkbook([rekap, pk, rapk]);
    if ('problem' in r) throw new Error(JSON.stringify(r.problem));
    expect(r.model.sheet).toBe('RAPK 2025');
    const v = validateWorkbook([rekap, pk, rapk]);
    expect(v.sheets.map((x) => x.name)).toEqual(['RAPK 2025']);
    // nothing from reading; the PK sheet is checked against the RAPK (P02, issue 13)
    expect(
      v.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.sheet, f.cells, param(f, 'kind'), param(f, 'indicator')]),
    ).toEqual([
      ['P02', 'RAPK 2025', ['C5'], 'notInPk', 'Persentase obat memenuhi syarat'],
      ['P02', 'RAPK 2025', ['C8'], 'notInPk', 'Nilai AKIP'],
      ['P02', 'PK', ['C2'], 'notInRapk', 'Persentase obat'],
    ]);
  });

  it('with only a rekap, realisasi says there is no RAPK', () => {
    expect(realisasiForWorkbook([rekap])).toEqual({ problem: { kind: 'noRapk', sheet: null, stops: [] } });
  });
});

describe('class 9: two RAPK years', () => {
  const y = (year: number, target: number): Grid => {
    const g = layoutK({ t1: Array(12).fill(target) });
    const values = g.values.map((r) => [...r]);
    values[0] = [`RAPK TAHUN ${year}`];
    return { ...g, name: `RAPK ${year}`, values };
  };
  const rapk2024 = y(2024, 40);
  const rapk2025 = y(2025, 60);
  const realisasiOf = (name: string, model = readRapk(rapk2025).model!): Grid => ({ ...planToGrid(planRealisasi(model)), name });

  it('Realisasi 2025 pairs with the 2025 RAPK (R03 against 2025 targets), in any sheet order', () => {
    for (const order of [
      [rapk2024, rapk2025],
      [rapk2025, rapk2024],
    ]) {
      const v = validateWorkbook([...order, realisasiOf('Realisasi 2025')]);
      expect(v.findings.filter((f) => f.code.startsWith('R'))).toEqual([]);
      expect(v.ambiguous).toEqual([]);
    }
    // the same sheet named for 2024 is checked against the 2024 targets: R03 on its targets
    const v24 = validateWorkbook([rapk2025, rapk2024, realisasiOf('Realisasi 2024')]);
    expect(v24.findings.filter((f) => f.code === 'R03').length).toBeGreaterThan(0);
  });

  it('refresh and Ringkasan use the RAPK whose year has a Realisasi sheet', () => {
    const grids = [rapk2024, rapk2025, realisasiOf('Realisasi 2025')];
    const r = realisasiForWorkbook(grids);
    if ('problem' in r) throw new Error(JSON.stringify(r.problem));
    expect(r.model.sheet).toBe('RAPK 2025');
    const s = summaryForWorkbook(grids, 1);
    if ('problem' in s) throw new Error(JSON.stringify(s.problem));
    expect(s.realisasi.name).toBe('Realisasi 2025');
  });

  it('ambiguity is said: two years and no Realisasi sheet, or one without a year', () => {
    expect(realisasiForWorkbook([rapk2024, rapk2025])).toEqual({ problem: { kind: 'ambiguousRapk', sheets: ['RAPK 2024', 'RAPK 2025'] } });
    const v = validateWorkbook([rapk2024, rapk2025, realisasiOf('Realisasi')]);
    expect(v.ambiguous).toEqual([{ sheet: 'Realisasi', candidates: ['RAPK 2024', 'RAPK 2025'] }]);
    expect(v.findings.filter((f) => f.code.startsWith('R'))).toEqual([]);
  });

  // issue 13's PK sheet is paired like a Realisasi sheet: the RAPK of the year in its name
  const pkOf = (name: string, grid: Grid): Grid => ({
    name,
    values: [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      ...allIndikator(readRapk(grid).model!).map((ind, n) => [n + 1, '', ind.name, ind.targets[11]?.value ?? null]),
    ],
  });
  const pks = (grids: Grid[], sheet?: string) =>
    validateWorkbook(grids, sheet)
      .findings.filter((f) => f.code.startsWith('P'))
      .map((f) => `${f.code}@${f.sheet}!${f.cells[0]}:${param(f, 'value')}/${param(f, 'pk')}`);

  it('a PK sheet checks the RAPK of its year; without a year among two years it is ambiguous', () => {
    // the 2024 PK (targets 40) matches the 2024 RAPK, in any order
    expect(pks([rapk2025, rapk2024, pkOf('PK 2024', rapk2024)])).toEqual([]);
    expect(pks([rapk2024, rapk2025, pkOf('PK 2025', rapk2025)])).toEqual([]);
    // named for 2025 with the 2024 targets: P01 on the 2025 RAPK's B12
    expect(pks([rapk2024, rapk2025, pkOf('PK 2025', rapk2024)])).toEqual(['P01@RAPK 2025!O5:60/40']);
    const v = validateWorkbook([rapk2024, rapk2025, pkOf('PK', rapk2024)]);
    expect(v.ambiguous).toEqual([{ sheet: 'PK', candidates: ['RAPK 2024', 'RAPK 2025'] }]);
    expect(v.findings.filter((f) => f.code.startsWith('P'))).toEqual([]);
    // one RAPK year: a PK without a year is that RAPK's
    expect(pks([rapk2025, pkOf('PK', rapk2024)])).toEqual(['P01@RAPK 2025!O5:60/40']);
  });

  it('with --sheet, a PK elsewhere checks the chosen RAPK only when it is the PK of its year', () => {
    const pk = pkOf('PK 2024', rapk2025);
    expect(pks([rapk2024, rapk2025, pk], 'RAPK 2024')).toEqual(['P01@RAPK 2024!O5:40/60']);
    expect(pks([rapk2024, rapk2025, pk], 'RAPK 2025')).toEqual([]);
  });

  it('--sheet decides', () => {
    const r = realisasiForWorkbook([rapk2024, rapk2025], { sheet: 'RAPK 2024' });
    if ('problem' in r) throw new Error(JSON.stringify(r.problem));
    expect(r.model.sheet).toBe('RAPK 2024');
  });
});

describe('class 10: Rupiah texts', () => {
  it.each([
    ['Rp 70.412.160,-', 70_412_160],
    ['Rp. 70.412.160,00', 70_412_160],
    ['Rp29.959.960', 29_959_960],
    ['70.412.160,--', 70_412_160],
    ['Rp 1.000', 1000],
  ])('%s = %s', (text, value) => {
    expect(parseNumber(text, 'money')).toEqual({ kind: 'number', value, fromText: true, text });
  });

  it('a Rupiah text anggaran is S03 (info), no error', () => {
    expect(codes(layoutK({ a1: 'Rp 27.720.000,-' }))).toEqual(['S03@P5']);
  });
});
