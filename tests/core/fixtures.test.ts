/**
 * Golden fixtures: tests/fixtures/*.expected.json (copied from the project's shared fixtures). Every listed finding must be produced
 * with its code, severity, first cell and sums; a fixture's list is complete (nothing more).
 */
import { validateWorkbook } from '../../src/core/workbook';
import { type ExpectedFinding, expectedFindings, fixtureGrids } from '../support/fixtures';
import { valuesOf } from '../../src/core/reader/model';

const key = (f: { code: string; cells: string[] }): string => `${f.code}@${f.cells[0]}`;

async function check(xlsx: string) {
  const v = validateWorkbook(await fixtureGrids(xlsx));
  expect(v.problem).toBeNull();
  return v;
}

function expectProduced(actual: ReturnType<typeof validateWorkbook>['findings'], expected: ExpectedFinding[]): void {
  for (const e of expected) {
    const hit = actual.find((f) => key(f) === key(e));
    expect({ finding: key(e), found: !!hit }).toEqual({ finding: key(e), found: true });
    expect(hit!.severity).toBe(e.severity);
    if (e.expected !== undefined) expect(hit!.expected).toBe(e.expected);
    if (e.actual !== undefined) expect(hit!.actual).toBe(e.actual);
  }
}

describe('fixture rapk-2024-rejang-lebong (clean, layout K with page break and wrapped rows)', () => {
  it('gives exactly the four S03 infos', async () => {
    const v = await check('rapk-2024-rejang-lebong.xlsx');
    const expected = expectedFindings('rapk-2024-rejang-lebong.expected.json');
    expectProduced(v.findings, expected);
    expect(v.findings.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('reads 14 indicators, their budget lines and the Total', async () => {
    const v = await check('rapk-2024-rejang-lebong.xlsx');
    const m = v.sheets[0]!.model;
    expect(m.layout).toBe('K');
    expect(m.year).toBe(2024);
    expect(m.unit).toBe('LOKA POM DI KABUPATEN REJANG LEBONG');
    const inds = m.sasaran.flatMap((s) => s.indikator.map((i) => `${s.no}.${i.no}`));
    expect(inds).toEqual([
      '01.01',
      '01.02',
      '02.03',
      '02.04',
      '02.05',
      '03.01',
      '04.01',
      '04.02',
      '08.03',
      '09.01',
      '11.01',
      '11.02',
      '11.03',
      '11.04',
    ]);
    expect(m.total!.amount.value).toBe(3_419_448_760);
    const i0402 = m.sasaran.find((s) => s.no === '04')!.indikator[1]!;
    expect(i0402.lines).toHaveLength(3);
    expect(i0402.lines[0]!.anggaran.value).toBe(78_842_000);
    // the wrapped continuation row joins the line above
    const i0204 = m.sasaran.find((s) => s.no === '02')!.indikator[1]!;
    expect(i0204.lines[0]!.ro).toMatch(/Diperiksa oleh UPT$/);
    expect(i0204.lines[0]!.komponen).toMatch(/bahan berbahaya$/);
    // 11.04: B01 blank, B02..B11 zero, B12 60
    const i1104 = m.sasaran.find((s) => s.no === '11')!.indikator[3]!;
    expect(valuesOf(i1104.targets)).toEqual([null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60]);
  });
});

describe('fixture rapk-2024-rejang-lebong-errors (8 planted errors)', () => {
  it("finds the 8 planted errors and nothing else but the clean copy's S03 infos", async () => {
    const v = await check('rapk-2024-rejang-lebong-errors.xlsx');
    const planted = expectedFindings('rapk-2024-rejang-lebong-errors.expected.json');
    const infos = expectedFindings('rapk-2024-rejang-lebong.expected.json');
    expectProduced(v.findings, [...planted, ...infos]);
    expect(v.findings.map(key).sort()).toEqual([...planted, ...infos].map(key).sort());
  });

  it("takes the shifted row's amount as its anggaran and its targets from the shifted cells", async () => {
    const v = await check('rapk-2024-rejang-lebong-errors.xlsx');
    const i1103 = v.sheets[0]!.model.sasaran.find((s) => s.no === '11')!.indikator[2]!;
    expect(i1103.anggaran.value).toBe(56_500_000);
    expect(valuesOf(i1103.targets)).toEqual([null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66]);
  });
});

describe('fixture rapk-2025-jember', () => {
  it('gives the 3 S03, the 4 genuine T04 and the genuine A05', async () => {
    const v = await check('rapk-2025-jember.xlsx');
    const expected = expectedFindings('rapk-2025-jember.expected.json');
    expectProduced(v.findings, expected);
    expect(v.findings.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('reads 12 indicators with Indonesian-style text numbers', async () => {
    const v = await check('rapk-2025-jember.xlsx');
    const m = v.sheets[0]!.model;
    const inds = m.sasaran.flatMap((s) => s.indikator);
    expect(inds).toHaveLength(12);
    expect(inds[0]!.targets[7]?.value).toBe(82.5);
    expect(inds[1]!.anggaran.value).toBe(44_850_000);
    expect(valuesOf(inds[1]!.targets)).toEqual([null, null, null, null, null, null, null, null, null, null, null, 26]);
  });
});

describe('fixture lakin-tw2-2024-dumai (quarterly months only, plus a Realisasi sheet)', () => {
  it('gives 25 A08 and one T04, and no S01 for the Realisasi sheet', async () => {
    const v = await check('lakin-tw2-2024-dumai.xlsx');
    const expected = expectedFindings('lakin-tw2-2024-dumai.check.expected.json');
    expectProduced(
      v.findings.filter((f) => f.sheet === 'RAPK 2024'),
      expected,
    );
    expect(
      v.findings
        .filter((f) => f.sheet === 'RAPK 2024')
        .map(key)
        .sort(),
    ).toEqual(expected.map(key).sort());
    expect(v.findings.filter((f) => f.code === 'S01')).toEqual([]);
  });

  it('reads months missing from the header as null', async () => {
    const v = await check('lakin-tw2-2024-dumai.xlsx');
    const m = v.sheets[0]!.model;
    expect(m.monthsInHeader).toEqual([false, false, true, false, false, true, false, false, true, false, false, true]);
    const i0501 = m.sasaran.find((s) => s.no === '05')!.indikator[0]!;
    expect(valuesOf(i0501.targets)).toEqual([null, null, null, null, null, null, null, null, 30, null, null, 85]);
  });
});
