/**
 * The columns of an export, for the pane's mapping picker (issue 24): each column's letter with
 * the words over it, and a first guess (the column holding full line codes, the columns whose
 * header says uraian / pagu / realisasi). The planner confirms or changes it; `mappingProblem`
 * says what is still missing.
 */
import { type Grid, gridWidth, textAt } from '../grid/grid';
import { type ColumnMapping, type MappingKey, fullCodeOf, letterOf } from './mapped';

export interface ExportColumn {
  c: number;
  letter: string;
  /** the words over the column (its header), '' when none */
  header: string;
}

export interface ExportColumns {
  sheet: string;
  columns: ExportColumn[];
  /** the guess the picker starts from (null: no guess) */
  guess: Record<MappingKey, number | null>;
}

const HEAD_ROWS = 25;
const MAX_COLUMNS = 60;
const MAX_HEADER = 40;
/** rows looked through for a line code (an export's lines start near its top) */
const SCAN_ROWS = 2000;

const clean = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** The sheet to map: the first holding full line codes, else the first with any value. */
function sheetOf(grids: readonly Grid[]): { grid: Grid; firstCode: number } | null {
  let any: Grid | null = null;
  for (const g of grids) {
    const width = Math.min(gridWidth(g), MAX_COLUMNS);
    for (let r = 0; r < Math.min(g.values.length, SCAN_ROWS); r++)
      for (let c = 0; c < width; c++) {
        const t = textAt(g, r, c);
        if (t && !any) any = g;
        if (t && fullCodeOf(t)) return { grid: g, firstCode: r };
      }
  }
  return any ? { grid: any, firstCode: HEAD_ROWS } : null;
}

export function exportColumns(grids: readonly Grid[]): ExportColumns | null {
  const found = sheetOf(grids);
  if (!found) return null;
  const { grid, firstCode } = found;
  const width = Math.min(gridWidth(grid), MAX_COLUMNS);
  const top = Math.min(firstCode, HEAD_ROWS, grid.values.length);
  // the header: the row above the data with the most texts that are not numbers
  let h = -1;
  let best = 0;
  for (let r = 0; r < top; r++) {
    let n = 0;
    for (let c = 0; c < width; c++) {
      const v = grid.values[r]?.[c];
      if (typeof v === 'string' && clean(v) && !/^[\d.,\s-]+$/.test(v)) n++;
    }
    if (n > best) {
      best = n;
      h = r;
    }
  }
  const columns: ExportColumn[] = [];
  for (let c = 0; c < width; c++) {
    let header = h >= 0 ? clean(textAt(grid, h, c)) : '';
    // a two-row header (`Realisasi` over `s.d. Periode`)
    if (h >= 0 && h + 1 < top) {
      const below = clean(textAt(grid, h + 1, c));
      if (below && !/^[\d.,\s-]+$/.test(below)) header = clean(`${header} ${below}`);
    }
    columns.push({ c, letter: letterOf(c), header: header.length > MAX_HEADER ? `${header.slice(0, MAX_HEADER - 1)}…` : header });
  }
  const byWords = (re: RegExp): number | null => columns.find((x) => re.test(x.header.toLowerCase()))?.c ?? null;
  let kode: number | null = null;
  for (let c = 0; c < width && kode === null; c++)
    for (let r = top; r < Math.min(grid.values.length, top + 200) && kode === null; r++) if (fullCodeOf(textAt(grid, r, c))) kode = c;
  const realisasi = byWords(/s\.?\s?d\.?\s*periode|kumulatif/) ?? byWords(/realisasi/);
  const pagu = byWords(/pagu(?!.*lock)/);
  const uraian = byWords(/uraian|keterangan|^nama/);
  return { sheet: grid.name, columns, guess: { kode, uraian: uraian === kode ? null : uraian, pagu, realisasi } };
}

/** The picker's choice for a mapping the pane was given (the one in use, or remembered). */
export function choiceOf(m: ColumnMapping | null | undefined, guess: Record<MappingKey, number | null>): Record<MappingKey, number | null> {
  return m ? { kode: m.kode, uraian: m.uraian, pagu: m.pagu, realisasi: m.realisasi } : guess;
}
