/**
 * The task pane's state and handlers (the App only lays them out): the language, the active
 * sheet's precheck, the quarter, one command at a time, and what its result shows (decided by
 * the pure functions of `./outcomes`). After each command the result region takes the focus.
 */
import * as React from 'react';
import type { Lang } from '../core/locales';
import type { Tw } from '../core/measure/formulas';
import type { PresetName } from '../core/settings';
import type { Finding } from '../core/rules/findings';
import { UI, type UiStrings } from '../core/locales/pane';
import type { Capabilities, Precheck, WorkbookGateway } from '../gateway/contract';
import {
  type CommandId,
  type Shown,
  failedShown,
  failure,
  hapusShown,
  pengaturanShown,
  realisasiShown,
  ringkasanShown,
  validasiShown,
} from './outcomes';
import { reportingQuarter } from './quarter';

export interface TaskPane {
  lang: Lang;
  t: UiStrings;
  caps: Capabilities;
  pre: Precheck | null;
  tw: Tw;
  setTw: (tw: Tw) => void;
  /** the command running, or null */
  busy: CommandId | null;
  shown: Shown | null;
  /** counts the results: a new result is a new message (announced once, when it appears) */
  run: number;
  /** the RAPK errors the planner asked to see */
  rapkErrors: Finding[] | null;
  showRapkErrors: () => void;
  resultRef: React.RefObject<HTMLDivElement>;
  command: (id: CommandId, preset?: PresetName) => Promise<void>;
  select: (f: Finding) => void;
  /** selects a cell (the comparison's changes): a failure is said in the result shown */
  goTo: (sheet: string, cell: string) => void;
  changeLang: (l: Lang) => void;
  /** reads the active sheet's state again (after a write the pane did not run, e.g. the Rekap) */
  refresh: () => void;
}

/** Focus to the result and its top into view (the result is right under the command that ran). */
function focusResult(el: HTMLDivElement | null): void {
  if (!el) return;
  el.focus({ preventScroll: true });
  const top = el.getBoundingClientRect().top;
  const view = el.ownerDocument.defaultView;
  if (view && (top < 0 || top > view.innerHeight - 48) && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start' });
}

export function useTaskPane(gateway: WorkbookGateway, initialLang: Lang, onLangChange?: (l: Lang) => void, now = new Date()): TaskPane {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const caps = React.useMemo(() => gateway.capabilities(), [gateway]);
  const [pre, setPre] = React.useState<Precheck | null>(null);
  const [tw, setTw] = React.useState<Tw>(() => reportingQuarter(now).tw);
  const [busy, setBusy] = React.useState<CommandId | null>(null);
  const [shown, setShown] = React.useState<Shown | null>(null);
  const [run, setRun] = React.useState(0);
  const [rapkErrors, setRapkErrors] = React.useState<Finding[] | null>(null);
  const running = React.useRef(false);
  const resultRef = React.useRef<HTMLDivElement>(null);

  const refresh = React.useCallback(async () => {
    if (!caps.supported) return;
    try {
      setPre(await gateway.precheck());
    } catch {
      setPre(null);
    }
  }, [gateway, caps.supported]);

  React.useEffect(() => {
    void refresh();
    const onFocus = (): void => void refresh();
    window.addEventListener('focus', onFocus);
    // the pane follows the workbook: another sheet activated, a sheet added, deleted or renamed
    let unsubscribe: (() => Promise<void>) | null = null;
    let gone = false;
    if (caps.supported)
      gateway
        .subscribe(() => void refresh())
        .then(
          (u) => {
            if (gone) void u().catch(() => undefined);
            else unsubscribe = u;
          },
          () => undefined, // without events the pane still refreshes on focus and after each command
        );
    return () => {
      gone = true;
      window.removeEventListener('focus', onFocus);
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [refresh, gateway, caps.supported]);

  // the result takes the focus once it is on screen
  React.useEffect(() => {
    if (run > 0) focusResult(resultRef.current);
  }, [run]);

  const show = (s: Shown): void => {
    setShown(s);
    setRapkErrors(null);
    setRun((n) => n + 1);
  };

  const command = async (id: CommandId, preset: PresetName = 'spec'): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(id);
    try {
      const s =
        id === 'validasi'
          ? validasiShown(await gateway.validasi(lang))
          : id === 'hapus'
            ? hapusShown(await gateway.hapusTanda())
            : id === 'realisasi'
              ? realisasiShown(await gateway.realisasi(lang))
              : id === 'ringkasan'
                ? ringkasanShown(await gateway.ringkasan(tw, lang))
                : pengaturanShown(await gateway.pengaturan(preset, lang));
      show(s);
    } catch (e) {
      show(failedShown(id, e instanceof Error ? e : new Error(String(e))));
    } finally {
      running.current = false;
      setBusy(null);
      void refresh();
    }
  };

  const goTo = (sheet: string, cell: string): void => {
    gateway.select(sheet, cell).catch((e: unknown) => {
      // the list stays; the message says why the cell could not be shown
      setShown((s) => (s ? { ...s, outcome: failure(e instanceof Error ? e : new Error(String(e))) } : s));
      setRun((n) => n + 1);
    });
  };
  const select = (f: Finding): void => {
    if (f.cells[0]) goTo(f.sheet, f.cells[0]);
  };

  const changeLang = (l: Lang): void => {
    setLang(l);
    onLangChange?.(l);
  };

  return {
    lang,
    t: UI[lang],
    caps,
    pre,
    tw,
    setTw,
    busy,
    shown,
    run,
    rapkErrors,
    showRapkErrors: () => setRapkErrors(shown?.outcome.rapkErrors ?? null),
    resultRef,
    command,
    select,
    goTo,
    changeLang,
    refresh: () => void refresh(),
  };
}
