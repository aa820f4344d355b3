/**
 * A command's result, under the command that ran: the message (the outcome as its title, in the
 * colour of the worst finding), then the summary card or the findings. The region takes the focus
 * when it appears; the message is announced once, by Fluent's MessageBar (through the pane's
 * AriaLiveAnnouncer), so the region itself is no live region.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Finding } from '../core/rules/findings';
import type { Lang } from '../core/locales';
import type { UiStrings } from '../core/locales/pane';
import type { Shown } from './outcomes';
import { FindingsList } from './FindingsList';
import { SummaryCard } from './SummaryCard';

const useStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0, outlineOffset: '2px' },
  line: { display: 'block', marginTop: '2px' },
});

export interface ResultProps {
  shown: Shown;
  /** a new number per result: a new message, announced when it appears */
  run: number;
  label: string;
  lang: Lang;
  t: UiStrings;
  rapkErrors: Finding[] | null;
  onShowRapkErrors: () => void;
  onSelect: (f: Finding) => void;
  resultRef: React.Ref<HTMLDivElement>;
}

export function Result({ shown, run, label, lang, t, rapkErrors, onShowRapkErrors, onSelect, resultRef }: ResultProps): React.ReactElement {
  const s = useStyles();
  const o = shown.outcome;
  const extra = o.extra?.(t);
  const textId = React.useId();
  return (
    <div ref={resultRef} tabIndex={-1} role="region" aria-label={t.result(label)} className={s.region} data-testid="result">
      <MessageBar
        key={run}
        intent={o.intent}
        politeness={o.politeness}
        layout="multiline"
        data-testid="outcome"
        data-intent={o.intent}
        // Fluent labels the bar by its title; a result without one is labelled by its text
        {...(o.title ? {} : { 'aria-labelledby': textId })}
      >
        <MessageBarBody>
          {o.title && <MessageBarTitle>{o.title(t)}</MessageBarTitle>}
          <span className={s.line} id={textId} data-testid="outcome-text">
            {o.text(t)}
          </span>
          {o.detail && <span className={s.line}>{o.detail(t)}</span>}
          {o.rapkChosen && (
            <span className={s.line} data-testid="outcome-rapk-chosen">
              {o.rapkChosen(t)}
            </span>
          )}
          {extra && (
            <span className={s.line} data-testid="outcome-extra">
              {extra}
            </span>
          )}
          {o.rapkErrors && !rapkErrors && (
            <Button size="small" onClick={onShowRapkErrors} style={{ marginTop: 6 }}>
              {t.showRapkErrors}
            </Button>
          )}
        </MessageBarBody>
      </MessageBar>
      {shown.summary && <SummaryCard summary={shown.summary} lang={lang} t={t} />}
      {rapkErrors && rapkErrors.length > 0 && (
        <FindingsList findings={rapkErrors} lang={lang} t={t} onSelect={onSelect} title={t.rapkErrorsTitle} testId="rapk-errors" />
      )}
      {shown.findings && <FindingsList findings={shown.findings} lang={lang} t={t} onSelect={onSelect} />}
    </div>
  );
}
