/**
 * What a classified row adds to the model: sasaran, indicators, budget lines, wrapped-text continuations.
 */
import { finding } from '../rules/findings';
import { a1, cellAt, formatAt, type Ref } from '../grid/grid';
import type { BudgetLine, Indikator, Sasaran } from './model';
import { parseNumber } from '../grid/numbers';
import { joinWrapped, norm, pad2, runningNumber, splitNumbered } from '../grid/text';
import { firstFilled, indicatorText, lastNumberCol, text } from './cells';
import type { BudgetMap, MainMap } from './headers';
import { monthLabel, ReaderState } from './state';
import { money, readIndicatorCells } from './values';

// ---------------------------------------------------------------- sasaran
export function sasaranFor(st: ReaderState, r: number, main: MainMap, create: boolean): Sasaran | null {
  const name = st.grid.name;
  const parent = create ? splitNumbered(indicatorText(st, r, main)).parent : undefined;
  if (main.sasaran === null && parent) {
    // `1.1`, `2.3` numbering without a sasaran column: the first part numbers the sasaran
    st.current = st.sasaranByNo.get(parent)?.[0] ?? newSasaran(st, parent, '', null);
    return st.current;
  }
  if (main.sasaran === null) {
    // no sasaran column (Layout D and some R tables): one implicit sasaran `01`
    if (!st.current) st.current = newSasaran(st, '01', '', null);
    return st.current;
  }
  const raw = text(st, r, main.sasaran);
  if (!raw) {
    if (!st.current && create) {
      st.current = newSasaran(st, '00', '', null);
    }
    return st.current;
  }
  const split = splitNumbered(raw);
  const noCol = main.no !== null ? runningNumber(text(st, r, main.no)) : null;
  const no = split.no ?? noCol ?? pad2(st.sasaran.length + 1);
  const cur = st.current;
  if (cur && cur.no === no && (norm(cur.name) === norm(split.name) || !cur.name)) return cur;
  const withNo = st.sasaranByNo.get(no) ?? [];
  const sameName = withNo.find((x) => norm(x.name) === norm(split.name));
  if (sameName) {
    st.current = sameName;
    return sameName;
  }
  const same = withNo[0];
  const ref = { r, c: main.sasaran };
  if (same) st.findings.push(finding('S04', name, [a1(ref), ...(same.cell ? [a1(same.cell)] : [])], { kind: 'sasaran', no }));
  st.current = newSasaran(st, no, split.name, ref);
  return st.current;
}

export function newSasaran(st: ReaderState, no: string, name: string, cell: Ref | null): Sasaran {
  const s: Sasaran = { no, name, cell, indikator: [] };
  st.sasaranIds.set(s, st.sasaran.length);
  st.sasaran.push(s);
  const list = st.sasaranByNo.get(no);
  if (list) list.push(s);
  else st.sasaranByNo.set(no, [s]);
  return s;
}

export function onSasaranOnly(st: ReaderState, r: number, main: MainMap): void {
  const s = sasaranFor(st, r, main, true);
  if (s) st.last = null;
  st.continuationOk = false;
}

export function splitIndicator(st: ReaderState, r: number, main: MainMap, s: Sasaran): { no: string; name: string } {
  const split = splitNumbered(indicatorText(st, r, main));
  let no = split.no;
  if (!no && st.layout === 'D' && main.no !== null) no = runningNumber(text(st, r, main.no));
  if (!no) no = pad2(s.indikator.length + 1);
  return { no, name: split.name };
}

export function onIndicator(st: ReaderState, r: number, main: MainMap): void {
  const name = st.grid.name;
  const hadSasaran = st.current !== null || (main.sasaran !== null && !!text(st, r, main.sasaran));
  const s = sasaranFor(st, r, main, true)!;
  const { no, name: indName } = splitIndicator(st, r, main, s);
  const nameCell = { r, c: main.indikator };
  if (!hadSasaran && main.sasaran !== null) {
    st.findings.push(finding('S02', name, [a1(nameCell)], { kind: 'noSasaran', indicator: `${no} - ${indName}` }));
  }
  const dupKey = `${st.sasaranIds.get(s) ?? -1}|${no}`;
  const dup = st.seenNo.get(dupKey);
  if (dup) {
    st.findings.push(finding('S04', name, [a1(nameCell), a1(dup.nameCell)], { kind: 'indikator', no: `${s.no}.${no}` }));
  }
  const cells = readIndicatorCells(st, r, main);
  const ind: Indikator = { no, name: indName, row: r + 1, nameCell, sasaranNo: s.no, lines: [], ...cells };
  s.indikator.push(ind);
  if (!dup) st.seenNo.set(dupKey, ind);
  st.order.push(ind);
  st.lastKind = 'ind';
  const list = st.byNo.get(no);
  if (list) list.push(ind);
  else st.byNo.set(no, [ind]);
  const key = norm(indName);
  if (!st.byName.has(key)) st.byName.set(key, ind);
  st.sasaranOf.set(ind, s);
  st.lastInd = ind;
  st.last = { kind: 'ind', ind, sasaran: s, map: main };
  st.continuationOk = true;
}

export function onLine(st: ReaderState, r: number, m: BudgetMap): void {
  const ind = st.lastInd;
  if (!ind) {
    st.findings.push(finding('S02', st.grid.name, [a1(firstFilled(st, r))], { row: r + 1, kind: 'row' }));
    return;
  }
  let no = text(st, r, m.no);
  let ro = text(st, r, m.ro);
  if (m.noInRo) {
    const mm = /^\s*(\d{1,3})\s*[.)]\s*(.*)$/.exec(ro);
    if (mm) {
      no = mm[1]!;
      ro = mm[2]!.trim();
    } else no = '';
  }
  if (m.kode !== null) {
    const kode = text(st, r, m.kode);
    if (kode && m.ro !== null) ro = ro ? `${kode} - ${ro}` : kode;
    else if (kode) ro = kode;
  }
  if (m.kro !== null) {
    const kro = text(st, r, m.kro);
    if (kro && !ro.includes(kro)) ro = ro ? `${kro} / ${ro}` : kro;
  }
  let sub = text(st, r, m.subKomponen);
  if (m.kodeSub !== null) {
    const ks = text(st, r, m.kodeSub);
    if (ks && !sub.startsWith(ks)) sub = sub ? `${ks} - ${sub}` : ks;
  }
  const line: BudgetLine = {
    row: r + 1,
    no: runningNumber(no) ?? no,
    ro,
    komponen: text(st, r, m.komponen),
    subKomponen: sub,
    anggaran: { value: null, cell: null },
    kontribusi: { value: null, cell: null },
  };
  if (m.kind === 'detail') {
    line.anggaran = money(st, r, m.anggaran, 'budgetPlan');
    line.budgetPlan = line.anggaran;
    line.quarters = [2, 5, 8, 11].map((k) => money(st, r, m.quarters.get(k) ?? null, monthLabel(k)));
    line.kontribusi = money(st, r, m.total, 'total');
    if (m.percent !== null) {
      const ref = { r, c: m.percent };
      const p = parseNumber(cellAt(st.grid, r, m.percent), 'percent');
      line.percent = {
        value: p.kind === 'number' ? p.value : null,
        cell: ref,
        // a number format only applies to numbers, not to text such as `35,00 (%)`
        format: p.kind === 'number' && !p.fromText ? formatAt(st.grid, r, m.percent) : null,
      };
      if (p.kind === 'number' && p.fromText && !/%/.test(p.text ?? '')) {
        st.findings.push(finding('S03', st.grid.name, [a1(ref)], { text: p.text ?? '', field: '(%)' }));
      }
    }
  } else if (m.kind === 'list') {
    const amountCol = m.kontribusi ?? m.anggaran ?? lastNumberCol(st, r);
    line.kontribusi = money(st, r, amountCol, 'kontribusi');
  } else {
    line.anggaran = money(st, r, m.anggaran, 'anggaranLine');
    line.kontribusi = money(st, r, m.kontribusi, 'kontribusi');
  }
  ind.lines.push(line);
  st.lastKind = 'line';
  st.last = { kind: 'line', line, map: m };
  st.continuationOk = true;
}

// ---------------------------------------------------------------- continuation
export function onContinuation(st: ReaderState, r: number): void {
  const last = st.last;
  if (!last) return;
  const row = st.grid.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || !v.trim()) continue;
    if (last.kind === 'line') {
      const m = st.sub && st.sub.kind === last.map.kind ? st.sub : last.map;
      const l = last.line;
      if (c === m.ro || c === m.kode) l.ro = joinWrapped(l.ro, v);
      else if (c === m.komponen) l.komponen = joinWrapped(l.komponen, v);
      else if (c === m.subKomponen || c === m.kodeSub) l.subKomponen = joinWrapped(l.subKomponen, v);
    } else {
      const m = st.main ?? last.map;
      if (c === m.indikator) last.ind.name = joinWrapped(last.ind.name, v);
      else if (c === m.sasaran && last.sasaran.cell) last.sasaran.name = joinWrapped(last.sasaran.name, v);
    }
  }
}
