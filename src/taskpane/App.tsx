/** The task pane: its commands, each with its hint and its result under it; the Rekap in its own section. Talks only to a WorkbookGateway. */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AriaLiveAnnouncer,
  Divider,
  Field,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../core/locales';
import { type Tw, TW_ROMAN } from '../core/measure/formulas';
import type { WorkbookGateway } from '../gateway/contract';
import { LANG_NAMES } from '../core/locales/pane';
import { REKAP_UI } from '../core/locales/paneRekap';
import type { RekapAnalyser } from '../worker/client';
import { CommandAction } from './CommandAction';
import type { CommandId } from './outcomes';
import { RekapPanel } from './rekap/RekapPanel';
import { Result } from './Result';
import { SettingsAction } from './SettingsAction';
import { useTaskPane } from './useTaskPane';

const useStyles = makeStyles({
  root: {
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // the title and the language menu wrap under each other at a narrow pane
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
  grow: { flexGrow: 0 },
});

export interface AppProps {
  gateway: WorkbookGateway;
  initialLang?: Lang;
  dark?: boolean;
  onLangChange?: (l: Lang) => void;
  /** reads the Rekap's files off the UI thread (the host gives a Web Worker); no Rekap without it */
  rekapAnalyser?: () => RekapAnalyser;
  /** today, for the quarter offered first (tests pass a date) */
  now?: Date;
}

export function App({ gateway, initialLang = 'id', dark = false, onLangChange, rekapAnalyser, now }: AppProps): React.ReactElement {
  const s = useStyles();
  const p = useTaskPane(gateway, initialLang, onLangChange, now);
  const { t, pre, caps, shown, lang } = p;
  const off = !caps.supported || p.busy !== null;
  const labels: Record<CommandId, string> = {
    validasi: t.validasi,
    hapus: t.hapusTanda,
    realisasi: t.realisasi,
    ringkasan: t.ringkasan,
    pengaturan: t.pengaturan,
  };
  /** the result, under the command that ran */
  const resultOf = (id: CommandId): React.ReactNode =>
    shown?.command === id && (
      <Result
        shown={shown}
        run={p.run}
        label={labels[id]}
        lang={lang}
        t={t}
        rapkErrors={p.rapkErrors}
        onShowRapkErrors={p.showRapkErrors}
        onSelect={p.select}
        resultRef={p.resultRef}
      />
    );
  const run = (id: CommandId) => (): void => void p.command(id);
  const progress = (id: CommandId): React.ReactNode =>
    p.busy === id && (
      <div role="status">
        <ProgressBar />
        <Text size={200}>{t.running(labels[id])}</Text>
      </div>
    );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <AriaLiveAnnouncer>
        <main className={s.root}>
          <header className={s.header}>
            <div>
              <Text as="h1" size={500} weight="bold" block>
                {t.title}
              </Text>
              <Text size={200} className={s.hint} block>
                {t.subtitle}
              </Text>
              <Link href="./panduan.html" target="_blank" rel="noopener" data-testid="help">
                {t.help}
              </Link>
            </div>
            <Field label={t.language} size="small">
              <Select
                value={lang}
                onChange={(_, d) => p.changeLang(d.value === 'en' ? 'en' : 'id')}
                aria-label={t.language}
                data-testid="lang"
              >
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

          <CommandAction
            primary
            label={t.validasi}
            hint={t.validasiHint}
            why={pre?.protected ? t.whyDisabled.protected(pre.sheet) : pre?.ownSheet ? t.whyDisabled.ownSheet : null}
            disabled={off}
            onRun={run('validasi')}
          >
            {progress('validasi')}
            {resultOf('validasi')}
          </CommandAction>
          {/* the marks may be on another sheet than the active one: the gateway checks their protection */}
          <CommandAction
            label={t.hapusTanda}
            hint={t.hapusTandaHint}
            why={pre !== null && !pre.hasMarks ? t.whyDisabled.noMarks : null}
            disabled={off}
            onRun={run('hapus')}
          >
            {progress('hapus')}
            {resultOf('hapus')}
          </CommandAction>
          <Divider className={s.grow} />
          <CommandAction label={t.realisasi} hint={t.realisasiHint} disabled={off} onRun={run('realisasi')}>
            {progress('realisasi')}
            {resultOf('realisasi')}
          </CommandAction>
          <CommandAction
            label={t.ringkasan}
            hint={t.ringkasanHint}
            why={pre && !pre.hasRealisasi ? t.whyDisabled.noRealisasi : null}
            disabled={off}
            onRun={run('ringkasan')}
            controls={
              <Field label={t.tw} size="small">
                <Select value={String(p.tw)} onChange={(_, d) => p.setTw(Number(d.value) as Tw)} data-testid="tw">
                  {TW_ROMAN.map((r, i) => (
                    <option key={r} value={String(i + 1)}>
                      {t.twOption(r)}
                    </option>
                  ))}
                </Select>
              </Field>
            }
          >
            {progress('ringkasan')}
            {resultOf('ringkasan')}
          </CommandAction>
          <Divider className={s.grow} />
          <SettingsAction t={t} disabled={off} onCreate={(preset) => void p.command('pengaturan', preset)}>
            {progress('pengaturan')}
            {resultOf('pengaturan')}
          </SettingsAction>

          {gateway.writeRekap && rekapAnalyser && (
            <Accordion collapsible data-testid="rekap-section">
              <AccordionItem value="rekap">
                <AccordionHeader as="h2">{REKAP_UI[lang].heading}</AccordionHeader>
                <AccordionPanel>
                  <RekapPanel
                    write={(plan) => gateway.writeRekap!(plan, lang)}
                    makeAnalyser={rekapAnalyser}
                    lang={lang}
                    t={t}
                    disabled={off}
                    now={now}
                    onWritten={p.refresh}
                  />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </main>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
