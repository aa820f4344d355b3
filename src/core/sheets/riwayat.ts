/**
 * The `Riwayat Revisi` sheet (issue 23): one row per change, grouped by indicator and coloured
 * by kind, then the anggaran per sasaran, old and new; printable on A4 landscape like the
 * Ringkasan. Texts from `locales/diff.ts`.
 */
import type { DiffMeta } from '../diff/workbook';
import type { DiffChange, DiffKind, RapkDiff } from '../diff/types';
import type { DiffGroup } from '../diff/groups';
import { DIFF_TEXT } from '../locales/diff';
import type { Lang } from '../locales/format';
import { ADD_IN_FILLS } from './palette';
import type { PlanCell, SheetPlan } from './plan';

export const RIWAYAT_SHEET = 'Riwayat Revisi';

/** The colour of each kind of change: added green, removed red, changed yellow, moved blue, identity violet. */
export const KIND_FILLS: Record<DiffKind, string> = {
  indicatorAdded: '#C6EFCE',
  lineAdded: '#C6EFCE',
  indicatorRemoved: '#FFC7CE',
  lineRemoved: '#FFC7CE',
  target: '#FFEB9C',
  anggaran: '#FFEB9C',
  kontribusi: '#FFEB9C',
  lineAnggaran: '#FFEB9C',
  moved: '#BDD7EE',
  renamed: '#E4DFEC',
  renumbered: '#E4DFEC',
  sasaranChanged: '#E4DFEC',
};

const MONEY = '#,##0';
const NUMBER = '#,##0.##';
const COLS = 7;

function oldNew(c: DiffChange): { old: number | null; new: number | null } | null {
  switch (c.kind) {
    case 'target':
    case 'anggaran':
    case 'kontribusi':
    case 'lineAnggaran':
      return { old: c.old, new: c.new };
    case 'lineAdded':
      return { old: null, new: c.kontribusi };
    case 'lineRemoved':
      return { old: c.kontribusi, new: null };
    case 'indicatorAdded':
      return { old: null, new: c.anggaran };
    case 'indicatorRemoved':
      return { old: c.anggaran, new: null };
    case 'moved':
      return { old: null, new: c.amount };
    default:
      return null;
  }
}

export function planRiwayat(diff: RapkDiff, groups: readonly DiffGroup[], meta: { old: DiffMeta; new: DiffMeta }, lang: Lang): SheetPlan {
  const T = DIFF_TEXT[lang];
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  let r = 0;
  const set = (c: number, value: PlanCell['value'], extra: Omit<PlanCell, 'r' | 'c' | 'value'> = {}): void => {
    if (value !== null && value !== '') cells.push({ r, c, value, ...extra });
  };
  const wide = (text: string, extra: Omit<PlanCell, 'r' | 'c' | 'value'> = {}): void => {
    set(0, text, { wrap: true, ...extra });
    merges.push({ r1: r, c1: 0, r2: r, c2: COLS - 1 });
    r++;
  };
  wide(T.sheetTitle, { bold: true, align: 'center' });
  wide(T.version('old', meta.old.file, meta.old.sheet, meta.old.year));
  wide(T.version('new', meta.new.file, meta.new.sheet, meta.new.year));
  wide(diff.changes.length ? T.count(diff.changes.length) : T.identical, { bold: true });
  r++;
  const header = r;
  const hdr = { bold: true, fill: ADD_IN_FILLS.header, align: 'center' as const, border: true, wrap: true };
  const C = T.columns;
  [C.kode, C.indikator, C.perubahan, C.keterangan, C.lama, C.baru, C.selisih].forEach((label, c) => set(c, label, hdr));
  r++;
  for (const g of groups) {
    set(0, g.kode ?? '', { bold: true, border: true });
    set(1, g.kode === null ? T.linesGroup : g.name, { bold: true, wrap: true, border: true });
    merges.push({ r1: r, c1: 1, r2: r, c2: COLS - 1 });
    r++;
    for (const ch of g.changes) {
      const nums = oldNew(ch);
      const format = ch.kind === 'target' ? NUMBER : MONEY;
      set(0, g.kode ?? '', { border: true });
      set(2, T.kind[ch.kind], { fill: KIND_FILLS[ch.kind], border: true, wrap: true });
      set(3, T.change(ch), { wrap: true, border: true });
      if (nums) {
        if (nums.old !== null) set(4, nums.old, { format, border: true });
        if (nums.new !== null) set(5, nums.new, { format, border: true });
        if (ch.kind !== 'moved') set(6, (nums.new ?? 0) - (nums.old ?? 0), { format, border: true });
      }
      r++;
    }
  }
  r++;
  set(0, T.totalsTitle, { bold: true });
  r++;
  const TC = T.totalsColumns;
  set(0, TC.sasaran, hdr);
  merges.push({ r1: r, c1: 0, r2: r, c2: 3 });
  [TC.lama, TC.baru, TC.selisih].forEach((label, i) => set(4 + i, label, hdr));
  r++;
  const row = (label: string, a: number | null, b: number | null, bold = false): void => {
    set(0, label, { wrap: true, border: true, bold });
    merges.push({ r1: r, c1: 0, r2: r, c2: 3 });
    if (a !== null) set(4, a, { format: MONEY, border: true, bold });
    if (b !== null) set(5, b, { format: MONEY, border: true, bold });
    set(6, (b ?? 0) - (a ?? 0), { format: MONEY, border: true, bold });
    r++;
  };
  for (const s of diff.totals.sasaran) row(T.sasaran(s.no, s.name), s.old, s.new);
  row(T.overall, diff.totals.overall.old, diff.totals.overall.new, true);
  return {
    name: RIWAYAT_SHEET,
    rows: r,
    cols: COLS,
    cells,
    merges,
    widths: [9, 40, 20, 60, 16, 16, 16],
    freeze: { rows: header + 1, cols: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: header, to: header } },
  };
}
