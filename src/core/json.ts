/** The JSON shapes of SPEC section 8 (`check --json`). */
import type { Finding } from './rules/findings';
import { type CellNumber, type RapkModel, valuesOf } from './reader/model';
import type { Lang } from './locales';
import { messageOf } from './locales';

const num = (n: CellNumber): number | null => (n.invalid ? null : n.value);

export interface SheetJson {
  name: string;
  layout: 'K' | 'D' | 'R';
  year: number | null;
  unit: string | null;
  sasaran: {
    no: string;
    name: string;
    indikator: {
      no: string;
      name: string;
      row: number;
      targets: (number | null)[];
      anggaran: number | null;
      lines: { row: number; ro: string; komponen: string; subKomponen: string; anggaran: number | null; kontribusi: number | null }[];
    }[];
  }[];
  total: number | null;
}

export interface FindingJson {
  code: string;
  severity: string;
  sheet: string;
  cells: string[];
  message: string;
  expected?: number;
  actual?: number;
}

export function modelJson(model: RapkModel): SheetJson {
  return {
    name: model.sheet,
    layout: model.layout,
    year: model.year,
    unit: model.unit,
    sasaran: model.sasaran.map((s) => ({
      no: s.no,
      name: s.name,
      indikator: s.indikator.map((i) => ({
        no: i.no,
        name: i.name,
        row: i.row,
        targets: valuesOf(i.targets),
        anggaran: num(i.anggaran),
        lines: i.lines.map((l) => ({
          row: l.row,
          ro: l.ro,
          komponen: l.komponen,
          subKomponen: l.subKomponen,
          anggaran: num(l.anggaran),
          kontribusi: num(l.kontribusi),
        })),
      })),
    })),
    total: model.total ? num(model.total.amount) : null,
  };
}

export function findingJson(f: Finding, lang: Lang): FindingJson {
  const out: FindingJson = { code: f.code, severity: f.severity, sheet: f.sheet, cells: f.cells, message: messageOf(f, lang) };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  return out;
}
