/**
 * The harness's picture of the charts the add-in drew on a simulated sheet (the Ringkasan's
 * capaian chart): columns with their point colours, a line series, category labels. Excel
 * draws the real thing; this shows in the browser what the simulator holds.
 */
import * as React from 'react';
import { chartsOf } from '../sim/charts';
import { type SimSheet, parseRange } from '../sim/store';

function cellsOf(sheet: SimSheet, address: string | null): (string | number | null)[] {
  if (!address) return [];
  const r = parseRange(address);
  const out: (string | number | null)[] = [];
  for (let i = r.r1; i <= r.r2; i++)
    for (let j = r.c1; j <= r.c2; j++) {
      const v = sheet.cells.get(`${i},${j}`)?.value ?? null;
      out.push(typeof v === 'number' || typeof v === 'string' ? v : null);
    }
  return out;
}

export function ChartView({ sheet }: { sheet: SimSheet }): React.ReactElement | null {
  const charts = chartsOf(sheet);
  if (charts.length === 0) return null;
  return (
    <div className="charts">
      {charts.map((c, n) => {
        const cats = cellsOf(sheet, c.series[0]?.xValues ?? null).map((v) => String(v ?? ''));
        const series = c.series.map((s) => ({ s, values: cellsOf(sheet, s.values).map((v) => (typeof v === 'number' ? v : null)) }));
        const max = Math.max(120, ...series.flatMap((x) => x.values.map((v) => v ?? 0)));
        const W = 40 + cats.length * 36;
        const H = 260;
        const y = (v: number): number => 20 + (H - 60) * (1 - Math.max(0, v) / max);
        const slot = (i: number): number => 40 + i * 36;
        return (
          <figure key={n} data-testid="chart" aria-label={c.title} className="chart">
            <figcaption>{c.title}</figcaption>
            <svg width={W} height={H} role="img" aria-label={c.title}>
              <line x1={40} y1={y(0)} x2={W} y2={y(0)} stroke="#808080" />
              <text x={4} y={y(100) + 4} fontSize={10}>
                100
              </text>
              {series.map(({ s, values }, k) =>
                s.chartType === 'Line' ? (
                  <polyline
                    key={k}
                    data-series="line"
                    fill="none"
                    stroke={s.color ?? '#C00000'}
                    strokeWidth={2}
                    strokeDasharray="6 4"
                    points={values.map((v, i) => `${slot(i) + 18},${y(v ?? 0)}`).join(' ')}
                  />
                ) : (
                  values.map((v, i) =>
                    v === null ? null : (
                      <rect
                        key={`${k}-${i}`}
                        data-kode={cats[i]}
                        data-fill={s.pointFills.get(i) ?? s.color ?? ''}
                        x={slot(i) + 6}
                        y={y(v)}
                        width={24}
                        height={Math.max(0, y(0) - y(v))}
                        fill={s.pointFills.get(i) ?? s.color ?? '#4472C4'}
                        stroke="#7F7F7F"
                      />
                    ),
                  )
                ),
              )}
              {cats.map((k, i) => (
                <text key={k + i} x={slot(i) + 18} y={H - 26} fontSize={10} textAnchor="middle">
                  {k}
                </text>
              ))}
              <text x={W / 2} y={H - 6} fontSize={11} textAnchor="middle" fontWeight={600}>
                {c.categoryTitle}
              </text>
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
