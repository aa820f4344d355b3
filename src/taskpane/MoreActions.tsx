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

/** A section collapsed until opened (the SAKTI import, the comparison, the Rekap), its heading an h2. */
export function Collapsed({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Accordion collapsible data-testid={`${id}-section`}>
      <AccordionItem value={id}>
        <AccordionHeader as="h2">{heading}</AccordionHeader>
        <AccordionPanel>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
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
    <Collapsed id="sakti" heading={SAKTI_UI[lang].heading}>
      <AnggaranImport
        lang={lang}
        disabled={disabled}
        tw={tw}
        readGrids={(bytes) => readGridsWith(analyser, bytes)}
        importAnggaran={(...args) => gateway.importAnggaran!(...args)}
        errorText={errorTextOf(t)}
      />
    </Collapsed>
  );
}

export function DiffSection({ gateway, analyser, lang, t, disabled, select }: MoreProps): React.ReactElement | null {
  if (!gateway.compare || !gateway.writeRiwayat || !analyser) return null;
  return (
    <Collapsed id="diff" heading={DIFF_UI[lang].heading}>
      <DiffPanel
        lang={lang}
        disabled={disabled}
        readGrids={(bytes) => readGridsWith(analyser, bytes)}
        compare={(old) => gateway.compare!(old, lang)}
        write={(r) => gateway.writeRiwayat!(r, lang)}
        select={select}
        errorText={errorTextOf(t)}
      />
    </Collapsed>
  );
}
