/** The harness's workbook grid: one simulated sheet drawn as an HTML table (windowed when long). */
import * as React from 'react';
import { colName } from '../core/grid/grid';
import { fontOn } from '../core/sheets/palette';
import type { ExcelSimulator } from '../sim/excelSim';
import type { SimSheet } from '../sim/store';
import { displayNumber } from './numberFormat';

/** Sheets longer than this are rendered windowed (fixed row height, only the visible rows). */
const WINDOW_OVER = 300;
const ROW_PX = 22;
const OVERSCAN = 30;
const HEAD_PX = 40;
/** column width in pixels: the simulator keeps points (6 per character, as the adapter writes them); Excel draws 7 px per character + 5 */
const colPx = (sheet: SimSheet, c: number): number => Math.round(((sheet.colWidths.get(c) ?? 48) / 6) * 7 + 5);

/** A cell's text as Indonesian Excel shows it (its number format, decimal comma, dot between thousands). */
function display(v: unknown, fmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return displayNumber(v, fmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

interface GridProps {
  sim: ExcelSimulator;
  sheet: SimSheet;
  version: number;
  onSelect: (address: string) => void;
  scroller: React.RefObject<HTMLDivElement>;
}

export function parseCell(address: string): { r: number; c: number } | null {
  const m = /^([A-Z]+)(\d+)/.exec(address);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/**
 * The sheet as a table: frozen rows in the sticky header, frozen columns sticky on the left,
 * merged cells, notes, fills. Long sheets are windowed: only the rows in view (plus a margin)
 * are in the DOM, with spacers for the rest.
 */
export function Grid({ sim, sheet, onSelect, scroller }: GridProps): React.ReactElement {
  const used = sim.store.usedRange(sheet, false);
  const rows = (used?.r2 ?? 10) + 2;
  const cols = Math.min((used?.c2 ?? 8) + 2, 60);
  const frozenRows = Math.min(sheet.freezeRows, rows);
  const frozenCols = Math.min(sheet.freezeCols, cols);
  const windowed = rows > WINDOW_OVER;
  const sel = sim.store.selection?.sheet === sheet.name ? sim.store.selection.address : null;
  const [view, setView] = React.useState({ top: 0, height: 800 });

  React.useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // another sheet starts at its top-left corner, as in Excel (a pending selection scrolls after)
    el.scrollTop = 0;
    el.scrollLeft = 0;
    const on = (): void => setView({ top: el.scrollTop, height: el.clientHeight });
    on();
    el.addEventListener('scroll', on, { passive: true });
    return () => el.removeEventListener('scroll', on);
  }, [scroller, sheet]);

  // bring a newly selected cell into view (a finding clicked in the pane selects it), once
  const pending = React.useRef<string | null>(null);
  React.useEffect(() => {
    pending.current = sel;
  }, [sel]);
  React.useEffect(() => {
    const el = scroller.current;
    const want = pending.current;
    const at = want ? parseCell(want) : null;
    if (!el || !want || !at) return;
    const td = el.querySelector<HTMLElement>(`td[data-cell="${want}"]`);
    if (td) {
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      pending.current = null;
    } else if (windowed) el.scrollTop = Math.max(0, (at.r - frozenRows) * ROW_PX - el.clientHeight / 2);
  });

  const first = windowed ? Math.max(frozenRows, Math.floor((view.top - HEAD_PX) / ROW_PX) - OVERSCAN) : frozenRows;
  const last = windowed ? Math.min(rows - 1, Math.ceil((view.top + view.height) / ROW_PX) + OVERSCAN) : rows - 1;

  const covered = new Set<string>();
  const span = new Map<string, { rs: number; cs: number }>();
  for (const m of sheet.merges) {
    span.set(`${m.r1},${m.c1}`, { rs: m.r2 - m.r1 + 1, cs: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r},${c}`);
  }
  const left: number[] = [];
  for (let c = 0, x = 40; c < cols; c++) {
    left.push(x);
    x += colPx(sheet, c);
  }

  const rowOf = (r: number): React.ReactElement => {
    const tds: React.ReactElement[] = [
      <th key="h" scope="row" className="rowhead">
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      const k = `${r},${c}`;
      if (covered.has(k)) continue;
      const cell = sheet.cells.get(k);
      const addr = `${colName(c)}${r + 1}`;
      const note = sheet.notes.get(addr) ?? sheet.comments.find((x) => x.address === addr)?.content;
      let sp = span.get(k);
      // like Excel, unwrapped text runs on over the empty cells to its right
      if (!sp && typeof cell?.value === 'string' && !cell.wrap) {
        let cs = 1;
        while (c + cs < cols && cs < 12) {
          const nk = `${r},${c + cs}`;
          const next = sheet.cells.get(nk);
          if (covered.has(nk) || (next && (next.value !== null || next.fill || next.border))) break;
          covered.add(nk);
          cs++;
        }
        if (cs > 1) sp = { rs: 1, cs };
      }
      const fill = cell?.fill?.color;
      // a frozen cell sticks to the left, unless its text runs on past the freeze line
      const frozenCol = c < frozenCols && c + (sp?.cs ?? 1) <= frozenCols;
      const style: React.CSSProperties = {
        background: fill ?? (frozenCol || r < frozenRows ? '#fff' : undefined),
        color: cell?.fontColor ?? (fill ? fontOn(fill) : undefined),
        fontWeight: cell?.bold ? 600 : undefined,
        whiteSpace: cell?.wrap && !windowed ? 'normal' : 'nowrap',
        textAlign: typeof cell?.value === 'number' ? 'right' : cell?.align === 'center' ? 'center' : 'left',
        outline: sel === addr ? '2px solid #107C41' : undefined,
        outlineOffset: sel === addr ? '-2px' : undefined,
        maxWidth: sp && sp.cs > 1 ? undefined : colPx(sheet, c),
        height: windowed ? ROW_PX - 5 : undefined,
        ...(frozenCol ? { position: 'sticky', left: left[c], zIndex: 1 } : {}),
      };
      tds.push(
        <td
          key={c}
          data-cell={addr}
          data-fill={fill ?? ''}
          title={note ?? undefined}
          style={style}
          rowSpan={sp?.rs}
          colSpan={sp?.cs}
          onClick={() => onSelect(addr)}
          className={[note ? 'has-note' : '', frozenCol && c === frozenCols - 1 ? 'freeze-right' : ''].join(' ').trim() || undefined}
        >
          {display(cell?.formula ?? cell?.value ?? null, cell?.numberFormat)}
        </td>,
      );
    }
    return (
      <tr key={r} className={r === frozenRows - 1 ? 'freeze-bottom' : undefined}>
        {tds}
      </tr>
    );
  };

  const head: React.ReactElement[] = [];
  for (let r = 0; r < frozenRows; r++) head.push(rowOf(r));
  const body: React.ReactElement[] = [];
  for (let r = first; r <= last; r++) body.push(rowOf(r));
  return (
    <table
      className="grid"
      aria-label={sheet.name}
      data-rows={rows}
      data-frozen={`${frozenRows},${frozenCols}`}
      // fixed layout at the sheet's own column widths (long unwrapped text is clipped, as in Excel)
      style={{ width: left[cols - 1]! + colPx(sheet, cols - 1) }}
    >
      <colgroup>
        <col style={{ width: 40 }} />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={{ width: colPx(sheet, c) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col" style={c < frozenCols ? { position: 'sticky', left: left[c], zIndex: 3 } : undefined}>
              {colName(c)}
            </th>
          ))}
        </tr>
        {head}
      </thead>
      <tbody>
        {windowed && first > frozenRows && (
          <tr aria-hidden="true" style={{ height: (first - frozenRows) * ROW_PX }}>
            <td colSpan={cols + 1} />
          </tr>
        )}
        {body}
        {windowed && last < rows - 1 && (
          <tr aria-hidden="true" style={{ height: (rows - 1 - last) * ROW_PX }}>
            <td colSpan={cols + 1} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
