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
import type { Lang } from '../core/locales';
import { ChartView } from './ChartView';
import { Grid, parseCell } from './SheetGrid';
import { rekapWorkerUrl, workerAnalyser } from '../worker/client';
import { HARNESS, type HarnessStrings } from '../core/locales/harness';

function sampleSim(withErrors: boolean): ExcelSimulator {
  const sim = new ExcelSimulator();
  loadPlan(sim, samplePlan(withErrors));
  return sim;
}

/** A cheap fingerprint of what the planner or a command changed (sheets, cells, notes, marks). */
function fingerprint(sim: ExcelSimulator): string {
  const st = sim.store;
  return [
    st.sheets.map((s) => `${s.name}:${s.cells.size}:${s.notes.size}:${s.comments.length}`).join('|'),
    [...st.settings.values()].reduce((n, v) => n + v.length, 0),
  ].join('#');
}

function Harness(): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(() => (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id'));
  const h = HARNESS[lang];
  const [sim, setSimState] = React.useState(() => sampleSim(false));
  const [simId, setSimId] = React.useState(0);
  const clean = React.useRef(fingerprint(sim));
  const setSim = (next: ExcelSimulator): void => {
    setSimState(next);
    setSimId((n) => n + 1);
    clean.current = fingerprint(next);
  };
  const [version, setVersion] = React.useState(0);
  const [message, setMessage] = React.useState<(t: HarnessStrings) => string>(() => (t: HarnessStrings) => t.initial);
  const [edit, setEdit] = React.useState('');
  const fileInput = React.useRef<HTMLInputElement>(null);
  const scroller = React.useRef<HTMLDivElement>(null);
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
  const selCell = React.useMemo(() => (sel && active && sel.sheet === active.name ? parseCell(sel.address) : null), [sel, active, version]);

  React.useEffect(() => {
    const cell = selCell && active ? active.cells.get(`${selCell.r},${selCell.c}`) : undefined;
    setEdit(cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
  }, [selCell, active, version]);

  const say = (f: (t: HarnessStrings) => string): void => setMessage(() => f);
  const open = async (file: File): Promise<void> => {
    try {
      const { simFromFile } = await import(/* webpackChunkName: "xlsxio" */ './xlsxio');
      const next = await simFromFile(await file.arrayBuffer());
      setSim(next);
      say((t) => t.opened(file.name));
      bump();
    } catch {
      // exceljs's own error is English and technical: say what is wrong in the page's language
      say((t) => t.cannotOpen(file.name));
    }
  };
  const loadSample = (withErrors: boolean): void => {
    if (fingerprint(sim) !== clean.current && !window.confirm(h.discard)) return;
    setSim(sampleSim(withErrors));
    say((t) => (withErrors ? t.sampleErrorsLoaded : t.sampleLoaded));
    bump();
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
    <div className="harness" lang={lang}>
      <section className="workbook" aria-label={h.workbook}>
        <div className="toolbar">
          <strong>{h.title}</strong>
          <button type="button" onClick={() => fileInput.current?.click()} data-testid="open-button">
            {h.open}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx"
            data-testid="open"
            hidden
            tabIndex={-1}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void open(f);
            }}
          />
          <button type="button" onClick={() => loadSample(false)}>
            {h.sample}
          </button>
          <button type="button" onClick={() => loadSample(true)}>
            {h.sampleErrors}
          </button>
          <button type="button" onClick={() => void download()} data-testid="download">
            {h.download}
          </button>
          <span className="msg" role="status" data-testid="harness-status">
            {message(h)}
          </span>
        </div>
        <div className="tabs" role="tablist" aria-label={h.sheets}>
          {sim.store.sheets.map((s) => (
            <button
              key={s.id}
              role="tab"
              aria-selected={s.id === active?.id}
              className={s.id === active?.id ? 'tab active' : 'tab'}
              onClick={() => {
                sim.store.activeId = s.id;
                // like Excel: clicking a tab fires worksheets.onActivated (the pane follows it)
                sim.events.notice();
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
            aria-label={h.cell}
            data-testid="cell-input"
            value={edit}
            disabled={!selCell}
            onChange={(e) => setEdit(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
        </div>
        <div className="scroller" ref={scroller} data-testid="scroller">
          {active && (
            <Grid
              key={active.id}
              sim={sim}
              sheet={active}
              version={version}
              scroller={scroller}
              onSelect={(address) => {
                sim.store.selection = { sheet: active.name, address };
                bump();
              }}
            />
          )}
          {active && <ChartView key={`${active.id}-${version}`} sheet={active} />}
        </div>
      </section>
      <aside className="pane" aria-label={h.pane}>
        <App
          key={simId}
          gateway={gateway}
          rekapAnalyser={() => workerAnalyser(rekapWorkerUrl())}
          initialLang={lang}
          onLangChange={setLang}
        />
      </aside>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Harness />);
