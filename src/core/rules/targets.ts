/** Model rules on targets (SPEC section 5): T01, T03, T04, T06, T07. */
import { a1 } from '../grid/grid';
import { round2 } from '../grid/numbers';
import { type Finding, finding } from './findings';
import { type RapkModel, allIndikator } from '../reader/model';
import { isPercentIndikator } from '../grid/text';
import { monthLabel } from '../reader/readRapk';
import { type RuleContext, amount, cellA1, hasValue, indParams } from './context';

function lastMonth(model: RapkModel): number {
  for (let k = 11; k >= 0; k--) if (model.monthsInHeader[k]) return k;
  return 11;
}

export function checkT01({ model, unreadable }: RuleContext): Finding[] {
  const k = lastMonth(model);
  return allIndikator(model).flatMap((ind) => {
    const cell = ind.targets[k]?.cell ?? null;
    if (cell && unreadable.has(a1(cell))) return [];
    if (hasValue(ind.targets[k]?.value ?? null) || ind.targets[k]?.maybeMerged) return [];
    return [finding('T01', model.sheet, cell ? [a1(cell)] : [a1(ind.nameCell)], { ...indParams(ind), month: monthLabel(k) })];
  });
}

export function checkT03({ model }: RuleContext): Finding[] {
  return allIndikator(model)
    .filter((ind) => isPercentIndikator(ind.name))
    .flatMap((ind) =>
      ind.targets.flatMap(({ value: v, cell }, k) => {
        // percentages are compared to 0.01 (SPEC section 5): float noise such as 100.00000000001 is 100
        if (v === null || !cell || (round2(v) >= 0 && round2(v) <= 100)) return [];
        return [finding('T03', model.sheet, [a1(cell)], { ...indParams(ind), month: monthLabel(k), value: v })];
      }),
    );
}

export function checkT04({ model }: RuleContext): Finding[] {
  return allIndikator(model).flatMap((ind) => {
    const out: Finding[] = [];
    let prev: number | null = null;
    for (let k = 0; k < 12; k++) {
      const v = ind.targets[k]?.value ?? null;
      if (!hasValue(v)) continue;
      if (prev !== null) {
        const pv = ind.targets[prev]!.value!;
        // targets are compared to 0.01 (SPEC section 5, as P01 does): 89.996 after 90 is no decrease
        if (round2(v) < round2(pv)) {
          out.push(
            finding('T04', model.sheet, [...cellA1(ind.targets[k]?.cell ?? null), ...cellA1(ind.targets[prev]?.cell ?? null)], {
              ...indParams(ind),
              month: monthLabel(k),
              prevMonth: monthLabel(prev),
              value: v,
              prevValue: pv,
            }),
          );
        }
      }
      prev = k;
    }
    return out;
  });
}

export function checkT06({ model, unreadable }: RuleContext): Finding[] {
  return allIndikator(model).flatMap((ind) => {
    const months = [...Array(12).keys()].filter((k) => model.monthsInHeader[k] && ind.targets[k]?.cell);
    const withTarget = months.filter((k) => hasValue(ind.targets[k]?.value ?? null));
    if (withTarget.length < 2) return [];
    const firstK = withTarget[0]!;
    const lastK = withTarget[withTarget.length - 1]!;
    const out: Finding[] = [];
    let run: number[] = [];
    const flush = (): void => {
      if (run.length) {
        out.push(
          finding(
            'T06',
            model.sheet,
            run.map((k) => a1(ind.targets[k]!.cell!)),
            {
              ...indParams(ind),
              month: monthLabel(run[0]!),
              lastMonth: monthLabel(run[run.length - 1]!),
            },
          ),
        );
      }
      run = [];
    };
    for (const k of months) {
      if (k <= firstK || k >= lastK) continue;
      const cell = ind.targets[k]!.cell!;
      if (!hasValue(ind.targets[k]?.value ?? null) && !unreadable.has(a1(cell))) run.push(k);
      else flush();
    }
    flush();
    return out;
  });
}

export function checkT07({ model }: RuleContext): Finding[] {
  if (model.layout !== 'D') return [];
  const out: Finding[] = [];
  for (const ind of allIndikator(model)) {
    const h = ind.heading;
    if (!h) continue;
    // one finding per heading, on its first month that disagrees; `0` and blank both mean no target
    for (let k = 0; k < 12; k++) {
      const hv = h.targets[k]?.value ?? null;
      const cell = h.targets[k]?.cell;
      if (hv === null || !cell) continue;
      const sv = ind.targets[k]?.value ?? null;
      if ((sv ?? 0) === 0 && hv === 0) continue;
      if (sv !== null && round2(sv) === round2(hv)) continue;
      out.push(
        finding('T07', model.sheet, [a1(cell), ...cellA1(ind.targets[k]?.cell ?? null)], {
          ...indParams(ind),
          field: monthLabel(k),
          value: hv,
          summary: sv,
        }),
      );
      break;
    }
    const ha = amount(h.anggaran);
    if (ha !== null && h.anggaran.cell && ha !== amount(ind.anggaran)) {
      out.push(
        finding('T07', model.sheet, [a1(h.anggaran.cell), ...cellA1(ind.anggaran.cell)], {
          ...indParams(ind),
          field: 'anggaran',
          value: ha,
          summary: amount(ind.anggaran),
        }),
      );
    }
  }
  return out;
}
