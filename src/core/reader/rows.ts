/**
 * What a classified row adds to the model: sasaran, indicators, budget lines, wrapped-text continuations.
 */
import { a1, cellAt, formatAt } from '../grid/grid';
import type { BudgetLine, CellNumber, Sasaran } from './model';
import { parseNumber } from '../grid/numbers';
import { mergeAt } from '../grid/merges';
import { norm, pad2, runningNumber, splitNumbered } from '../grid/text';
import { firstFilled, indikatorNumber, indicatorText, lastNumberCol, lineText, numbersAbove, rowHasNumbers, text } from './cells';
import type { BudgetMap, MainMap } from './headers';
import { monthLabel, type Reading } from './state';
import { money, readIndicatorCells } from './values';

// ---------------------------------------------------------------- sasaran
/**
 * The NO column when row r's NO repeats the current sasaran's number below its first row: NO
 * filled down on every row (unmerged for AutoFilter) in a table where NO numbers the sasaran
 * (Layouts K and R), which says nothing of the row. -1 otherwise.
 */
export function filledNo(st: Reading, r: number, main: MainMap): number {
  const { cx, at } = st;
  if (cx.layout === 'D' || main.no === null || !at.current || at.lastKind === null) return -1;
  const no = runningNumber(text(cx, r, main.no));
  return no !== null && Number(no) === Number(at.current.no) ? main.no : -1;
}

export function sasaranFor(st: Reading, r: number, main: MainMap, create: boolean): Sasaran | null {
  const { cx, model, at } = st;
  const parent = create ? splitNumbered(indicatorText(cx, r, main)).parent : undefined;
  if (main.sasaran === null && parent) {
    // `1.1`, `2.3` numbering without a sasaran column: the first part numbers the sasaran
    at.current = model.sasaranWithNo(parent)[0] ?? model.newSasaran(parent, '', null);
    return at.current;
  }
  if (main.sasaran === null && cx.noNumbersSasaran && main.no !== null) {
    // Layout R: `1.`, `2`, ... in NO on the first indicator row of each sasaran
    const no = create ? runningNumber(text(cx, r, main.no)) : null;
    if (no !== null && at.current?.no !== no) {
      at.current = model.sasaranWithNo(no)[0] ?? model.newSasaran(no, '', { r, c: main.no });
    }
  }
  if (main.sasaran === null) {
    // no sasaran column (Layout D and some R tables): one implicit sasaran `01`
    if (!at.current) at.current = model.newSasaran('01', '', null);
    return at.current;
  }
  const raw = text(cx, r, main.sasaran);
  if (!raw) {
    if (!at.current && create) {
      at.current = model.newSasaran('00', '', null);
    }
    return at.current;
  }
  const split = splitNumbered(raw);
  const noCol = main.no !== null ? runningNumber(text(cx, r, main.no)) : null;
  const no = split.no ?? noCol ?? pad2(model.sasaranCount + 1);
  const cur = at.current;
  if (cur && cur.no === no && (norm(cur.name) === norm(split.name) || !cur.name)) return cur;
  const withNo = model.sasaranWithNo(no);
  const sameName = withNo.find((x) => norm(x.name) === norm(split.name));
  if (sameName) {
    at.current = sameName;
    return sameName;
  }
  const same = withNo[0];
  const ref = { r, c: main.sasaran };
  if (same) model.report('S04', [a1(ref), ...(same.cell ? [a1(same.cell)] : [])], { kind: 'sasaran', no });
  at.current = model.newSasaran(no, split.name, ref);
  return at.current;
}

export function onSasaranOnly(st: Reading, r: number, main: MainMap): void {
  const s = sasaranFor(st, r, main, true);
  if (s) st.at.last = null;
  st.at.continuationOk = false;
}

export function splitIndicator(st: Reading, r: number, main: MainMap, s: Sasaran): { no: string; name: string } {
  const cx = st.cx;
  const split = splitNumbered(indicatorText(cx, r, main));
  let no = split.no;
  if (!no && cx.layout === 'D' && main.no !== null) no = runningNumber(text(cx, r, main.no));
  if (!no) no = pad2(s.indikator.length + 1);
  return { no, name: split.name };
}

export function onIndicator(st: Reading, r: number, main: MainMap): void {
  const { cx, model, at } = st;
  const hadSasaran = at.current !== null || (main.sasaran !== null && !!text(cx, r, main.sasaran));
  const s = sasaranFor(st, r, main, true)!;
  const { no, name: indName } = splitIndicator(st, r, main, s);
  const nameCell = { r, c: main.indikator };
  if (!hadSasaran && main.sasaran !== null) {
    model.report('S02', [a1(nameCell)], { kind: 'noSasaran', indicator: `${no} - ${indName}` });
  }
  const dup = model.duplicateOf(s, no);
  if (dup) model.report('S04', [a1(nameCell), a1(dup.nameCell)], { kind: 'indikator', no: `${s.no}.${no}` });
  const cells = readIndicatorCells(st, numbersAbove(cx, r, main) ? r - 1 : r, main);
  const ind = model.addIndikator(s, { no, name: indName, row: r + 1, nameCell, sasaranNo: s.no, ...cells });
  at.lastKind = 'ind';
  at.lastInd = ind;
  at.last = { kind: 'ind', ind, map: main };
  at.continuationOk = true;
}

/**
 * An indicator wrapped over three rows with its numbers on the middle row (PDF conversions
 * centre them): its first row (the numbered text, no numbers) was read as the indicator; this
 * row (unnumbered text with the targets and anggaran, nothing in NO) gives it its numbers and
 * the rest of its name. True when the row was taken so.
 *
 * A row with text of its own is otherwise an indicator (its number left out) after one with no
 * target at all, and is the middle of a wrapped name only when all of these hold: nothing was
 * typed on the indicator's row right of its name (a satuan, a `-` per month: a row filled in as
 * a whole); the name goes on below the row (centred numbers have the name above and below
 * them); the next numbered indicator does not have the number after next (the row would take
 * the one between); and the sheet does not wrap a name under its numbers elsewhere (a table is
 * laid out one way). A row with no text (the numbers alone) completes the indicator whatever
 * the rest.
 */
export function completesWrappedIndicator(st: Reading, r: number, main: MainMap): boolean {
  const { cx, model, at } = st;
  const last = at.last;
  if (!last || last.kind !== 'ind' || at.lastKind !== 'ind' || last.ind !== at.lastInd) return false;
  const ind = last.ind;
  if (ind.lines.length > 0 || ind.anggaran.value !== null || ind.targets.some((t) => t.value !== null)) return false;
  const t = indicatorText(cx, r, main);
  if (splitNumbered(t).no !== null || (main.no !== null && filledNo(st, r, main) < 0 && text(cx, r, main.no))) return false;
  if (t && !middleOfName(st, r, main, ind.nameCell.r)) return false;
  const cells = readIndicatorCells(st, r, main);
  model.setIndikatorCells(ind, cells);
  if (t) model.wrapIndikatorName(ind, t);
  at.continuationOk = true;
  return true;
}

/**
 * Row r, text with numbers under the first row `top` of an indicator with no target, is the
 * middle of its name (above). When the next numbered indicator has the number after the
 * indicator's own, the numbering leaves the row none: it goes on with the name wherever the
 * name ends and however the sheet wraps elsewhere (read as an indicator, it would take that
 * number twice, S04, and leave its first row with no target, a false T01). When it has the
 * number after next, the row takes the one between: an indicator. When the numbering says
 * nothing (the last of a sasaran), the row is the rest of the name on Layouts K and R unless
 * the sheet keeps a wrapped name's numbers on its first row elsewhere: a name wrapped over two
 * rows with its numbers on the second looks the same as an empty indicator before an
 * unnumbered one, and a false T01 on a right table costs more than a T01 missed on one that
 * has both slips.
 */
function middleOfName(st: Reading, r: number, main: MainMap, top: number): boolean {
  const step = nextNumberStep(st, r, main, top);
  // with the numbering saying so, only a target or the anggaran typed on the first row (a `-`)
  // says it stands alone: a satuan or a PJ is typed once on a block's first row
  if (rowFilledIn(st, top, r, main, step === 1)) return false;
  if (step === 1) return true;
  if (st.cx.numbersOnFirstRow || step === 2) return false;
  // Layout D: each indicator has a detail table of its own, and joining two summary rows leaves
  // one table unmatched (false A05, A08): the row stands alone unless the name goes on below it
  // (centred numbers)
  return st.cx.layout !== 'D' || nameGoesOn(st, r + 1, main);
}

/**
 * Row r goes on with an indicator's name: unnumbered text in the indicator column and no
 * number (but NO filled down), not a header.
 */
function nameGoesOn(st: Reading, r: number, main: MainMap): boolean {
  const cx = st.cx;
  if (r >= cx.grid.values.length || cx.headers.has(r)) return false;
  const t = indicatorText(cx, r, main);
  return !!t && splitNumbered(t).no === null && indikatorNumber(cx, r, main).no === null && !rowHasNumbers(cx, r, filledNo(st, r, main));
}

/** Longest text of a cell typed on an indicator's row (a satuan, a PJ); longer is wrapped text. */
const SHORT_CELL = 24;

/**
 * Row r (an indicator's first row) has short cells of its own right of its name, within the
 * table (a satuan, a PJ, a `-` or 0 for a target or the anggaran): it was filled in as a
 * whole, not the top of a name whose numbers are centred below it. Longer texts (a keterangan
 * wrapped over the rows like the name) do not say so, nor a cell merged down over the row of
 * the numbers (`below`): it is the whole block's. `targetsOnly`: the months and the anggaran.
 */
function rowFilledIn(st: Reading, r: number, below: number, main: MainMap, targetsOnly = false): boolean {
  const last = Math.max(main.anggaran ?? -1, ...main.months.values());
  const targets = new Set([main.anggaran, ...main.months.values()]);
  for (let c = main.indikator + 1; c <= last; c++) {
    if (targetsOnly && !targets.has(c)) continue;
    if ((mergeAt(st.cx.grid, r, c)?.r2 ?? -1) >= below) continue;
    const v = cellAt(st.cx.grid, r, c);
    if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && v.trim().length <= SHORT_CELL)) return true;
  }
  return false;
}

/** How far below a row the next numbered indicator is looked for. */
const NUMBER_SCAN = 400;

/**
 * How the next numbered indicator below row r follows the indicator above it (its first row
 * `top`): its number minus the indicator's (in the same sasaran when the numbers say it, `1.2`);
 * null when either has none. 2 says r's text is an indicator with its number left out, 1 that
 * r takes no number.
 */
function nextNumberStep(st: Reading, r: number, main: MainMap, top: number): number | null {
  const cx = st.cx;
  const own = indikatorNumber(cx, top, main);
  if (own.no === null) return null;
  const end = Math.min(cx.grid.values.length, r + 1 + NUMBER_SCAN);
  for (let k = r + 1; k < end; k++) {
    const h = cx.headers.get(k);
    // Layout D: its summary only (the detail tables number their lines in `No.`)
    if (h && cx.layout === 'D' && h.kind !== 'main') return null;
    if (h) {
      k = h.r2;
      continue;
    }
    const next = indikatorNumber(cx, k, main);
    if (next.no !== null) return next.parent === own.parent ? Number(next.no) - Number(own.no) : null;
  }
  return null;
}

export function onLine(st: Reading, r: number, m: BudgetMap): void {
  const { cx, model, at } = st;
  const ind = at.lastInd;
  if (!ind) {
    model.report('S02', [a1(firstFilled(cx, r))], { row: r + 1, kind: 'row' });
    return;
  }
  let no = text(cx, r, m.no);
  // `NO RO` in one cell numbers its own line: it is not carried down a merge
  let ro = m.noInRo ? text(cx, r, m.ro) : lineText(cx, r, m.ro, m.r2);
  if (m.noInRo) {
    const mm = /^\s*(\d{1,3})\s*[.)]\s*(.*)$/.exec(ro);
    if (mm) {
      no = mm[1]!;
      ro = mm[2]!.trim();
    } else no = '';
  }
  if (m.kode !== null) {
    let kode = lineText(cx, r, m.kode, m.r2);
    // a KODE column numbering the lines (`1.`, `2)`) gives their NO, not a code (a code has no dot after it)
    if (/^\s*\d{1,3}\s*[.)]\s*$/.test(kode)) {
      if (!no) no = kode;
      kode = '';
    }
    if (kode && m.ro !== null) ro = ro ? `${kode} - ${ro}` : kode;
    else if (kode) ro = kode;
  }
  if (m.kro !== null) {
    const kro = lineText(cx, r, m.kro, m.r2);
    if (kro && !ro.includes(kro)) ro = ro ? `${kro} / ${ro}` : kro;
  }
  let sub = lineText(cx, r, m.subKomponen, m.r2);
  if (m.kodeSub !== null) {
    const ks = lineText(cx, r, m.kodeSub, m.r2);
    if (ks && !sub.startsWith(ks)) sub = sub ? `${ks} - ${sub}` : ks;
  }
  const base = { row: r + 1, no: runningNumber(no) ?? no, ro, komponen: lineText(cx, r, m.komponen, m.r2), subKomponen: sub };
  const none: CellNumber = { value: null, cell: null };
  let line: BudgetLine;
  if (m.kind === 'detail') {
    const anggaran = money(st, r, m.anggaran, 'budgetPlan');
    const quarters = [2, 5, 8, 11].map((k) => money(st, r, m.quarters.get(k) ?? null, monthLabel(k)));
    line = { ...base, anggaran, kontribusi: money(st, r, m.total, 'total'), budgetPlan: anggaran, quarters };
    if (m.percent !== null) line = { ...line, percent: percentCell(st, r, m.percent) };
  } else if (m.kind === 'list') {
    const amountCol = m.kontribusi ?? m.anggaran ?? lastNumberCol(cx, r);
    line = { ...base, anggaran: none, kontribusi: money(st, r, amountCol, 'kontribusi') };
  } else {
    line = { ...base, anggaran: money(st, r, m.anggaran, 'anggaranLine'), kontribusi: money(st, r, m.kontribusi, 'kontribusi') };
  }
  const added = model.addLine(ind, line);
  at.lastKind = 'line';
  at.last = { kind: 'line', line: added, map: m };
  at.continuationOk = true;
}

/** Layout D: the (%) cell of a detail line, with its number format (S03 for text, `35,00 (%)` too). */
function percentCell(st: Reading, r: number, c: number): NonNullable<BudgetLine['percent']> {
  const grid = st.cx.grid;
  const ref = { r, c };
  const p = parseNumber(cellAt(grid, r, c), 'percent');
  if (p.kind === 'number' && p.fromText) {
    st.model.report('S03', [a1(ref)], { text: p.text ?? '', field: '(%)' });
  }
  return {
    value: p.kind === 'number' ? p.value : null,
    cell: ref,
    // a number format only applies to numbers, not to text such as `35,00 (%)`
    format: p.kind === 'number' && !p.fromText ? formatAt(grid, r, c) : null,
  };
}

// ---------------------------------------------------------------- continuation
export function onContinuation(st: Reading, r: number): void {
  const { cx, model, at } = st;
  const last = at.last;
  if (!last) return;
  const row = cx.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || !v.trim()) continue;
    if (last.kind === 'line') {
      const m = at.sub && at.sub.kind === last.map.kind ? at.sub : last.map;
      if (c === m.ro || c === m.kode) model.wrapLine(last.line, 'ro', v);
      else if (c === m.komponen) model.wrapLine(last.line, 'komponen', v);
      else if (c === m.subKomponen || c === m.kodeSub) model.wrapLine(last.line, 'subKomponen', v);
    } else {
      const m = at.main ?? last.map;
      const s = model.sasaranOf(last.ind);
      if (c === m.indikator) model.wrapIndikatorName(last.ind, v);
      // the sasaran filled down on every row is not more of its name
      else if (c === m.sasaran && s.cell && text(cx, s.cell.r, s.cell.c) !== v.trim()) model.wrapSasaranName(s, v);
    }
  }
}
