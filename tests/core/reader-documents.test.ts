/**
 * The two real documents (seeds 000 and 004 as converted workbooks, tests/fixtures) read as
 * they are built (issue 20 item 1): BPOM pusat (Layout R) = 11 sasaran numbered by the NO
 * column, 27 indicators; Dharmasraya (Layout D) = 19 indicators in one implicit sasaran, the
 * closing `Total` after the last detail table recognised as the grand total stated again.
 * The errors and warnings are the document's own mistakes, each one audited
 * (tests/fixtures/*.expected.json holds the cell-by-cell audit with a note per finding).
 */
import type { Grid } from '../../src/core/grid/grid';
import { allIndikator, kodeOf, type RapkModel } from '../../src/core/reader/model';
import { type SheetValidation, validateSheet } from '../../src/core/rules/validate';
import { fixtureGrids } from '../support/fixtures';

async function read(file: string): Promise<{ grid: Grid; v: SheetValidation; model: RapkModel }> {
  const [grid] = await fixtureGrids(file);
  const v = validateSheet(grid!);
  return { grid: grid!, v, model: v.model! };
}

const loud = (v: SheetValidation): string[] => v.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cells[0]}`);
const pad = (n: number): string => String(n).padStart(2, '0');

describe('BPOM pusat, RAPK 2024 (Layout R, seed 004)', () => {
  let doc: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    doc = await read('rapk-2024-bpom-pusat.xlsx');
  });

  it('has 11 sasaran numbered by the NO column and 27 indicators, 01.01 … 11.02', () => {
    const { model } = doc;
    expect(model.layout).toBe('R');
    expect(model.sasaran.map((s) => s.no)).toEqual(Array.from({ length: 11 }, (_, i) => pad(i + 1)));
    const perSasaran = [3, 2, 3, 1, 5, 1, 2, 3, 2, 3, 2];
    expect(allIndikator(model).map(kodeOf)).toEqual(
      perSasaran.flatMap((n, s) => Array.from({ length: n }, (_, i) => `${pad(s + 1)}.${pad(i + 1)}`)),
    );
  });

  it('reads every list as adding up to its indicator, and the Total as the grand total', () => {
    const { model } = doc;
    for (const ind of allIndikator(model)) {
      expect([kodeOf(ind), ind.lines.reduce((s, l) => s + (l.kontribusi.value ?? 0), 0)]).toEqual([kodeOf(ind), ind.anggaran.value]);
    }
    expect(model.total?.row).toBe(200);
    expect(model.total?.amount.value).toBe(2_354_243_149);
  });

  it('under the page header repeated with ANGGARAN and B12 swapped (row 162), 10.02 keeps its B12 and anggaran', () => {
    const ind = allIndikator(doc.model).find((i) => kodeOf(i) === '10.02')!;
    expect(ind.targets[11]?.value).toBe(87.96);
    expect(ind.anggaran.value).toBe(173_009_392);
  });

  it("reports only the document's own irregularities: the shifted row of 05.05 and the gap of 11.02", () => {
    expect(loud(doc.v)).toEqual(['T05@Q93', 'T06@G195']);
    expect(doc.v.findings.filter((f) => f.severity === 'info').every((f) => f.code === 'S03')).toBe(true);
  });
});

describe('Dharmasraya, RAPK 2023 (Layout D, seed 000)', () => {
  let doc: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    doc = await read('rapk-2023-dharmasraya.xlsx');
  });

  it('has 19 indicators in one implicit sasaran, 01.01 … 01.19, each with its detail table', () => {
    const { model } = doc;
    expect(model.layout).toBe('D');
    expect(model.sasaran.map((s) => s.no)).toEqual(['01']);
    const inds = allIndikator(model);
    expect(inds.map(kodeOf)).toEqual(Array.from({ length: 19 }, (_, i) => `01.${pad(i + 1)}`));
    expect(inds.every((i) => i.heading !== undefined && i.subtotal !== undefined && i.lines.length > 0)).toBe(true);
    expect(inds.map((i) => i.lines.length)).toEqual([3, 3, 3, 3, 4, 4, 1, 2, 13, 2, 9, 6, 6, 20, 9, 1, 1, 1, 3]);
  });

  it('recognises the closing Total after the last detail table as the grand total stated again', () => {
    const { model } = doc;
    const inds = allIndikator(model);
    expect(model.total?.row).toBe(28);
    expect(model.otherGrandTotals?.map((t) => [t.row, t.amount.value])).toEqual([[226, 3_350_922_000]]);
    expect(inds[18]!.subtotal?.row).toBe(224);
    expect(inds.reduce((s, i) => s + (i.anggaran.value ?? 0), 0)).toBe(3_350_922_000);
  });

  it('reads the heading of 01.08 across the page break and the heading of 01.15 with its numbers on the row above', () => {
    const inds = allIndikator(doc.model);
    expect(inds[7]!.heading?.row).toBe(91);
    expect(inds[7]!.lines.map((l) => l.row)).toEqual([96, 97]);
    expect(inds[14]!.heading?.row).toBe(191);
    expect(inds[14]!.heading?.targets[10]?.value).toBe(82.2);
    expect(inds[14]!.heading?.anggaran.value).toBe(878_913_000);
  });

  it("reports only the document's own mistakes (audited one by one)", () => {
    expect(loud(doc.v)).toEqual([
      'A03@H198',
      'A04@H221',
      'A05@L72',
      'A05@M72',
      'A05@L148',
      'A05@M148',
      'A06@N198',
      'T01@N23',
      'T01@N24',
      'T05@N7',
      'T05@N8',
      'T05@N9',
      'T05@N10',
      'T05@N11',
      'T05@N12',
      'T05@N13',
      'T05@N14',
      'T05@N51',
      'T05@N57',
      'T05@N63',
      'T04@N15',
      'T07@C45',
      'T07@C51',
      'T07@C57',
      'T07@C63',
      'T07@C73',
      'T07@C80',
      'T07@C87',
      'T07@D91',
      'T07@C99',
      'T07@D124',
      'T07@N162',
      'T07@D211',
    ]);
    expect(doc.v.findings.filter((f) => f.severity === 'info').every((f) => f.code === 'S03')).toBe(true);
  });
});
