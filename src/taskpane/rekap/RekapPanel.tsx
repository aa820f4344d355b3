/**
 * The Rekap command: the planner chooses the units' .xlsx files, they are read off the UI thread
 * (a Web Worker) one at a time with a progress bar and a cancel button, and the `Rekap TW <n>
 * <tahun>` sheet is written into the open workbook through the gateway.
 */
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/locales';
import type { Tw } from '../../core/measure/formulas';
import { REKAP_TEXT } from '../../core/rekap';
import type { SheetPlan } from '../../core/sheets/plan';
import { GatewayError } from '../../gateway/contract';
import type { RekapAnalyser } from '../../worker/client';
import type { UiStrings } from '../../core/locales/pane';
import { RekapCancelled, type RekapSource, collectRekap } from './collect';
import { REKAP_UI } from '../../core/locales/paneRekap';

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: '4px 0 0 0', paddingLeft: '18px' },
});

export interface RekapPanelProps {
  write: (plan: SheetPlan) => Promise<{ sheet: string }>;
  makeAnalyser: () => RekapAnalyser;
  lang: Lang;
  tw: Tw;
  t: UiStrings;
  disabled: boolean;
  /** called once the sheet is written (the pane refreshes what it shows about the workbook) */
  onWritten?: () => void;
}

/** A chosen file; older WebViews (EdgeHTML) have no `Blob.arrayBuffer`, so FileReader is the fallback. */
function sourceOf(f: File | RekapSource): RekapSource {
  if (typeof (f as Partial<RekapSource>).arrayBuffer === 'function') return f as RekapSource;
  return {
    name: f.name,
    arrayBuffer: () =>
      new Promise((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.onerror = () => reject(r.error ?? new Error('read failed'));
        r.readAsArrayBuffer(f as File);
      }),
  };
}

const mark = (name: string): void => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
};

type Result =
  | { intent: 'success' | 'warning'; sheet: string; units: number; failed: { file: string; reason: string }[] }
  | { intent: 'info' | 'error'; text: string; failed?: { file: string; reason: string }[] };

export function RekapPanel({ write, makeAnalyser, lang, tw, t, disabled, onWritten }: RekapPanelProps): React.ReactElement {
  const s = useStyles();
  const u = REKAP_UI[lang];
  const [files, setFiles] = React.useState<RekapSource[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = React.useState<Result | null>(null);
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
        setResult({ intent: 'error', text: `${t.errors[e.kind](e.params)} ${e.done === 'partial' ? t.partial : t.nothingChanged}` });
      else setResult({ intent: 'error', text: `${t.errors.office({})} ${e instanceof Error ? e.message : String(e)}` });
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
    <section className={s.action} aria-labelledby="rekap-heading">
      <Text id="rekap-heading" weight="semibold">
        {u.heading}
      </Text>
      <Field label={u.files} size="small" hint={files.length ? u.chosen(files.length) : null}>
        <input
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="rekap-files"
          disabled={running}
          onChange={(e) => setFiles(e.target.files ? Array.from(e.target.files, sourceOf) : [])}
        />
      </Field>
      <div className={s.row}>
        {/* focusable while disabled, described by the hint that says what to do (as the pane's other buttons) */}
        <Button onClick={() => void start()} disabledFocusable={disabled || running || files.length === 0} aria-describedby="rekap-hint">
          {u.run}
        </Button>
        {running && <Button onClick={cancel}>{u.cancel}</Button>}
      </div>
      <Text size={200} className={s.hint} id="rekap-hint">
        {u.hint}
      </Text>
      {running && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} max={1} data-testid="rekap-progress" />
          <Text size={200}>{u.progress(progress.done, progress.total)}</Text>
        </div>
      )}
      {result && (
        <MessageBar intent={result.intent} role={result.intent === 'error' ? 'alert' : 'status'} data-testid="rekap-outcome">
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
      )}
    </section>
  );
}
