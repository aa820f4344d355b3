/** The task pane: three commands, Hapus tanda, findings, summary. Talks only to a WorkbookGateway. */
import * as React from 'react';
import {
  Button,
  Divider,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Finding } from '../core/rules/findings';
import type { Lang } from '../core/locales';
import { type Tw, TW_ROMAN } from '../core/measure/formulas';
import type { Summary } from '../core/measure/summary';
import { GatewayError, type Precheck, type WorkbookGateway } from '../gateway/contract';
import { FindingsList } from './FindingsList';
import { SummaryCard } from './SummaryCard';
import { SettingsAction } from './SettingsAction';
import type { PresetName } from '../core/settings';
import { LANG_NAMES, UI, type UiStrings } from '../core/locales/pane';
import { type Outcome, useCommand } from './useCommand';
import { RekapPanel } from './rekap/RekapPanel';
import type { RekapAnalyser } from '../worker/client';

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '10px', boxSizing: 'border-box' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: '8px' },
  action: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  hint: { color: tokens.colorNeutralForeground3 },
  // a reason a command is not available is a neutral hint, not a warning colour
  why: { color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  gateway: WorkbookGateway;
  initialLang?: Lang;
  dark?: boolean;
  onLangChange?: (l: Lang) => void;
  /** reads the Rekap's files off the UI thread (the host gives a Web Worker); no Rekap without it */
  rekapAnalyser?: () => RekapAnalyser;
}

export function App({ gateway, initialLang = 'id', dark = false, onLangChange, rekapAnalyser }: AppProps): React.ReactElement {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = UI[lang];
  const caps = React.useMemo(() => gateway.capabilities(), [gateway]);
  const [pre, setPre] = React.useState<Precheck | null>(null);
  const [tw, setTw] = React.useState<Tw>(() => (Math.min(4, Math.max(1, Math.floor(new Date().getMonth() / 3))) as Tw) || 1);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  /** RAPK errors still there when Realisasi/Ringkasan ran, shown on request */
  const [rapkErrors, setRapkErrors] = React.useState<Finding[] | null>(null);
  const ids = {
    validasi: React.useId(),
    hapus: React.useId(),
    realisasi: React.useId(),
    ringkasan: React.useId(),
    outcome: React.useId(),
  };
  const [summary, setSummary] = React.useState<Summary | null>(null);
  const { busy, outcome, setOutcome, run } = useCommand();

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

  const fail = (e: GatewayError | Error): Outcome => {
    if (e instanceof GatewayError) {
      const detail = (u: UiStrings): string =>
        [
          e.done === 'partial' ? u.partial : u.nothingChanged,
          e.officeCode ? `${u.details}: ${e.officeCode}${e.params['detail'] ? ` — ${e.params['detail']}` : ''}` : '',
        ]
          .filter(Boolean)
          .join(' ');
      return { intent: 'error', text: (u) => u.errors[e.kind](e.params), detail };
    }
    return { intent: 'error', text: (u) => u.errors.office({}), detail: (u) => `${u.technical}: ${e.message}` };
  };

  /** the RAPK errors left when Realisasi/Ringkasan ran: said in the result, listed on request */
  const unresolved = (list: Finding[]): Pick<NonNullable<Outcome>, 'intent' | 'extra' | 'action'> | null =>
    list.length
      ? {
          intent: 'warning',
          extra: (u) => u.rapkErrors(list.length),
          action: { label: (u) => u.showRapkErrors, run: () => setRapkErrors(list) },
        }
      : null;

  const after = async (): Promise<void> => refresh();

  const onValidasi = (): Promise<void> =>
    run(
      t.validasi,
      () => gateway.validasi(lang),
      (r) => {
        setFindings(r.findings);
        setRapkErrors(null);
        setSummary(null);
        void after();
        // the outcome colour follows the worst finding
        const worst = r.findings.some((f) => f.severity === 'error')
          ? 'error'
          : r.findings.some((f) => f.severity === 'warning')
            ? 'warning'
            : r.findings.length
              ? 'info'
              : 'success';
        return {
          intent: worst,
          text: (u) => `${u.validasiDone(r)} ${r.findings.length ? '' : u.clean}`.trim(),
        };
      },
      fail,
    );
  const onHapus = (): Promise<void> =>
    run(
      t.hapusTanda,
      () => gateway.hapusTanda(),
      (r) => {
        setFindings(null);
        setRapkErrors(null);
        void after();
        return { intent: r.restored ? 'success' : 'info', text: (u) => (r.restored ? u.hapusDone(r.restored) : u.hapusNone) };
      },
      fail,
    );
  const onRealisasi = (): Promise<void> =>
    run(
      t.realisasi,
      () => gateway.realisasi(lang),
      (r) => {
        setRapkErrors(null);
        void after();
        return { intent: 'success', text: (u) => u.realisasiDone(r), ...unresolved(r.rapkErrors) };
      },
      fail,
    );
  const onRingkasan = (): Promise<void> =>
    run(
      t.ringkasan,
      () => gateway.ringkasan(tw, lang),
      (r) => {
        setSummary(r.summary);
        setRapkErrors(null);
        void after();
        const ind = r.summary.indikator;
        const counted = ind.filter((i) => i.npi !== null).length;
        const akhir = ind.filter((i) => i.why === 'akhirTahun').length;
        const text = ind.filter((i) => i.why === 'notNumber').map((i) => i.kode);
        const over = ind.filter((i) => i.over100).map((i) => i.kode);
        const more = unresolved(r.rapkErrors);
        return {
          intent: text.length || over.length ? 'warning' : 'success',
          text: (u) => `${u.ringkasanDone(r.sheet, r)} ${u.counted(counted, ind.length, akhir)}`,
          ...more,
          extra: (u) =>
            [text.length ? u.notNumber(text.join(', ')) : '', over.length ? u.over100(over.join(', ')) : '', more?.extra?.(u) ?? '']
              .filter(Boolean)
              .join(' '),
        };
      },
      fail,
    );
  const onPengaturan = (preset: PresetName): Promise<void> =>
    run(
      t.pengaturan,
      () => gateway.pengaturan(preset, lang),
      (r) => {
        void after();
        return { intent: r.created ? 'success' : 'info', text: (u) => u.pengaturanDone(r) };
      },
      fail,
    );
  const onSelect = (f: Finding): void => {
    if (f.cells[0]) void gateway.select(f.sheet, f.cells[0]).catch((e: Error) => setOutcome(fail(e)));
  };

  const changeLang = (l: Lang): void => {
    setLang(l);
    onLangChange?.(l);
  };

  const off = !caps.supported || !!busy;
  const isProtected = !!pre?.protected;
  const whyValidasi = isProtected ? t.whyDisabled.protected(pre!.sheet) : pre?.ownSheet ? t.whyDisabled.ownSheet : null;
  // the marks may be on another sheet than the active one: the gateway checks their protection
  const noMarks = pre !== null && !pre.hasMarks;
  const whyRingkasan = pre && !pre.hasRealisasi ? t.whyDisabled.noRealisasi : null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={s.root}>
        <header className={s.header}>
          <div>
            <Text as="h1" size={500} weight="bold" block>
              {t.title}
            </Text>
            <Text size={200} className={s.hint}>
              {t.subtitle}
            </Text>
          </div>
          <Field label={t.language} size="small">
            <Select value={lang} onChange={(_, d) => changeLang(d.value === 'en' ? 'en' : 'id')} aria-label={t.language} data-testid="lang">
              <option value="id">{LANG_NAMES.id}</option>
              <option value="en">{LANG_NAMES.en}</option>
            </Select>
          </Field>
        </header>
        {pre && (
          <Text size={200} data-testid="active-sheet">
            {t.sheet(pre.sheet)}
          </Text>
        )}
        {!caps.supported ? (
          <MessageBar intent="error">
            <MessageBarBody>{t.unsupported}</MessageBarBody>
          </MessageBar>
        ) : (
          caps.noteMode !== 'notes' && (
            <MessageBar intent="info">
              <MessageBarBody>{t.noteMode[caps.noteMode]}</MessageBarBody>
            </MessageBar>
          )
        )}

        <section className={s.action}>
          <Button appearance="primary" onClick={onValidasi} disabledFocusable={off || !!whyValidasi} aria-describedby={ids.validasi}>
            {t.validasi}
          </Button>
          <Text size={200} className={whyValidasi ? s.why : s.hint} id={ids.validasi}>
            {whyValidasi ?? t.validasiHint}
          </Text>
        </section>
        <section className={s.action}>
          <Button onClick={onHapus} disabledFocusable={off || noMarks} aria-describedby={ids.hapus}>
            {t.hapusTanda}
          </Button>
          <Text size={200} className={noMarks ? s.why : s.hint} id={ids.hapus}>
            {noMarks ? t.whyDisabled.noMarks : t.hapusTandaHint}
          </Text>
        </section>
        <Divider style={{ flexGrow: 0 }} />
        <section className={s.action}>
          <Button onClick={onRealisasi} disabledFocusable={off} aria-describedby={ids.realisasi}>
            {t.realisasi}
          </Button>
          <Text size={200} className={s.hint} id={ids.realisasi}>
            {t.realisasiHint}
          </Text>
        </section>
        <section className={s.action}>
          <div className={s.row}>
            <Field label={t.tw} size="small">
              <Select value={String(tw)} onChange={(_, d) => setTw(Number(d.value) as Tw)} data-testid="tw">
                {TW_ROMAN.map((r, i) => (
                  <option key={r} value={String(i + 1)}>
                    {t.twOption(r)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button onClick={onRingkasan} disabledFocusable={off || !!whyRingkasan} aria-describedby={ids.ringkasan}>
              {t.ringkasan}
            </Button>
          </div>
          <Text size={200} className={whyRingkasan ? s.why : s.hint} id={ids.ringkasan}>
            {whyRingkasan ?? t.ringkasanHint}
          </Text>
        </section>
        <Divider style={{ flexGrow: 0 }} />
        <SettingsAction t={t} disabled={off} onCreate={(p) => void onPengaturan(p)} />

        {gateway.writeRekap && rekapAnalyser && (
          <>
            <Divider style={{ flexGrow: 0 }} />
            <RekapPanel
              write={(plan) => gateway.writeRekap!(plan, lang)}
              makeAnalyser={rekapAnalyser}
              lang={lang}
              tw={tw}
              t={t}
              disabled={off}
              onWritten={() => void after()}
            />
          </>
        )}

        {busy && (
          <div role="status" aria-live="polite">
            <ProgressBar />
            <Text size={200}>{t.running(busy)}</Text>
          </div>
        )}
        {outcome && (
          <MessageBar
            intent={outcome.intent}
            role={outcome.intent === 'error' ? 'alert' : 'status'}
            data-testid="outcome"
            data-intent={outcome.intent}
            // Fluent labels the bar by its MessageBarTitle, which a one-line result has not: label it by its text
            aria-labelledby={ids.outcome}
          >
            <MessageBarBody>
              {outcome.detail ? (
                <MessageBarTitle id={ids.outcome}>{outcome.text(t)}</MessageBarTitle>
              ) : (
                <span id={ids.outcome}>{outcome.text(t)}</span>
              )}
              {outcome.detail && <div>{outcome.detail(t)}</div>}
              {outcome.extra && outcome.extra(t) && <div data-testid="outcome-extra">{outcome.extra(t)}</div>}
              {outcome.action && (
                <div style={{ marginTop: 6 }}>
                  <Button size="small" onClick={outcome.action.run}>
                    {outcome.action.label(t)}
                  </Button>
                </div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {summary && <SummaryCard summary={summary} lang={lang} t={t} />}
        {rapkErrors && rapkErrors.length > 0 && (
          <FindingsList findings={rapkErrors} lang={lang} t={t} onSelect={onSelect} title={t.rapkErrorsTitle} testId="rapk-errors" />
        )}
        {findings && findings.length > 0 && <FindingsList findings={findings} lang={lang} t={t} onSelect={onSelect} />}
      </main>
    </FluentProvider>
  );
}
