/** One test (or more) per rule code, on small sheets with exact expected values. */
import type { Grid } from '../../src/core/grid/grid';
import type { RapkSpec } from '../../src/sample/generate';
import { validateSheet } from '../../src/core/rules/validate';
import { find, gridOf, rendered, withCell } from '../support/grids';
import { param } from '../support/params';
import { valuesOf } from '../../src/core/reader/model';

const LINE_A = {
  ro: 'DR.3165.QIA.001 - Sampel Makanan',
  komponen: '055 - Pengadaan sampel makanan',
  sub: 'A - PENGADAAN SAMPEL',
  anggaran: 80_000_000,
  kontribusi: 30_000_000,
};
const LINE_B = {
  ro: 'DR.3165.BDC.001 - Masyarakat KIE',
  komponen: '051 - KIE oleh UPT',
  sub: 'B - SOSIALISASI',
  anggaran: 20_000_000,
  kontribusi: 20_000_000,
};

function spec(): RapkSpec {
  return {
    year: 2024,
    unit: 'Balai POM di Contoh',
    total: true,
    sasaran: [
      {
        no: '01',
        name: 'Terwujudnya Obat dan Makanan yang memenuhi syarat',
        indikator: [
          {
            no: '01',
            name: 'Persentase Makanan yang memenuhi syarat',
            targets: Array(12).fill(90),
            anggaran: 50_000_000,
            lines: [LINE_A, LINE_B],
          },
          {
            no: '02',
            name: 'Indeks Kepuasan Masyarakat',
            targets: [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100],
            anggaran: 40_000_000,
            lines: [{ ...LINE_A, kontribusi: 40_000_000 }],
          },
        ],
      },
    ],
  };
}

const base = (): Grid => rendered(spec());
const codes = (g: Grid): string[] => validateSheet(g).findings.map((f) => `${f.code}@${f.cells[0]}`);

describe('a consistent sheet', () => {
  it('has no findings', () => {
    expect(codes(base())).toEqual([]);
  });
});

describe('S01', () => {
  it('reports a sheet without a RAPK table, and nothing else', () => {
    const v = validateSheet(
      gridOf('Lain', [
        ['Nama', 'Alamat'],
        ['Budi', 'Jl. Merdeka 1'],
        [1, 2],
      ]),
    );
    expect(v.kind).toBe('none');
    expect(v.findings.map((f) => f.code)).toEqual(['S01']);
    expect(v.findings[0]!.cells).toEqual([]);
  });
});

describe('S02', () => {
  it('reports an indicator above any sasaran', () => {
    const g = withCell(withCell(base(), 'B7', null), 'A7', null);
    expect(codes(g)).toContain('S02@C7');
  });
  it('reports a row with numbers that is not an indicator, a line or a Total', () => {
    const g = withCell(withCell(base(), `P${base().values.length + 2}`, 123), `D${base().values.length + 2}`, 5);
    const rows = g.values.length;
    const v = validateSheet(withCell(g, 'A1', 'RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024'));
    expect(rows).toBeGreaterThan(0);
    // the stray row is after the Total row: ignored, like a signature block
    expect(v.findings).toEqual([]);
    const mid = withCell(base(), 'O9', null);
    const stray = withCell(withCell(mid, 'A10', null), 'E10', 1234);
    expect(codes(stray).some((c) => c.startsWith('S02'))).toBe(false);
  });
  it('reports numbers in a row between indicators that has no text', () => {
    const g = base();
    const values = g.values.map((r) => [...r]);
    // insert a row of bare numbers after the first indicator's budget lines (row 10 = index 9 is line 2)
    values.splice(10, 0, [null, null, null, 5, 5, 5]);
    expect(codes({ ...g, values })).toContain('S02@D11');
  });
});

describe('S03', () => {
  it('reports numbers stored as text and still reads them', () => {
    const g = withCell(base(), 'P7', '50.000.000');
    const v = validateSheet(g);
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['S03@P7']);
    expect(v.model!.sasaran[0]!.indikator[0]!.anggaran.value).toBe(50_000_000);
  });
});

describe('S04', () => {
  it('reports a duplicate indicator number within a sasaran', () => {
    const g = base();
    const cell = find(g, '02 - Indeks Kepuasan Masyarakat');
    expect(codes(withCell(g, cell, '01 - Indeks Kepuasan Masyarakat'))).toContain(`S04@${cell}`);
  });
});

describe('T01', () => {
  it.each([null, '-', 0])('reports a missing annual target (B12 = %j)', (v) => {
    expect(codes(withCell(base(), 'O7', v))).toEqual(['T01@O7']);
  });
});

describe('T02', () => {
  it('reports text that is not a number in a target cell', () => {
    const v = validateSheet(withCell(base(), 'E7', '9O'));
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual(['T02@E7']);
    expect(param(v.findings[0]!, 'text')).toBe('9O');
  });
});

describe('T03', () => {
  it('reports a percentage target above 100', () => {
    expect(codes(withCell(base(), 'O7', 900))).toEqual(['T03@O7']);
  });
  it('does not apply to indicators that are not percentages', () => {
    const g = base();
    const row = Number(find(g, '02 - Indeks Kepuasan Masyarakat').slice(1));
    expect(codes(withCell(g, `O${row}`, 900))).toEqual([]);
  });
});

describe('T04', () => {
  it('reports a decrease on the lower, later month, with both values', () => {
    const v = validateSheet(withCell(base(), 'J7', 80));
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual(['T04@J7,I7']);
    expect(v.findings[0]!.params).toMatchObject({ value: 80, prevValue: 90, month: 'B07', prevMonth: 'B06' });
  });
});

describe('T05', () => {
  it('recognises a row shifted one column left: T05 only, amount read as anggaran', () => {
    let g = base();
    // shift row 7 one column left: D..O take B02..B12, O takes the anggaran, P empties
    for (let c = 0; c < 11; c++) g = withCell(g, `${String.fromCharCode(68 + c)}7`, 90);
    g = withCell(withCell(g, 'O7', 50_000_000), 'P7', null);
    const v = validateSheet(g);
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual(['T05@O7,P7']);
    const ind = v.model!.sasaran[0]!.indikator[0]!;
    expect(ind.anggaran.value).toBe(50_000_000);
    expect(valuesOf(ind.targets)).toEqual([null, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90]);
  });
  it('recognises a row shifted one column right', () => {
    let g = base();
    g = withCell(g, 'D7', null);
    g = withCell(withCell(g, 'P7', 90), 'Q7', 50_000_000);
    const v = validateSheet(g);
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual(['T05@Q7,P7']);
    // B01 moved from D into E, ..., B12 from O into P
    expect(valuesOf(v.model!.sasaran[0]!.indikator[0]!.targets)).toEqual(Array(12).fill(90));
  });
});

describe('T06', () => {
  it('reports a run of empty months between targets once, marking its first month', () => {
    const g = withCell(withCell(base(), 'G7', null), 'H7', '-');
    const v = validateSheet(g);
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual(['T06@G7,H7']);
  });
  it('does not report months before the first target', () => {
    expect(codes(withCell(withCell(base(), 'D7', null), 'E7', null))).toEqual([]);
  });
});

describe('A01', () => {
  it('reports contributions that do not add up to the anggaran, with expected and actual', () => {
    const v = validateSheet(withCell(base(), 'P7', 55_000_000));
    const f = v.findings.find((x) => x.code === 'A01')!;
    expect(f.cells[0]).toBe('P7');
    expect(f.expected).toBe(55_000_000);
    expect(f.actual).toBe(50_000_000);
    // the grand total no longer matches either
    expect(v.findings.map((x) => x.code).sort()).toEqual(['A01', 'A05']);
  });
});

describe('A02', () => {
  it('reports a contribution above its line anggaran, marked on the kontribusi', () => {
    const g = base();
    const cell = find(g, 20_000_000, 0); // LINE_B anggaran (M)
    const v = validateSheet(withCell(g, cell, 19_000_000));
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual([`A02@N${cell.slice(1)},${cell}`]);
  });
});

describe('A03 and A04', () => {
  it('A03: a shared line whose contributions exceed its anggaran, marked at its first anggaran', () => {
    const g = base();
    const first = find(g, 80_000_000, 0);
    const second = find(g, 80_000_000, 1);
    const v = validateSheet(withCell(withCell(g, first, 60_000_000), second, 60_000_000));
    const f = v.findings.find((x) => x.code === 'A03')!;
    expect(f.cells[0]).toBe(first);
    expect(f.expected).toBe(60_000_000);
    expect(f.actual).toBe(70_000_000);
    expect(v.findings.map((x) => x.code)).toEqual(['A03']);
  });
  it('A04: the same line with a different anggaran, marked at the later value', () => {
    const g = base();
    const second = find(g, 80_000_000, 1);
    const v = validateSheet(withCell(g, second, 85_000_000));
    expect(v.findings.map((f) => `${f.code}@${f.cells.join(',')}`)).toEqual([`A04@${second},${find(g, 80_000_000, 0)}`]);
  });
  it('compares lines case- and space-insensitively', () => {
    const g = base();
    const sub = find(g, 'A - PENGADAAN SAMPEL', 1);
    expect(codes(withCell(g, sub, 'a -  pengadaan   sampel'))).toEqual([]);
  });
});

describe('A05', () => {
  it('reports a Total row that differs from the sum of indicator anggaran', () => {
    const g = base();
    const cell = find(g, 90_000_000);
    const v = validateSheet(withCell(g, cell, 91_000_000));
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual([`A05@${cell}`]);
    expect(v.findings[0]).toMatchObject({ expected: 91_000_000, actual: 90_000_000 });
  });
});

describe('A07', () => {
  it.each([
    ['-5.000.000', 'negative'],
    ['4,7', 'fraction'],
    ['lima juta', 'not a number'],
  ])('reports an anggaran of %j (%s)', (v) => {
    expect(codes(withCell(base(), 'P7', v)).filter((c) => c.startsWith('A07'))).toEqual(['A07@P7']);
  });
});

describe('A08', () => {
  it('reports an indicator with anggaran but no budget lines', () => {
    const s = spec();
    s.sasaran[0]!.indikator[1]!.lines = [];
    s.total = false;
    const g = rendered(s);
    const row = find(g, '02 - Indeks Kepuasan Masyarakat').slice(1);
    // the shared line now has one indicator only; drop the first indicator's line A use too
    expect(codes(g)).toEqual([`A08@P${row}`]);
  });
  it('reports a budget line without contribution', () => {
    const g = base();
    const cell = find(g, 30_000_000);
    const v = validateSheet(withCell(g, cell, null));
    expect(v.findings.map((f) => f.code).sort()).toEqual(['A01', 'A08']);
    expect(v.findings.find((f) => f.code === 'A08')!.cells[0]).toBe(cell);
  });
});

describe('Layout D: A06 and T07', () => {
  const d = (): Grid => rendered(spec(), { layout: 'D' });
  it('is clean when consistent', () => {
    expect(codes(d())).toEqual([]);
  });
  it('A06: quarters that do not add up to the line Total', () => {
    const g = d();
    const q = find(g, 6_000_000); // 20% of LINE_A's 30,000,000 kontribusi in B03
    expect(codes(withCell(g, q, 6_500_000))).toContain(`A06@M${q.slice(1)}`);
  });
  it('A06: a (%) that is not Total / Budget Plan', () => {
    const g = d();
    const q = find(g, 6_000_000);
    const row = q.slice(1);
    // text with its unit is a number stored as text (S03), as `Rp 70.412.160,-` is (SPEC section 4)
    expect(codes(withCell(g, `N${row}`, '40,00 (%)'))).toEqual([`A06@N${row}`, `S03@N${row}`]);
    expect(codes(withCell(g, `N${row}`, '37,50 (%)'))).toEqual([`S03@N${row}`]);
    // a fraction shown with a % number format (the generator writes 0.00%)
    expect(codes(withCell(g, `N${row}`, 0.375))).toEqual([]);
    expect(codes(withCell(g, `N${row}`, 0.4))).toEqual([`A06@N${row}`]);
  });
  it('T07: a detail heading that disagrees with the summary row', () => {
    const g = d();
    const heading = find(g, 50_000_000, 1); // the indicator's anggaran in its detail heading
    const v = validateSheet(withCell(g, heading, 51_000_000));
    expect(v.findings.map((f) => `${f.code}@${f.cells[0]}`)).toEqual([`T07@${heading}`]);
  });
  it('no S04 for the heading line repeating the summary indicator', () => {
    expect(validateSheet(d()).model!.sasaran[0]!.indikator).toHaveLength(2);
  });
});
