/** Findings grouped by severity and rule, with counts; each item selects its cell. */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../core/findings';
import { type Lang, messageOf } from '../core/locales';
import { DEFAULT_PALETTE, fontOn } from '../core/palette';
import type { UiStrings } from './i18n';

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
  rule: { fontWeight: tokens.fontWeightSemibold, marginTop: '6px' },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];

export interface FindingsListProps {
  findings: Finding[];
  lang: Lang;
  t: UiStrings;
  onSelect: (f: Finding) => void;
}

export function FindingsList({ findings, lang, t, onSelect }: FindingsListProps): React.ReactElement {
  const s = useStyles();
  const groups = ORDER.map((sev) => ({ sev, list: findings.filter((f) => f.severity === sev) })).filter((g) => g.list.length);
  return (
    <section aria-label={t.findings}>
      <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => g.sev !== 'info').map((g) => g.sev)}>
        {groups.map(({ sev, list }) => {
          const codes = [...new Set(list.map((f) => f.code))];
          const fill = DEFAULT_PALETTE.mark[sev];
          return (
            <AccordionItem value={sev} key={sev}>
              <AccordionHeader>
                <Badge style={{ backgroundColor: fill, color: fontOn(fill), marginRight: 8 }} shape="rounded">
                  {list.length}
                </Badge>
                {t.severity[sev]}
              </AccordionHeader>
              <AccordionPanel>
                {codes.map((code) => {
                  const items = list.filter((f) => f.code === code);
                  return (
                    <div key={code} role="group" aria-label={`${code} (${items.length})`}>
                      <Text as="h4" block className={s.rule}>
                        {code} · {items.length}
                      </Text>
                      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                        {items.map((f, i) => (
                          <li key={`${f.cells[0] ?? ''}-${i}`} className={s.item}>
                            <Button
                              size="small"
                              appearance="subtle"
                              className={s.cell}
                              aria-label={t.goTo(f.cells[0] ?? '')}
                              onClick={() => onSelect(f)}
                              disabled={!f.cells[0]}
                              data-cell={f.cells[0]}
                            >
                              {f.cells[0] ?? '—'}
                            </Button>
                            <Text className={s.msg} size={200}>
                              {messageOf(f, lang)}
                            </Text>
                          </li>
                        ))}
                      </ul>
                    </div>
                  );
                })}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
