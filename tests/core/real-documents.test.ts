/**
 * The two real documents as planners get them (seeds 000 and 004 converted from PDF): Layout D
 * (Dharmasraya, RAPK 2023) and Layout R (BPOM pusat, RAPK 2024). Their findings were audited cell by
 * cell against the source text and SPEC sections 4-5 (tests/fixtures/README.md); the expected file
 * of each lists every finding, nothing more, nothing less, and the structure file the indicators
 * with their anggaran.
 */
import * as fs from 'fs';
import { validateWorkbook } from '../../src/core/workbook';
import { type ExpectedFinding, expectedFindings, fixtureGrids, fixturePath } from '../support/fixtures';

interface Structure {
  layout: string;
  sheet: string;
  year: number;
  sasaran: string[];
  total: number;
  indikator: { kode: string; row: number; anggaran: number; lines: number; b12: number | null }[];
}

const DOCUMENTS = [
  { xlsx: 'rapk-2023-dharmasraya.xlsx', base: 'rapk-2023-dharmasraya', what: 'Layout D, 19 indicators, one implicit sasaran' },
  { xlsx: 'rapk-2024-bpom-pusat.xlsx', base: 'rapk-2024-bpom-pusat', what: 'Layout R, 27 indicators in 11 sasaran' },
] as const;

const key = (f: { code: string; cells: string[] }): string => `${f.code}@${f.cells[0]}`;

function structure(base: string): Structure {
  return JSON.parse(fs.readFileSync(fixturePath(`${base}.structure.json`), 'utf8')) as Structure;
}

async function validate(xlsx: string) {
  const v = validateWorkbook(await fixtureGrids(xlsx));
  expect(v.problem).toBeNull();
  return v;
}

describe.each(DOCUMENTS)('real document $xlsx ($what)', ({ xlsx, base }) => {
  it('gives no finding outside the audit', async () => {
    const v = await validate(xlsx);
    const audited = new Set(expectedFindings(`${base}.expected.json`).map(key));
    expect(v.findings.map(key).filter((k) => !audited.has(k))).toEqual([]);
  });

  it('gives every audited finding, with its severity and sums', async () => {
    const v = await validate(xlsx);
    const missing: string[] = [];
    const wrong: { finding: string; got: unknown; audited: unknown }[] = [];
    for (const e of expectedFindings(`${base}.expected.json`) as ExpectedFinding[]) {
      const hit = v.findings.find((f) => key(f) === key(e));
      if (!hit) {
        missing.push(key(e));
        continue;
      }
      const got = { severity: hit.severity, expected: hit.expected, actual: hit.actual };
      const audited = { severity: e.severity, expected: e.expected ?? hit.expected, actual: e.actual ?? hit.actual };
      if (JSON.stringify(got) !== JSON.stringify(audited)) wrong.push({ finding: key(e), got, audited });
    }
    expect({ missing, wrong }).toEqual({ missing: [], wrong: [] });
  });

  it('reads the audited sasaran, indicators and anggaran', async () => {
    const v = await validate(xlsx);
    const s = structure(base);
    const m = v.sheets[0]!.model;
    expect({ layout: m.layout, sheet: m.sheet, year: m.year }).toEqual({ layout: s.layout, sheet: s.sheet, year: s.year });
    expect(m.sasaran.map((x) => x.no)).toEqual(s.sasaran);
    const got = m.sasaran.flatMap((x) =>
      x.indikator.map((i) => ({
        kode: `${x.no}.${i.no}`,
        row: i.row,
        anggaran: i.anggaran.value,
        lines: i.lines.length,
        b12: i.targets[11]?.value ?? null,
      })),
    );
    expect(got).toEqual(s.indikator);
    expect(m.total?.amount.value).toBe(s.total);
  });
});
