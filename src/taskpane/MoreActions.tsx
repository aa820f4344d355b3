/**
 * The pane's two sections beyond the commands, each collapsed until opened: budget realisation
 * from SAKTI (issue 24, beside the Realisasi command) and the comparison with another version
 * of the RAPK (issue 23). Both read the planner's other file in the browser (the Rekap's worker).
 */
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { Lang } from '../core/locales';
import { DIFF_UI } from '../core/locales/paneDiff';
import { SAKTI_UI } from '../core/locales/paneSakti';
import type { Tw } from '../core/measure/formulas';
import type { WorkbookGateway } from '../gateway/contract';
import type { UiStrings } from '../core/locales/pane';
import type { RekapAnalyser } from '../worker/client';
import { DiffPanel } from './diff/DiffPanel';
import { readGridsWith } from './diff/readGrids';
import { failure } from './outcomes';
import { AnggaranImport } from './sakti/AnggaranImport';

export interface MoreProps {
  gateway: WorkbookGateway;
  analyser?: (() => RekapAnalyser) | undefined;
  lang: Lang;
  t: UiStrings;
  tw: Tw;
  disabled: boolean;
  select: (sheet: string, cell: string) => void;
}

/** The pane's sentence for a failed call (the same words as a failed command). */
function errorTextOf(t: UiStrings): (e: unknown) => string {
  return (e) => {
    const o = failure(e instanceof Error ? e : new Error(String(e)));
    return [o.text(t), o.detail?.(t)].filter(Boolean).join(' ');
  };
}

export function SaktiSection({ gateway, analyser, lang, t, tw, disabled }: MoreProps): React.ReactElement | null {
  if (!gateway.importAnggaran || !analyser) return null;
  return (
    <Accordion collapsible data-testid="sakti-section">
      <AccordionItem value="sakti">
        <AccordionHeader as="h2">{SAKTI_UI[lang].heading}</AccordionHeader>
        <AccordionPanel>
          <AnggaranImport
            lang={lang}
            disabled={disabled}
            tw={tw}
            readGrids={(bytes) => readGridsWith(analyser, bytes)}
            importAnggaran={(...args) => gateway.importAnggaran!(...args)}
            errorText={errorTextOf(t)}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

export function DiffSection({ gateway, analyser, lang, t, disabled, select }: MoreProps): React.ReactElement | null {
  if (!gateway.compare || !gateway.writeRiwayat || !analyser) return null;
  return (
    <Accordion collapsible data-testid="diff-section">
      <AccordionItem value="diff">
        <AccordionHeader as="h2">{DIFF_UI[lang].heading}</AccordionHeader>
        <AccordionPanel>
          <DiffPanel
            lang={lang}
            disabled={disabled}
            readGrids={(bytes) => readGridsWith(analyser, bytes)}
            compare={(old) => gateway.compare!(old, lang)}
            write={(r) => gateway.writeRiwayat!(r, lang)}
            select={select}
            errorText={errorTextOf(t)}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
