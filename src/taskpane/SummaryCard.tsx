/** NPSS with its predikat (always written; colour only helps), and the perspective values. */
import * as React from 'react';
import { Badge, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TW_ROMAN, predikatFill } from '../core/measure/formulas';
import { round2 } from '../core/grid/numbers';
import { fontOn } from '../core/sheets/palette';
import type { Summary } from '../core/measure/summary';
import type { Lang } from '../core/locales';
import { fmtScore } from '../core/locales/format';
import type { UiStrings } from '../core/locales/pane';

const useStyles = makeStyles({
  big: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightBold, lineHeight: 1.1 },
  row: { display: 'flex', justifyContent: 'space-between', gap: '8px', padding: '2px 0' },
});

function fmt(x: number | null, lang: Lang, none: string): string {
  return x === null ? none : fmtScore(round2(x), lang);
}

export function SummaryCard({ summary, lang, t }: { summary: Summary; lang: Lang; t: UiStrings }): React.ReactElement {
  const s = useStyles();
  const fill = summary.predikat ? predikatFill(summary.predikat, summary.settings) : null;
  return (
    <Card aria-label={t.summaryCard}>
      <CardHeader header={<Text weight="semibold">{`${t.summaryCard} · TW ${TW_ROMAN[summary.tw - 1]} ${summary.year ?? ''}`}</Text>} />
      <div>
        <Text className={s.big} data-testid="npss">
          {fmt(summary.npss, lang, t.noValue)}
        </Text>{' '}
        {summary.predikat && fill && (
          <Badge size="large" style={{ backgroundColor: fill, color: fontOn(fill) }} data-testid="predikat">
            {summary.predikat}
          </Badge>
        )}
      </div>
      <Text size={200}>{t.npss}</Text>
      <div role="table" aria-label={t.perspektif}>
        {summary.perspektif.map((p) => (
          <div role="row" key={p.name} className={s.row}>
            <Text role="cell">{p.name}</Text>
            <Text role="cell">
              {fmt(p.nilai, lang, t.noValue)}
              {p.predikat ? ` · ${p.predikat}` : ''}
            </Text>
          </div>
        ))}
      </div>
    </Card>
  );
}
