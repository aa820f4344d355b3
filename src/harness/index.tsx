/**
 * The browser harness: a workbook grid beside the real task pane, both over the Excel
 * simulator. Opens the project's own sample by default, any .xlsx on request, and downloads
 * the result. Needs neither Excel nor the internet.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { ExcelGateway } from '../excel/gateway';
import { DESKTOP_LIMITS, WEB_LIMITS } from '../excel/read';
import { ExcelSimulator } from '../sim/excelSim';
import { loadPlan } from '../sim/load';
import { samplePlan } from '../sample/sample';
import { colName } from '../core/grid';
import type { SimSheet } from '../sim/store';
import { fontOn } from '../core/palette';
import type { Lang } from '../core/locales';
import { ChartView } from './ChartView';

const MAX_ROWS = 400;

function sampleSim(withErrors: boolean): ExcelSimulator {
  const sim = new ExcelSimulator();
  loadPlan(sim, samplePlan(withErrors));
  return sim;
}

function display(v: unknown, fmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (fmt === '#,##0') return Math.round(v).toLocaleString('en-US');
    if (fmt === '0.00') return v.toFixed(2);
    if (fmt && fmt.includes('%')) return `${(v * 100).toFixed(2)}%`;
    return String(Math.round(v * 1e6) / 1e6);
  }
  return String(v);
}

interface GridProps {
  sim: ExcelSimulator;
  sheet: SimSheet;
  version: number;
  onSelect: (address: string) => void;
}

function Grid({ sim, sheet, onSelect }: GridProps): React.ReactElement {
  const used = sim.store.usedRange(sheet, false);
  const rows = Math.min((used?.r2 ?? 10) + 2, MAX_ROWS);
  const cols = Math.min((used?.c2 ?? 8) + 2, 60);
  const sel = sim.store.selection?.sheet === sheet.name ? sim.store.selection.address : null;
  const covered = new Set<string>();
  const span = new Map<string, { rs: number; cs: number }>();
  for (const m of sheet.merges) {
    span.set(`${m.r1},${m.c1}`, { rs: m.r2 - m.r1 + 1, cs: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r},${c}`);
  }
  const body: React.ReactElement[] = [];
  for (let r = 0; r < rows; r++) {
    const tds: React.ReactElement[] = [<th key="h">{r + 1}</th>];
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
      const style: React.CSSProperties = {
        background: fill ?? undefined,
        color: cell?.fontColor ?? (fill ? fontOn(fill) : undefined),
        fontWeight: cell?.bold ? 600 : undefined,
        whiteSpace: cell?.wrap ? 'normal' : 'nowrap',
        textAlign: typeof cell?.value === 'number' ? 'right' : cell?.align === 'center' ? 'center' : 'left',
        outline: sel === addr ? '2px solid #107C41' : undefined,
        maxWidth: sp && sp.cs > 1 ? undefined : (sheet.colWidths.get(c) ?? 60) * 1.4,
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
          className={note ? 'has-note' : undefined}
        >
          {display(cell?.formula ?? cell?.value ?? null, cell?.numberFormat)}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <table className="grid" aria-label={sheet.name}>
      <thead>
        <tr>
          <th />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c}>{colName(c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

function Harness(): React.ReactElement {
  const [sim, setSimState] = React.useState(() => sampleSim(false));
  const [simId, setSimId] = React.useState(0);
  const setSim = (next: ExcelSimulator): void => {
    setSimState(next);
    setSimId((n) => n + 1);
  };
  const [version, setVersion] = React.useState(0);
  const [message, setMessage] = React.useState<string>('Contoh RAPK (dibuat oleh kode proyek ini)');
  const [edit, setEdit] = React.useState('');
  const bump = React.useCallback(() => setVersion((v) => v + 1), []);
  const gateway = React.useMemo(
    () =>
      new ExcelGateway(
        async (batch) => {
          try {
            return await sim.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
          } finally {
            bump();
          }
        },
        (n, v) => sim.isSetSupported(n, v),
        sim.platform === 'desktop' ? DESKTOP_LIMITS : WEB_LIMITS,
      ),
    [sim, bump],
  );
  const active = sim.store.active();
  const sel = sim.store.selection;
  const selCell = React.useMemo(() => {
    if (!sel || !active || sel.sheet !== active.name) return null;
    const m = /^([A-Z]+)(\d+)/.exec(sel.address);
    if (!m) return null;
    let c = 0;
    for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: c - 1 };
  }, [sel, active, version]);

  React.useEffect(() => {
    const cell = selCell && active ? active.cells.get(`${selCell.r},${selCell.c}`) : undefined;
    setEdit(cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
  }, [selCell, active, version]);

  const open = async (file: File): Promise<void> => {
    try {
      const { simFromFile } = await import(/* webpackChunkName: "xlsxio" */ './xlsxio');
      const next = await simFromFile(await file.arrayBuffer());
      setSim(next);
      setMessage(`${file.name} dibuka`);
      bump();
    } catch (e) {
      setMessage(`Berkas tidak dapat dibuka: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const download = async (): Promise<void> => {
    const { fileFromSim } = await import(/* webpackChunkName: "xlsxio" */ './xlsxio');
    const blob = await fileFromSim(sim);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = blob.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const commit = (): void => {
    if (!active || !selCell) return;
    const text = edit.trim();
    const n = Number(text.replace(',', '.'));
    const value = text === '' ? null : /^-?\d+([.,]\d+)?$/.test(text) ? n : edit;
    const cell = sim.store.cellW(active, selCell.r, selCell.c);
    cell.value = value;
    delete cell.formula;
    bump();
  };

  return (
    <div className="harness">
      <section className="workbook" aria-label="Workbook">
        <div className="toolbar">
          <strong>Harness RAPK</strong>
          <label className="btn">
            Buka .xlsx
            <input type="file" accept=".xlsx" data-testid="open" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} />
          </label>
          <button onClick={() => (setSim(sampleSim(false)), setMessage('Contoh RAPK'), bump())}>Contoh</button>
          <button onClick={() => (setSim(sampleSim(true)), setMessage('Contoh RAPK dengan kesalahan'), bump())}>Contoh + kesalahan</button>
          <button onClick={() => void download()} data-testid="download">
            Unduh .xlsx
          </button>
          <span className="msg" role="status" data-testid="harness-status">
            {message}
          </span>
        </div>
        <div className="tabs" role="tablist">
          {sim.store.sheets.map((s) => (
            <button
              key={s.id}
              role="tab"
              aria-selected={s.id === active?.id}
              className={s.id === active?.id ? 'tab active' : 'tab'}
              onClick={() => {
                sim.store.activeId = s.id;
                bump();
              }}
            >
              {s.name}
              {s.protected ? ' 🔒' : ''}
            </button>
          ))}
        </div>
        <div className="formula">
          <span data-testid="selected">{sel && active && sel.sheet === active.name ? sel.address : '—'}</span>
          <input
            aria-label="Isi sel"
            data-testid="cell-input"
            value={edit}
            disabled={!selCell}
            onChange={(e) => setEdit(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
        </div>
        <div className="scroller">
          {active && (
            <Grid
              sim={sim}
              sheet={active}
              version={version}
              onSelect={(address) => {
                sim.store.selection = { sheet: active.name, address };
                bump();
              }}
            />
          )}
          {active && <ChartView key={`${active.id}-${version}`} sheet={active} />}
        </div>
      </section>
      <aside className="pane" aria-label="Task pane">
        <App
          key={simId}
          gateway={gateway}
          initialLang={(new URLSearchParams(location.search).get('lang') as Lang) === 'en' ? 'en' : 'id'}
        />
      </aside>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Harness />);
