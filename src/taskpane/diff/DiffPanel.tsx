/**
 * "Bandingkan dengan versi lain" (issue 23): the planner picks the older version of the RAPK
 * (read in the browser, off the UI thread; nothing is uploaded), the pane lists what changed
 * by indicator — a click goes to the changed cell — and can write the `Riwayat Revisi` sheet.
 */
import * as React from 'react';
import { fileBytes } from '../fileBytes';
import { HiddenFileInput } from '../HiddenFileInput';
import { FileReading } from '../FileReading';
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import type { CompareOutcome, CompareResult } from '../../core/diff/workbook';
import type { Grid } from '../../core/grid/grid';
import type { Lang } from '../../core/locales';
import { DIFF_TEXT } from '../../core/locales/diff';
import { DIFF_UI } from '../../core/locales/paneDiff';
import { REKAP_TEXT } from '../../core/rekap';
import type { GridsOutcome } from '../../worker/client';

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  list: { margin: '4px 0 0 0', paddingLeft: '0', listStyleType: 'none' },
  group: { marginTop: '6px' },
  change: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, whiteSpace: 'normal' },
});

export interface DiffPanelProps {
  lang: Lang;
  disabled: boolean;
  readGrids: (bytes: ArrayBuffer) => Promise<GridsOutcome>;
  compare: (old: { file: string; grids: Grid[] }) => Promise<CompareOutcome>;
  write: (result: CompareResult) => Promise<{ sheet: string }>;
  select: (sheet: string, cell: string) => void;
  /** the pane's sentence for an error of the gateway (GatewayError), or null for another error */
  errorText: (e: unknown) => string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'result'; result: CompareResult; written: string | null }
  | { kind: 'problem'; text: string };

export function DiffPanel({ lang, disabled, readGrids, compare, write, select, errorText }: DiffPanelProps): React.ReactElement {
  const s = useStyles();
  const u = DIFF_UI[lang];
  const T = DIFF_TEXT[lang];
  const input = React.useRef<HTMLInputElement>(null);
  const outcome = React.useRef<HTMLDivElement>(null);
  const [state, setState] = React.useState<State>({ kind: 'idle' });

  React.useEffect(() => {
    if (state.kind === 'result' || state.kind === 'problem') outcome.current?.focus();
  }, [state]);

  const run = async (f: File): Promise<void> => {
    setState({ kind: 'reading', file: f.name });
    try {
      const g = await readGrids(await fileBytes(f));
      if (!g.ok) {
        setState({ kind: 'problem', text: u.unreadable(f.name, REKAP_TEXT[lang].reason[g.reason]) });
        return;
      }
      const o = await compare({ file: f.name, grids: g.grids });
      if (!o.ok) setState({ kind: 'problem', text: o.side === 'old' ? u.oldNoRapk(f.name) : u.newNoRapk });
      else setState({ kind: 'result', result: o.result, written: null });
    } catch (e) {
      setState({ kind: 'problem', text: errorText(e) });
    }
  };

  const onWrite = async (result: CompareResult): Promise<void> => {
    try {
      const w = await write(result);
      setState({ kind: 'result', result, written: w.sheet });
    } catch (e) {
      setState({ kind: 'problem', text: errorText(e) });
    }
  };

  const busy = state.kind === 'reading';
  return (
    <section className={s.action} aria-label={u.heading}>
      <HiddenFileInput inputRef={input} testId="diff-file" onFile={(f) => void run(f)} />
      <div className={s.row}>
        <Button onClick={() => input.current?.click()} disabledFocusable={disabled || busy} aria-describedby="diff-hint">
          {u.choose}
        </Button>
      </div>
      <FileReading
        hintId="diff-hint"
        hint={u.hint}
        reading={busy ? u.reading(state.file) : null}
        problem={state.kind === 'problem' ? state.text : null}
        outcomeRef={outcome}
        testId="diff-outcome"
      />
      {state.kind === 'result' && (
        <>
          <div ref={outcome} tabIndex={-1}>
            <MessageBar intent={state.result.changes.length ? 'warning' : 'success'} data-testid="diff-outcome">
              <MessageBarBody>
                {state.result.changes.length
                  ? u.changes(state.result.changes.length, state.result.old.file)
                  : u.same(state.result.old.file)}
                {state.written && <div>{u.written(state.written)}</div>}
              </MessageBarBody>
            </MessageBar>
          </div>
          {state.result.groups.length > 0 && (
            <ul className={s.list} aria-label={u.changesList} data-testid="diff-changes">
              {state.result.groups.map((g, i) => (
                <li key={`${g.kode ?? ''}-${i}`} className={s.group}>
                  <Text weight="semibold" size={200}>
                    {g.kode === null ? T.linesGroup : T.indicator(g.kode, g.name)}
                  </Text>
                  <ul className={s.list}>
                    {g.changes.map((c, j) => {
                      const text = T.change(c);
                      const cell = c.cells.new;
                      return (
                        <li key={j}>
                          {cell ? (
                            <Button
                              appearance="transparent"
                              size="small"
                              className={s.change}
                              aria-label={u.goTo(cell, text)}
                              onClick={() => select(state.result.new.sheet, cell)}
                            >
                              {`${cell}: ${text}`}
                            </Button>
                          ) : (
                            <Text size={200}>{`${text} (${u.onlyOld})`}</Text>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {state.result.changes.length > 0 && (
            <div className={s.row}>
              <Button onClick={() => void onWrite(state.result)} disabledFocusable={disabled}>
                {u.write}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
