/** Model rules on the budget (SPEC section 5): A01–A06, A08. */
import { a1 } from '../grid/grid';
import { type Finding, finding } from './findings';
import { type BudgetLine, type CellNumber, type Indikator, type RapkModel, allIndikator, kodeOf } from '../reader/model';
import { RUPIAH_TOLERANCE, round2 } from '../grid/numbers';
import { scalesPercent } from '../grid/formats';
import { squash } from '../grid/text';
import { type RuleContext, EPS, amount, indParams } from './context';

export function checkA01({ model, unreadable }: RuleContext): Finding[] {
  return allIndikator(model).flatMap((ind) => {
    if (ind.lines.length === 0) return [];
    if (ind.anggaran.invalid || (ind.anggaran.cell && unreadable.has(a1(ind.anggaran.cell)))) return [];
    // a contribution that could not be read leaves the sum unknown
    if (ind.lines.some((l) => l.kontribusi.invalid)) return [];
    const contribs = ind.lines.filter((l) => amount(l.kontribusi) !== null);
    if (contribs.length === 0) return [];
    const sum = contribs.reduce((s, l) => s + amount(l.kontribusi)!, 0);
    const expected = ind.anggaran.value ?? 0;
    if (Math.abs(sum - expected) < RUPIAH_TOLERANCE) return [];
    const mark = ind.anggaran.cell ?? ind.nameCell;
    return [
      finding(
        'A01',
        model.sheet,
        [a1(mark), ...contribs.map((l) => a1(l.kontribusi.cell!))],
        { ...indParams(ind), lines: contribs.length },
        { expected, actual: sum },
      ),
    ];
  });
}

export function checkA02({ model }: RuleContext): Finding[] {
  return allIndikator(model).flatMap((ind) =>
    ind.lines.flatMap((l) => {
      const k = amount(l.kontribusi);
      const a = amount(l.anggaran);
      if (k === null || a === null || k <= a) return [];
      return [
        finding('A02', model.sheet, [a1(l.kontribusi.cell!), a1(l.anggaran.cell!)], {
          ...indParams(ind),
          line: lineLabel(l),
          kontribusi: k,
          anggaran: a,
        }),
      ];
    }),
  );
}

function lineLabel(l: BudgetLine): string {
  return [l.ro, l.komponen, l.subKomponen].filter(Boolean).join(' / ');
}

/** The identity of a budget line: RO + komponen + sub komponen, by their codes where present. */
export function lineKey(l: Pick<BudgetLine, 'ro' | 'komponen' | 'subKomponen'>): string {
  const ro = /^([A-Z]{2}\.\d{4}\.[A-Z0-9]{3}\.[A-Z0-9]{3})/i.exec(l.ro.trim())?.[1] ?? l.ro;
  const komp = /^(\d{3})\b/.exec(l.komponen.trim())?.[1] ?? l.komponen;
  return `${squash(ro)}|${squash(komp)}|${squash(l.subKomponen)}`;
}

interface Use {
  ind: Indikator;
  line: BudgetLine;
}

const sharedCache = new WeakMap<RapkModel, Map<string, Use[]>>();

/** Budget lines by identity (computed once per model: A03 and A04 both use it). */
function sharedLines(model: RapkModel): Map<string, Use[]> {
  const cached = sharedCache.get(model);
  if (cached) return cached;
  const map = new Map<string, Use[]>();
  sharedCache.set(model, map);
  for (const ind of allIndikator(model)) {
    for (const line of ind.lines) {
      if (!line.ro && !line.komponen && !line.subKomponen) continue;
      const key = lineKey(line);
      const list = map.get(key);
      if (list) list.push({ ind, line });
      else map.set(key, [{ ind, line }]);
    }
  }
  return map;
}

export function checkA03({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const uses of sharedLines(model).values()) {
    const indicators = new Set(uses.map((u) => u.ind));
    if (indicators.size < 2) continue;
    const first = uses.find((u) => amount(u.line.anggaran) !== null);
    if (!first) continue;
    const anggaran = amount(first.line.anggaran)!;
    const contribs = uses.filter((u) => amount(u.line.kontribusi) !== null);
    const sum = contribs.reduce((s, u) => s + amount(u.line.kontribusi)!, 0);
    if (sum <= anggaran + EPS) continue;
    const cells = [a1(first.line.anggaran.cell!)];
    for (const u of uses) {
      for (const c of [u.line.anggaran.cell, u.line.kontribusi.cell]) if (c && !cells.includes(a1(c))) cells.push(a1(c));
    }
    out.push(
      finding(
        'A03',
        model.sheet,
        cells,
        { line: lineLabel(first.line), indicators: [...indicators].map(kodeOf).join(', ') },
        { expected: anggaran, actual: sum },
      ),
    );
  }
  return out;
}

export function checkA04({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const uses of sharedLines(model).values()) {
    const withAmount = uses.filter((u) => amount(u.line.anggaran) !== null);
    const first = withAmount[0];
    if (!first) continue;
    const a = amount(first.line.anggaran)!;
    for (const u of withAmount.slice(1)) {
      const b = amount(u.line.anggaran)!;
      if (b === a) continue;
      out.push(
        finding('A04', model.sheet, [a1(u.line.anggaran.cell!), a1(first.line.anggaran.cell!)], {
          line: lineLabel(u.line),
          kode: kodeOf(u.ind),
          firstKode: kodeOf(first.ind),
          value: b,
          firstValue: a,
        }),
      );
    }
  }
  return out;
}

export function checkA05({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const sheet = model.sheet;
  for (const t of [model.total, ...(model.otherGrandTotals ?? [])]) {
    if (!t || amount(t.amount) === null || !t.amount.cell || allIndikator(model).some((i) => i.anggaran.invalid)) continue;
    const sum = allIndikator(model).reduce((s, i) => s + (amount(i.anggaran) ?? 0), 0);
    const stated = amount(t.amount)!;
    if (Math.abs(stated - sum) >= RUPIAH_TOLERANCE) {
      out.push(finding('A05', sheet, [a1(t.amount.cell)], { kind: 'grand', row: t.row }, { expected: stated, actual: sum }));
    }
  }
  for (const s of model.sasaran) {
    const st = s.subtotal;
    const stated = st ? amount(st.amount) : null;
    if (!st || stated === null || !st.amount.cell || s.indikator.some((i) => i.anggaran.invalid)) continue;
    const sum = s.indikator.reduce((a, i) => a + (amount(i.anggaran) ?? 0), 0);
    if (Math.abs(stated - sum) >= RUPIAH_TOLERANCE) {
      out.push(finding('A05', sheet, [a1(st.amount.cell)], { kind: 'sasaran', no: s.no, row: st.row }, { expected: stated, actual: sum }));
    }
  }
  for (const ind of allIndikator(model)) {
    const st = ind.subtotal;
    if (!st) continue;
    const check = (n: CellNumber, values: (l: BudgetLine) => CellNumber | undefined, key: string): void => {
      const stated = amount(n);
      if (stated === null || !n.cell || ind.lines.some((l) => values(l)?.invalid)) return;
      const sum = ind.lines.reduce((s, l) => s + (amount(values(l) ?? { value: null, cell: null }) ?? 0), 0);
      if (Math.abs(stated - sum) >= RUPIAH_TOLERANCE) {
        out.push(
          finding(
            'A05',
            sheet,
            [a1(n.cell)],
            { ...indParams(ind), kind: 'detail', column: key, row: st.row },
            { expected: stated, actual: sum },
          ),
        );
      }
    };
    check(st.amount, (l) => l.kontribusi, 'total');
    for (const col of st.columns ?? []) {
      if (col.key === 'budgetPlan') check(col.amount, (l) => l.budgetPlan, col.key);
      else {
        const qi = ['B03', 'B06', 'B09', 'B12'].indexOf(col.key);
        if (qi >= 0) check(col.amount, (l) => l.quarters?.[qi], col.key);
      }
    }
  }
  return out;
}

export function checkA06({ model }: RuleContext): Finding[] {
  if (model.layout !== 'D') return [];
  const out: Finding[] = [];
  for (const ind of allIndikator(model)) {
    for (const l of ind.lines) {
      const total = amount(l.kontribusi);
      const qs = (l.quarters ?? []).filter((q) => amount(q) !== null);
      // a quarter the reader could not read (text, a formula saved without a value) leaves the sum unknown
      if (total !== null && l.kontribusi.cell && qs.length > 0 && !(l.quarters ?? []).some((q) => q.invalid)) {
        const sum = qs.reduce((s, q) => s + amount(q)!, 0);
        if (Math.abs(sum - total) >= RUPIAH_TOLERANCE) {
          out.push(
            finding(
              'A06',
              model.sheet,
              [a1(l.kontribusi.cell), ...qs.map((q) => a1(q.cell!))],
              { ...indParams(ind), kind: 'quarters', line: lineLabel(l), total, sum },
              // a sum, like A05: `expected` = the line's Total, `actual` = its quarters' sum (SPEC section 5)
              { expected: total, actual: sum },
            ),
          );
        }
      }
      const plan = amount(l.anggaran);
      const pct = l.percent;
      if (pct && pct.value !== null && pct.cell && plan && total !== null) {
        const want = (total / plan) * 100;
        const candidates = scalesPercent(pct.format) ? [pct.value * 100] : pct.value <= 1.5 ? [pct.value, pct.value * 100] : [pct.value];
        if (!candidates.some((v) => Math.abs(round2(v) - round2(want)) <= 0.01 + EPS)) {
          out.push(
            finding('A06', model.sheet, [a1(pct.cell), a1(l.kontribusi.cell!), a1(l.anggaran.cell!)], {
              ...indParams(ind),
              kind: 'percent',
              line: lineLabel(l),
              value: round2(candidates[0]!),
              want: round2(want),
            }),
          );
        }
      }
    }
  }
  return out;
}

export function checkA08({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const ind of allIndikator(model)) {
    const a = amount(ind.anggaran);
    if (ind.lines.length === 0 && a !== null && a > 0 && ind.anggaran.cell) {
      out.push(finding('A08', model.sheet, [a1(ind.anggaran.cell)], { ...indParams(ind), kind: 'noLines', anggaran: a }));
    }
    for (const l of ind.lines) {
      if (l.kontribusi.invalid) continue;
      if (l.kontribusi.value === null || l.kontribusi.value === 0) {
        const cell = l.kontribusi.cell ?? l.anggaran.cell;
        out.push(
          finding('A08', model.sheet, cell ? [a1(cell)] : [`A${l.row}`], { ...indParams(ind), kind: 'noContribution', line: lineLabel(l) }),
        );
      }
    }
  }
  return out;
}
