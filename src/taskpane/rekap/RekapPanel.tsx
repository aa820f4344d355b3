/**
 * The Rekap command: the planner chooses the units' .xlsx files, they are read off the UI thread
 * (a Web Worker) one at a time with a progress bar and a cancel button, and the `Rekap TW <n>
 * <tahun>` sheet is written into the open workbook through the gateway.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/locales';
import type { Tw } from '../../core/measure/formulas';
import { REKAP_TEXT } from '../../core/rekap';
import { sayProblem } from '../../core/problems';
import type { SheetPlan } from '../../core/sheets/plan';
import { GatewayError } from '../../gateway/contract';
import type { RekapAnalyser } from '../../worker/client';
import type { UiStrings } from '../../core/locales/pane';
import { fileBytes } from '../fileBytes';
import { RekapCancelled, type RekapSource, collectRekap } from './collect';
import { REKAP_UI } from '../../core/locales/paneRekap';
import { reportingQuarter } from '../quarter';
import { TwSelect } from '../TwSelect';

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' },
  button: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto', minHeight: '32px' },
  hidden: { display: 'none' },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: '4px 0 0 0', paddingLeft: '18px' },
});

export interface RekapPanelProps {
  write: (plan: SheetPlan) => Promise<{ sheet: string }>;
  makeAnalyser: () => RekapAnalyser;
  lang: Lang;
  t: UiStrings;
  /** today, for the quarter offered first */
  now?: Date | undefined;
  disabled: boolean;
  /** called once the sheet is written (the pane refreshes what it shows about the workbook) */
  onWritten?: () => void;
}

/** A chosen file (its bytes through `fileBytes`: older WebViews have no `Blob.arrayBuffer`). */
function sourceOf(f: File | RekapSource): RekapSource {
  if (typeof (f as Partial<RekapSource>).arrayBuffer === 'function') return f as RekapSource;
  return { name: f.name, arrayBuffer: () => fileBytes(f as File), lastModified: (f as File).lastModified };
}

const mark = (name: string): void => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
};

type Result =
  | { intent: 'success' | 'warning'; sheet: string; units: number; failed: { file: string; reason: string }[] }
  | { intent: 'info' | 'error'; text: string; failed?: { file: string; reason: string }[] };

export function RekapPanel({ write, makeAnalyser, lang, t, disabled, onWritten, now }: RekapPanelProps): React.ReactElement {
  const s = useStyles();
  const u = REKAP_UI[lang];
  const [files, setFiles] = React.useState<RekapSource[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = React.useState<Result | null>(null);
  // the Rekap's own quarter (not the Ringkasan's): the one planners report on
  const [tw, setTw] = React.useState<Tw>(() => reportingQuarter(now ?? new Date()).tw);
  const input = React.useRef<HTMLInputElement>(null);
  const resultRef = React.useRef<HTMLDivElement>(null);
  const ids = { files: React.useId(), hint: React.useId(), heading: React.useId() };
  React.useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  const job = React.useRef<{ cancelled: boolean; analyser: RekapAnalyser } | null>(null);

  React.useEffect(() => () => job.current?.analyser.dispose(), []);

  const start = async (): Promise<void> => {
    if (job.current || files.length === 0) return;
    const analyser = makeAnalyser();
    const mine = { cancelled: false, analyser };
    job.current = mine;
    setResult(null);
    try {
      const r = await collectRekap(files, tw, lang, analyser, (done, total) => setProgress({ done, total }), mine);
      const failed = r.rekap.failed.map((f) => ({ file: f.file, reason: REKAP_TEXT[lang].reason[f.reason] }));
      if (r.rekap.units.length === 0) {
        setResult({ intent: 'error', text: u.noUnits, failed });
        return;
      }
      // User Timing marks: the e2e test tells the reading phase (the pane's own work) from the write
      mark('rapk-rekap-write');
      const w = await write(r.plan);
      onWritten?.();
      setResult({ intent: failed.length ? 'warning' : 'success', sheet: w.sheet, units: r.rekap.units.length, failed });
    } catch (e) {
      if (e instanceof RekapCancelled) setResult({ intent: 'info', text: u.cancelled });
      else if (e instanceof GatewayError)
        setResult({ intent: 'error', text: `${sayProblem(t.errors, e.problem)} ${e.done === 'partial' ? t.partial : t.nothingChanged}` });
      else setResult({ intent: 'error', text: `${t.errors.office({ kind: 'office' })} ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      analyser.dispose();
      job.current = null;
      setProgress(null);
    }
  };

  const cancel = (): void => {
    if (!job.current) return;
    job.current.cancelled = true;
    job.current.analyser.dispose();
  };

  const running = progress !== null;
  return (
    <section className={s.action} aria-labelledby={ids.heading}>
      <Text id={ids.heading} size={200} className={s.hint}>
        {u.hint}
      </Text>
      {/* the browser's own file control speaks English: a Fluent button in the pane's language opens it */}
      <div className={s.row}>
        <Button
          className={s.button}
          onClick={() => input.current?.click()}
          disabled={running}
          aria-describedby={ids.files}
          data-testid="rekap-choose"
        >
          {u.choose}
        </Button>
        <Text size={200} id={ids.files} data-testid="rekap-chosen">
          {files.length ? u.chosen(files.length) : u.noneChosen}
        </Text>
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="rekap-files"
        disabled={running}
        onChange={(e) => setFiles(e.target.files ? Array.from(e.target.files, sourceOf) : [])}
      />
      <div className={s.row}>
        <TwSelect label={t.tw} value={tw} onChange={setTw} option={(_, r) => t.twOption(r)} testId="rekap-tw" disabled={running} />
        {/* focusable while disabled, described by the hint that says what to do (as the pane's other buttons) */}
        <Button
          className={s.button}
          appearance="primary"
          onClick={() => void start()}
          disabledFocusable={disabled || running || files.length === 0}
          aria-describedby={ids.heading}
        >
          {u.run}
        </Button>
        {running && (
          <Button className={s.button} onClick={cancel}>
            {u.cancel}
          </Button>
        )}
      </div>
      {running && (
        <div role="status">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} max={1} data-testid="rekap-progress" />
          <Text size={200}>{u.progress(progress.done, progress.total)}</Text>
        </div>
      )}
      {result && (
        <div ref={resultRef} tabIndex={-1} role="region" aria-label={t.result(u.run)} data-testid="rekap-result">
          <MessageBar
            intent={result.intent}
            politeness={result.intent === 'error' ? 'assertive' : 'polite'}
            layout="multiline"
            data-testid="rekap-outcome"
          >
            <MessageBarBody>
              {'sheet' in result ? u.done({ sheet: result.sheet, units: result.units, failed: result.failed.length }) : result.text}
              {result.failed && result.failed.length > 0 && (
                <ul className={s.list} aria-label={u.failedList}>
                  {result.failed.map((f) => (
                    <li key={f.file}>
                      {f.file}: {f.reason}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </section>
  );
}
