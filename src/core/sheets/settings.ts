/**
 * The `Pengaturan RAPK` sheet's plan (defaults or a preset), with one Bobot row per indicator
 * of the RAPK; its words are in `settings/sheet.ts`, its reader in `reader/settings.ts`.
 */
import type { CellValue } from '../grid/grid';
import { type RapkModel, allIndikator, kodeOf } from '../reader/model';
import { fontOn } from './palette';
import type { PlanCell, SheetPlan } from './plan';
import { SETTINGS_SHEET_TEXT } from '../locales/settingsSheet';
import { type BandSpec, type PresetName, presetSettings } from '../settings/bands';
import { BAND_HEADER, BOBOT_HEADER, PARAM_HEADER, PARAM_NAMES, SECTION_TITLES, SETTINGS_SHEET } from '../settings/sheet';
import { signerPlanCells } from '../settings/signature';
import type { ColumnMapping } from '../sakti/mapped';
import type { SplitRule } from '../sakti/match';
import { SPLIT_LIST, importPlanCells } from '../sakti/settings';
import type { Lang } from '../lang';

const HEADER_FILL = '#D9E1F2';
const INPUT_FILL = '#FFF2CC';
export const HEADER_STYLE = { bold: true, fill: HEADER_FILL, border: true, align: 'center' } as const;
export const INPUT_STYLE = { border: true, fill: INPUT_FILL } as const;

/** The `Pengaturan RAPK` sheet for a preset, with one Bobot row per indicator of the RAPK. */
export function planSettings(
  model: RapkModel | null,
  preset: PresetName = 'spec',
  lang: Lang = 'id',
  /** the SAKTI import's rows (issue 24): the split rule in use (default kontribusi) and an export's mapping */
  anggaran: { split?: SplitRule; mapping?: ColumnMapping | null } = {},
): SheetPlan {
  const s = presetSettings(preset);
  const T = SETTINGS_SHEET_TEXT[lang];
  const cells: PlanCell[] = [];
  let r = 0;
  const put = (c: number, value: CellValue, extra: Partial<PlanCell> = {}): void => {
    cells.push({ r, c, value, ...extra });
  };
  const header = (labels: readonly string[]): void => {
    labels.forEach((l, c) => put(c, l, { bold: true, fill: HEADER_FILL, border: true, align: 'center', wrap: true }));
    r++;
  };
  put(0, T.title, { bold: true });
  r++;
  put(0, T.help, { wrap: false });
  r++;
  put(0, T.preset(T.presetLabel[preset]));
  r += 2;
  const bandTable = (title: string, bands: readonly BandSpec[]): void => {
    put(0, title, { bold: true });
    r++;
    header(BAND_HEADER);
    for (const b of bands) {
      put(0, b.lower, { border: true, format: '0.00' });
      put(1, b.lower === null ? null : b.lowerIncl ? 'Ya' : 'Tidak', { border: true, align: 'center', format: '@' });
      put(2, b.upper, { border: true, format: '0.00' });
      put(3, b.upper === null ? null : b.upperIncl ? 'Ya' : 'Tidak', { border: true, align: 'center', format: '@' });
      put(4, b.label, { border: true, format: '@' });
      put(5, b.fill, { border: true, fill: b.fill, font: fontOn(b.fill), format: '@', align: 'center' });
      r++;
    }
    r++;
  };
  bandTable(SECTION_TITLES.kriteria, s.kriteria);
  bandTable(SECTION_TITLES.predikat, s.predikat);
  bandTable(SECTION_TITLES.efisiensi, s.efisiensi);
  put(0, SECTION_TITLES.parameter, { bold: true });
  r++;
  header(PARAM_HEADER);
  for (const [k, v] of [
    ['npiCap', s.npiCap],
    ['annualCutoff', s.annualCutoff],
    ['bobotIku', s.bobotIku],
  ] as const) {
    put(0, PARAM_NAMES[k], { border: true });
    put(1, v, { border: true, fill: INPUT_FILL, format: '0.00' });
    r++;
  }
  r++;
  // who signs the Ringkasan (settings/signature.ts; the settings reader skips that section)
  const signer = signerPlanCells(r, T.signerHelp, HEADER_STYLE, { border: true, fill: INPUT_FILL });
  cells.push(...signer.cells);
  r += signer.rows + 1;
  put(0, SECTION_TITLES.bobot, { bold: true });
  put(4, T.bobotHelp);
  r++;
  header(BOBOT_HEADER);
  const firstBobot = r;
  for (const ind of model ? allIndikator(model) : []) {
    put(0, kodeOf(ind), { border: true, format: '@', align: 'center' });
    put(1, ind.name, { border: true, format: '@' });
    put(2, null, { border: true, fill: INPUT_FILL, format: '@' });
    put(3, null, { border: true, fill: INPUT_FILL, format: '0.00' });
    r++;
  }
  const lastBobot = r;
  // the SAKTI import's split rule and export columns, under the weights (sakti/settings.ts; the settings reader skips it)
  r++;
  const imp = importPlanCells(r, T.importHelp, anggaran, HEADER_STYLE, INPUT_STYLE);
  cells.push(...imp.cells);
  const splitRow = r + 2;
  r += imp.rows;
  return {
    name: SETTINGS_SHEET,
    rows: r,
    cols: BAND_HEADER.length,
    cells,
    merges: [],
    widths: [16, 60, 14, 14, 30, 14],
    // Jenis: a list, so IKU is spelt the way the reader knows
    validations: [
      ...(lastBobot > firstBobot ? [{ range: { r1: firstBobot, c1: 2, r2: lastBobot - 1, c2: 2 }, list: ['IKU', 'IKK', 'IKSS'] }] : []),
      { range: { r1: splitRow, c1: 1, r2: splitRow, c2: 1 }, list: SPLIT_LIST },
    ],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  };
}
