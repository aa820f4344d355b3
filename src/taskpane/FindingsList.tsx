/**
 * Findings a planner can read: a one-line count on top, then one group per rule ("A08 · 25 —
 * Anggaran tanpa baris belanja atau kontribusi"), errors first, then warnings, then info. A group
 * with many findings starts collapsed so a rare rule never hides under many of one kind. Each
 * finding is a button that selects its cell; its accessible name includes the message.
 */
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type Finding, type Severity, SEVERITY_ORDER, countBySeverity } from '../core/rules/findings';
import { type Lang, messageOf } from '../core/locales';
import { ruleTitle } from '../core/locales/titles';
import { DEFAULT_PALETTE } from '../core/sheets/palette';
import type { UiStrings } from '../core/locales/pane';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    padding: '4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { minWidth: '56px', fontFamily: tokens.fontFamilyMonospace },
  msg: { flex: 1, wordBreak: 'break-word' },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    borderRadius: '2px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    marginRight: '6px',
    flexShrink: 0,
  },
  head: { display: 'flex', alignItems: 'center', gap: '2px', textAlign: 'left' },
  sev: { color: tokens.colorNeutralForeground2 },
});

/** groups with more findings than this start collapsed */
export const COLLAPSE_OVER = 5;

export interface RuleGroup {
  code: string;
  severity: Severity;
  items: Finding[];
}

/** One group per rule code: errors first, then warnings, then info; by code within a severity. */
export function groupFindings(findings: readonly Finding[]): RuleGroup[] {
  const map = new Map<string, RuleGroup>();
  for (const f of findings) {
    const g = map.get(f.code) ?? { code: f.code, severity: f.severity, items: [] };
    g.items.push(f);
    map.set(f.code, g);
  }
  return [...map.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

export interface FindingsListProps {
  findings: Finding[];
  lang: Lang;
  t: UiStrings;
  onSelect: (f: Finding) => void;
  /** heading; defaults to "Temuan" */
  title?: string;
  testId?: string;
}

export function FindingsList({ findings, lang, t, onSelect, title, testId = 'findings' }: FindingsListProps): React.ReactElement {
  const s = useStyles();
  const headingId = React.useId();
  const groups = groupFindings(findings);
  const n = countBySeverity(findings);
  const open = groups.filter((g) => g.items.length <= COLLAPSE_OVER).map((g) => g.code);
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <Text as="h2" id={headingId} weight="semibold" size={400} block>
        {title ?? t.findings}
      </Text>
      <Text size={200} block data-testid={`${testId}-summary`}>
        {t.counts(n.error, n.warning, n.info)}
      </Text>
      <Accordion multiple collapsible defaultOpenItems={open}>
        {groups.map((g) => {
          const fill = DEFAULT_PALETTE.mark[g.severity];
          return (
            <AccordionItem value={g.code} key={g.code} data-rule={g.code} data-severity={g.severity}>
              <AccordionHeader size="small">
                <span className={s.head}>
                  <span className={s.swatch} style={{ backgroundColor: fill }} aria-hidden="true" />
                  <span>
                    <strong>
                      {g.code} · {g.items.length}
                    </strong>{' '}
                    — {ruleTitle(g.code, lang)} <span className={s.sev}>({t.severity[g.severity]})</span>
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {g.items.map((f, i) => {
                    const msg = messageOf(f, lang);
                    const cell = f.cells[0];
                    return (
                      <li key={`${cell ?? ''}-${i}`} className={s.item}>
                        {cell ? (
                          <Button
                            size="small"
                            appearance="subtle"
                            className={s.cell}
                            aria-label={t.goToFinding(cell, msg)}
                            onClick={() => onSelect(f)}
                            data-cell={cell}
                          >
                            {cell}
                          </Button>
                        ) : (
                          <Text className={s.cell} size={200}>
                            {t.noCell}
                          </Text>
                        )}
                        <Text className={s.msg} size={200} aria-hidden={cell ? true : undefined}>
                          {msg}
                        </Text>
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
