/**
 * "Impor realisasi anggaran (SAKTI)" (issue 24): the planner picks SAKTI's realisation report
 * (read in the browser, off the UI thread; nothing is uploaded), sees each indicator's figure
 * with its lines, the unmatched lines and the findings, then writes `Realisasi Anggaran TW n`
 * of the Realisasi sheet (a second gateway call). Self-contained: the pane passes the gateway's
 * `importAnggaran` and the worker's grids reader. A file that is not a recognizable report — or
 * any import, on request — gets the column picker (`MappingPicker`); the columns picked are
 * remembered in the settings sheet with the write.
 */
import * as React from 'react';
import { fileBytes } from '../fileBytes';
import { HiddenFileInput } from '../HiddenFileInput';
import { FileReading } from '../FileReading';
import { TwSelect } from '../TwSelect';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../core/grid/grid';
import { type Lang, messageOf, severityLabel } from '../../core/locales';
import { SAKTI_TEXT } from '../../core/locales/sakti';
import { RAPK_CHOSEN } from '../../core/locales/rapkChosen';
import { SAKTI_UI } from '../../core/locales/paneSakti';
import type { Tw } from '../../core/measure/formulas';
import { hasErrors } from '../../core/rules/findings';
import { SPLIT_RULES, type SplitRule } from '../../core/sakti/match';
import { type ColumnMapping, mappingText } from '../../core/sakti/mapped';
import { type ExportColumns, choiceOf, exportColumns } from '../../core/sakti/columns';
import { setAsideSentence } from '../../core/sakti/workbook';
import { MappingPicker, PickerFor } from './MappingPicker';
import { REKAP_TEXT } from '../../core/rekap';
import type { AnggaranResult } from '../../gateway/contract';
import type { GridsOutcome } from '../../worker/client';

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  list: { margin: '4px 0 0 0', paddingLeft: '0', listStyleType: 'none' },
  sub: { margin: '0', paddingLeft: '12px', listStyleType: 'none', color: tokens.colorNeutralForeground2 },
  group: { marginTop: '6px' },
});

export type ImportAnggaran = (
  exported: { file: string; grids: Grid[] },
  tw: Tw,
  /** null: the settings sheet's rule (else kontribusi) */
  split: SplitRule | null,
  lang: Lang,
  write: boolean,
  /** the columns picked (another export) */
  mapping?: ColumnMapping | null,
) => Promise<AnggaranResult>;

export interface AnggaranImportProps {
  lang: Lang;
  disabled: boolean;
  /** the quarter first shown (the pane's) */
  tw?: Tw;
  readGrids: (bytes: ArrayBuffer) => Promise<GridsOutcome>;
  importAnggaran: ImportAnggaran;
  /** the pane's sentence for an error of the gateway (GatewayError) */
  errorText: (e: unknown) => string;
}

type Imported = Exclude<AnggaranResult, { notReport: unknown }>;

type Exported = { file: string; grids: Grid[] };

/** the preview's choices, which the write repeats (whatever the selects show since) */
interface Asked {
  exported: Exported;
  tw: Tw;
  split: SplitRule | null;
  mapping: ColumnMapping | null;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string }
  | { kind: 'result'; asked: Asked; result: Imported; writing: boolean }
  /** `pick`: the export's columns, for the picker (a file that is not a recognizable report) */
  | { kind: 'problem'; text: string; pick?: { asked: Asked; columns: ExportColumns } };

export function AnggaranImport({
  lang,
  disabled,
  tw: initialTw = 1,
  readGrids,
  importAnggaran,
  errorText,
}: AnggaranImportProps): React.ReactElement {
  const s = useStyles();
  const u = SAKTI_UI[lang];
  const T = SAKTI_TEXT[lang];
  const input = React.useRef<HTMLInputElement>(null);
  const outcome = React.useRef<HTMLDivElement>(null);
  const [tw, setTw] = React.useState<Tw>(initialTw);
  const [split, setSplit] = React.useState<SplitRule | null>(null);
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const [picking, setPicking] = React.useState(false);

  React.useEffect(() => {
    if ((state.kind === 'result' && !state.writing) || state.kind === 'problem') outcome.current?.focus();
  }, [state]);

  const run = async (f: File): Promise<void> => {
    setState({ kind: 'busy', file: f.name });
    try {
      const g = await readGrids(await fileBytes(f));
      if (!g.ok) {
        setState({ kind: 'problem', text: u.unreadable(f.name, REKAP_TEXT[lang].reason[g.reason]) });
        return;
      }
      await preview({ exported: { file: f.name, grids: g.grids }, tw, split, mapping: null });
    } catch (e) {
      setState({ kind: 'problem', text: errorText(e) });
    }
  };

  /** what a file that is not read says, with the picker over its columns */
  const notRead = (asked: Asked, r: Extract<AnggaranResult, { notReport: unknown }>): State => {
    const f = asked.exported.file;
    const text =
      r.notReport === 'mapped'
        ? T.notMapped(f, T.missing.mapped, T.mappedFrom[r.from === 'settings' ? 'settings' : 'pane'])
        : `${T.notReport(f, T.missing[r.notReport])}${r.unusable ? ` ${T.unusableRemembered}` : ''}`;
    const columns = exportColumns(asked.exported.grids);
    return { kind: 'problem', text, ...(columns ? { pick: { asked, columns } } : {}) };
  };

  const preview = async (asked: Asked): Promise<void> => {
    setState({ kind: 'busy', file: asked.exported.file });
    setPicking(false);
    const r = await importAnggaran(asked.exported, asked.tw, asked.split, lang, false, asked.mapping);
    setState('notReport' in r ? notRead(asked, r) : { kind: 'result', asked, result: r, writing: false });
  };

  const onPick = (asked: Asked, mapping: ColumnMapping): void => {
    preview({ ...asked, mapping }).catch((e: unknown) => setState({ kind: 'problem', text: errorText(e) }));
  };

  const onWrite = async (asked: Asked, previous: Imported): Promise<void> => {
    setState({ kind: 'result', asked, result: previous, writing: true });
    try {
      const r = await importAnggaran(asked.exported, asked.tw, asked.split, lang, true, asked.mapping);
      setState('notReport' in r ? notRead(asked, r) : { kind: 'result', asked, result: r, writing: false });
    } catch (e) {
      setState({ kind: 'problem', text: errorText(e) });
    }
  };

  const busy = state.kind === 'busy' || (state.kind === 'result' && state.writing);
  return (
    <section className={s.action} aria-label={u.heading}>
      <HiddenFileInput inputRef={input} testId="sakti-file" onFile={(f) => void run(f)} />
      <div className={s.row}>
        <TwSelect label={u.twLabel} value={tw} onChange={setTw} option={(n) => u.twOption(n)} testId="sakti-tw" />
        <Field label={u.splitLabel} size="small">
          <Select
            value={split ?? ''}
            onChange={(_, d) => setSplit(SPLIT_RULES.find((r) => r === d.value) ?? null)}
            data-testid="sakti-split"
          >
            <option value="">{u.splitSettings}</option>
            {SPLIT_RULES.map((r) => (
              <option key={r} value={r}>
                {u.splitOption[r]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={s.row}>
        <Button onClick={() => input.current?.click()} disabledFocusable={disabled || busy} aria-describedby="sakti-hint">
          {u.choose}
        </Button>
      </div>
      <FileReading
        hintId="sakti-hint"
        hint={u.hint}
        reading={state.kind === 'busy' ? u.reading(state.file) : null}
        problem={state.kind === 'problem' ? state.text : null}
        outcomeRef={outcome}
        testId="sakti-outcome"
      />
      {state.kind === 'problem' && state.pick && (
        <MappingPicker
          key={state.pick.asked.exported.file}
          lang={lang}
          columns={state.pick.columns}
          initial={choiceOf(state.pick.asked.mapping, state.pick.columns.guess)}
          disabled={disabled}
          onApply={(m) => onPick(state.pick!.asked, m)}
        />
      )}
      {state.kind === 'result' && (
        <ImportView
          lang={lang}
          result={state.result}
          writing={state.writing}
          disabled={disabled}
          outcome={outcome}
          onWrite={() => void onWrite(state.asked, state.result)}
        />
      )}
      {state.kind === 'result' && !state.writing && !picking && (
        <div className={s.row}>
          <Button size="small" onClick={() => setPicking(true)} disabledFocusable={disabled} data-testid="sakti-change-columns">
            {u.changeColumns}
          </Button>
        </div>
      )}
      {state.kind === 'result' && picking && (
        <PickerFor
          lang={lang}
          grids={state.asked.exported.grids}
          inUse={state.result.import.source.mapping}
          disabled={disabled}
          onApply={(m) => onPick(state.asked, m)}
          onCancel={() => setPicking(false)}
        />
      )}
    </section>
  );
}

function ImportView({
  lang,
  result: r,
  writing,
  disabled,
  outcome,
  onWrite,
}: {
  lang: Lang;
  result: Imported;
  writing: boolean;
  disabled: boolean;
  outcome: React.RefObject<HTMLDivElement>;
  onWrite: () => void;
}): React.ReactElement {
  const s = useStyles();
  const u = SAKTI_UI[lang];
  const T = SAKTI_TEXT[lang];
  const imp = r.import;
  const blocked = r.blocked;
  const status =
    blocked?.kind === 'errors'
      ? T.notWritten
      : blocked?.kind === 'noRealisasi'
        ? u.noRealisasi
        : blocked?.kind === 'protected'
          ? u.protectedSheet(r.sheet ?? '')
          : blocked?.kind === 'noColumn'
            ? T.noColumn(blocked.label)
            : r.written
              ? u.written(r.written, r.sheet ?? '')
              : r.planned
                ? u.toWrite(r.planned, r.sheet ?? '')
                : u.nothingToWrite;
  const setAside = setAsideSentence(lang, imp.source.setAside);
  const intent = blocked ? (hasErrors(imp.findings) ? 'error' : 'warning') : r.written ? 'success' : 'info';
  return (
    <>
      <div ref={outcome} tabIndex={-1}>
        <MessageBar intent={intent} data-testid="sakti-outcome">
          <MessageBarBody>
            <div>{T.period(imp.period.text, imp.period.year)}</div>
            <div data-testid="sakti-split-rule">{`${T.split[imp.split]} (${T.splitFrom[imp.source.split]})`}</div>
            <div data-testid="sakti-columns">
              {T.columns(imp.source.columns, imp.source.mapping ? mappingText(imp.source.mapping) : null)}
            </div>
            {setAside && <div data-testid="sakti-set-aside">{setAside}</div>}
            {r.rapkChosen && <div data-testid="sakti-rapk-chosen">{RAPK_CHOSEN[lang](r.rapkChosen)}</div>}
            <div data-testid="sakti-status">{status}</div>
            {r.notesKept > 0 && <div>{u.notesKept(r.notesKept)}</div>}
            {r.noRow.length > 0 && <div>{u.noRow(r.noRow.join(', '))}</div>}
            {r.remembered && <div data-testid="sakti-remembered">{u.remembered[r.remembered.kind](r.remembered.sheet)}</div>}
          </MessageBarBody>
        </MessageBar>
      </div>
      {!blocked && r.planned > 0 && r.written === 0 && (
        <div className={s.row}>
          <Button appearance="primary" onClick={onWrite} disabledFocusable={disabled || writing} data-testid="sakti-write">
            {u.write}
          </Button>
          {writing && <ProgressBar />}
        </div>
      )}
      <Text weight="semibold" size={200} className={s.group}>
        {u.indikatorList}
      </Text>
      <ul className={s.list} aria-label={u.indikatorList} data-testid="sakti-indicators">
        {imp.indicators.map((i) => (
          <li key={i.kode}>
            <Text size={200}>{T.indicator(i.kode, i.realisasiAnggaran, i.lines.length).trim()}</Text>
            {i.lines.length > 0 && (
              <ul className={s.sub}>
                {i.lines.map((l, k) => (
                  <li key={k}>
                    <Text size={100}>{u.line([l.ro, l.komponen, l.subKomponen].filter(Boolean).join(' / '), l.realisasi, l.share)}</Text>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {r.kept.length > 0 && (
        <List title={u.keptList} id="sakti-kept" items={r.kept.map((k) => T.kept(k.kode, k.typed, k.imported).trim())} />
      )}
      {imp.unmatched.export.length > 0 && (
        <List
          title={u.unmatchedExportList}
          id="sakti-unmatched-export"
          items={imp.unmatched.export.map((x) => u.unmatchedExport(x.code, x.name, x.realisasi))}
        />
      )}
      {imp.unmatched.rapk.length > 0 && (
        <List
          title={u.unmatchedRapkList}
          id="sakti-unmatched-rapk"
          items={imp.unmatched.rapk.map((x) => u.unmatchedRapk(x.kode, x.line))}
        />
      )}
      {imp.findings.length > 0 && (
        <List
          title={u.findingsList}
          id="sakti-findings"
          items={imp.findings.map((f) => u.finding(severityLabel(f.severity, lang), f.code, f.cells[0] ?? '', messageOf(f, lang)))}
        />
      )}
    </>
  );
}

function List({ title, id, items }: { title: string; id: string; items: string[] }): React.ReactElement {
  const s = useStyles();
  return (
    <>
      <Text weight="semibold" size={200} className={s.group}>
        {title}
      </Text>
      <ul className={s.list} aria-label={title} data-testid={id}>
        {items.map((t, i) => (
          <li key={i}>
            <Text size={200}>{t}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}
