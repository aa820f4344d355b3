/**
 * Reads the `Pengaturan RAPK` sheet (reader stage): finds its sections and their header
 * columns by their words, like the RAPK's, and hands each data row's cells as typed, with
 * their addresses. Nothing is judged here: `rules/settings.ts` turns the cells into settings
 * or findings M01–M05.
 */
import { type CellValue, type Grid, a1, cellAt, gridWidth, textAt } from '../grid/grid';
import { norm } from '../grid/text';
import { BAND_HEADER, BOBOT_HEADER, type BandSection, PARAM_HEADER, SECTION_TITLES } from '../settings/sheet';

/** A cell of the settings sheet as typed, with its A1 address. */
export interface SettingsCell {
  value: CellValue;
  at: string;
}

export interface BandRow {
  lower: SettingsCell;
  lowerIncl: SettingsCell;
  upper: SettingsCell;
  upperIncl: SettingsCell;
  label: SettingsCell;
  fill: SettingsCell;
}

export type SettingsSection =
  /** a section title without its header row under it */
  | { kind: 'noHeader'; section: keyof typeof SECTION_TITLES; at: string }
  | { kind: 'parameter'; rows: { name: CellValue; value: SettingsCell }[] }
  | { kind: 'bobot'; rows: { kode: CellValue; jenis: CellValue; bobot: SettingsCell }[] }
  /** `at`: the first cell of the header row */
  | { kind: 'bands'; section: BandSection; at: string; rows: BandRow[] };

export interface SettingsSheetCells {
  sheet: string;
  sections: SettingsSection[];
}

function sectionOf(t: string): keyof typeof SECTION_TITLES | null {
  for (const [k, title] of Object.entries(SECTION_TITLES)) if (t === norm(title)) return k as keyof typeof SECTION_TITLES;
  return null;
}

/** The sections of the settings sheet in sheet order, each with its rows' cells. */
export function readSettingsSheet(grid: Grid): SettingsSheetCells {
  const width = Math.min(gridWidth(grid), 60);
  const height = grid.values.length;
  const sections: SettingsSection[] = [];

  const isBlankRow = (r: number): boolean => {
    for (let c = 0; c < width; c++) {
      const v = cellAt(grid, r, c);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  };
  const firstText = (r: number): string => {
    for (let c = 0; c < width; c++) {
      const t = textAt(grid, r, c);
      if (t) return norm(t);
    }
    return '';
  };
  /** header columns: label → column, when every label is in the row */
  const headerCols = (r: number, labels: readonly string[]): Map<string, number> | null => {
    const cols = new Map<string, number>();
    for (let c = 0; c < width; c++) {
      const t = norm(textAt(grid, r, c));
      const l = labels.find((x) => norm(x) === t);
      if (l && !cols.has(l)) cols.set(l, c);
    }
    return cols.size === labels.length ? cols : null;
  };

  let r = 0;
  while (r < height) {
    const sec = sectionOf(firstText(r));
    if (!sec) {
      r++;
      continue;
    }
    // the section's header: the next non-blank row
    let h = r + 1;
    while (h < height && isBlankRow(h)) h++;
    const labels = sec === 'parameter' ? PARAM_HEADER : sec === 'bobot' ? BOBOT_HEADER : BAND_HEADER;
    const cols = headerCols(h, labels);
    if (!cols) {
      sections.push({ kind: 'noHeader', section: sec, at: a1({ r: Math.min(h, height - 1), c: 0 }) });
      r = h + 1;
      continue;
    }
    const rows: number[] = [];
    let d = h + 1;
    for (; d < height && !isBlankRow(d) && !sectionOf(firstText(d)); d++) rows.push(d);
    r = d;
    const cell = (row: number, label: string): SettingsCell => {
      const c = cols.get(label)!;
      return { value: cellAt(grid, row, c), at: a1({ r: row, c }) };
    };
    if (sec === 'parameter') {
      sections.push({ kind: 'parameter', rows: rows.map((pr) => ({ name: cell(pr, 'Parameter').value, value: cell(pr, 'Nilai') })) });
    } else if (sec === 'bobot') {
      sections.push({
        kind: 'bobot',
        rows: rows.map((br) => ({ kode: cell(br, 'Kode').value, jenis: cell(br, 'Jenis').value, bobot: cell(br, 'Bobot') })),
      });
    } else {
      sections.push({
        kind: 'bands',
        section: sec,
        at: a1({ r: h, c: 0 }),
        rows: rows.map((br) => ({
          lower: cell(br, 'Batas Bawah'),
          lowerIncl: cell(br, 'Bawah Termasuk'),
          upper: cell(br, 'Batas Atas'),
          upperIncl: cell(br, 'Atas Termasuk'),
          label: cell(br, 'Label'),
          fill: cell(br, 'Warna'),
        })),
      });
    }
  }
  return { sheet: grid.name, sections };
}
