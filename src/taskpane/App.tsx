/** The task pane: its commands, each with its hint and its result under it; the Rekap in its own section. Talks only to a WorkbookGateway. */
import * as React from 'react';
import { AriaLiveAnnouncer, Divider, FluentProvider, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/locales';
import type { WorkbookGateway } from '../gateway/contract';
import { REKAP_UI } from '../core/locales/paneRekap';
import type { RekapAnalyser } from '../worker/client';
import { CommandAction } from './CommandAction';
import type { CommandId } from './outcomes';
import { PaneHeader } from './PaneHeader';
import { RekapPanel } from './rekap/RekapPanel';
import { Result } from './Result';
import { SettingsAction } from './SettingsAction';
import { TwSelect } from './TwSelect';
import { useTaskPane } from './useTaskPane';
import { Collapsed, DiffSection, SaktiSection } from './MoreActions';

const useStyles = makeStyles({
  // min-width 0 and wrapping: at 200 % scaling the pane is ~175 CSS px wide and must not scroll sideways
  root: {
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  divider: { flexGrow: 0 },
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
  const { t, pre, shown, lang } = p;
  const off = !p.caps.supported || p.busy !== null;
  // the commands named as their buttons (the catalogue keys them alike; Hapus tanda is `hapusTanda`)
  const labels: Record<CommandId, string> = { ...t, hapus: t.hapusTanda };
  const more = { gateway, analyser: rekapAnalyser, lang, t, tw: p.tw, disabled: off, select: p.goTo };
  /** what every command shows: its label, the progress while it runs, its result under it */
  const common = (id: CommandId) => ({
    label: labels[id],
    disabled: off,
    onRun: () => void p.command(id),
    running: p.busy === id ? t.running(labels[id]) : null,
    children: shown?.command === id && (
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
    ),
  });
  const tw = <TwSelect label={t.tw} value={p.tw} onChange={p.setTw} option={(_, r) => t.twOption(r)} testId="tw" />;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <AriaLiveAnnouncer>
        <main className={s.root}>
          <PaneHeader t={t} lang={lang} onLang={p.changeLang} pre={pre} caps={p.caps} />
          <CommandAction
            {...common('validasi')}
            primary
            hint={t.validasiHint}
            why={pre?.protected ? t.whyDisabled.protected(pre.sheet) : pre?.ownSheet ? t.whyDisabled.ownSheet : null}
          />
          {/* the marks may be on another sheet than the active one: the gateway checks their protection */}
          <CommandAction {...common('hapus')} hint={t.hapusTandaHint} why={pre !== null && !pre.hasMarks ? t.whyDisabled.noMarks : null} />
          <Divider className={s.divider} />
          <CommandAction {...common('realisasi')} hint={t.realisasiHint} />
          <SaktiSection {...more} />
          <CommandAction
            {...common('ringkasan')}
            hint={t.ringkasanHint}
            why={pre && !pre.hasRealisasi ? t.whyDisabled.noRealisasi : null}
            controls={tw}
          />
          <Divider className={s.divider} />
          <SettingsAction
            t={t}
            disabled={off}
            onCreate={(preset) => void p.command('pengaturan', preset)}
            running={common('pengaturan').running}
          >
            {common('pengaturan').children}
          </SettingsAction>
          <DiffSection {...more} />
          {gateway.writeRekap && rekapAnalyser && (
            <Collapsed id="rekap" heading={REKAP_UI[lang].heading}>
              <RekapPanel
                write={(plan) => gateway.writeRekap!(plan, lang)}
                makeAnalyser={rekapAnalyser}
                lang={lang}
                t={t}
                disabled={off}
                now={now}
                onWritten={p.refresh}
              />
            </Collapsed>
          )}
        </main>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
