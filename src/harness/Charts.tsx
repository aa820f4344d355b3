/** The harness's view of a sheet's charts (the Rekap's NPSS chart): a plain SVG column chart. */
import * as React from 'react';
import type { ExcelSimulator } from '../sim/excelSim';
import { chartsOf } from '../sim/charts';
import type { SimSheet } from '../sim/store';

const W = 900;
const H = 260;

export function Charts({ sim, sheet }: { sim: ExcelSimulator; sheet: SimSheet; version: number }): React.ReactElement | null {
  const charts = chartsOf(sheet);
  if (charts.length === 0) return null;
  const at = (r: number, c: number): unknown => sim.store.cell(sheet, r, c)?.value ?? null;
  return (
    <div data-testid="charts">
      {charts.map((ch, i) => {
        const values: number[] = [];
        const labels: string[] = [];
        for (let r = ch.source.r1; r <= ch.source.r2; r++) {
          const v = at(r, ch.source.c1);
          values.push(typeof v === 'number' ? v : 0);
          labels.push(ch.categories ? String(at(r - ch.source.r1 + ch.categories.r1, ch.categories.c1) ?? '') : String(r + 1));
        }
        const max = Math.max(1, ...values);
        const bw = (W - 60) / Math.max(1, values.length);
        return (
          <figure key={i} style={{ margin: '12px 0', fontFamily: 'sans-serif' }}>
            <figcaption style={{ fontWeight: 600, textAlign: 'center', width: W }}>{ch.title}</figcaption>
            <svg width={W} height={H} role="img" aria-label={ch.title ?? 'chart'}>
              <line x1={50} y1={10} x2={50} y2={H - 30} stroke="#888" />
              <line x1={50} y1={H - 30} x2={W - 10} y2={H - 30} stroke="#888" />
              {values.map((v, k) => {
                const h = ((H - 50) * v) / max;
                return (
                  <g key={k}>
                    <rect x={52 + k * bw} y={H - 30 - h} width={Math.max(1, bw - 2)} height={h} fill="#4472C4">
                      <title>{`${labels[k]}: ${v.toFixed(2)}`}</title>
                    </rect>
                  </g>
                );
              })}
              <text x={4} y={16} fontSize={11}>
                {max.toFixed(0)}
              </text>
              <text x={4} y={H - 30} fontSize={11}>
                0
              </text>
              <text x={52} y={H - 12} fontSize={11}>
                {labels[0]}
              </text>
              <text x={W - 10} y={H - 12} fontSize={11} textAnchor="end">
                {labels[labels.length - 1]}
              </text>
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
