/**
 * The export's columns, chosen by the planner (issue 24): when a file is not a recognizable
 * SAKTI report, or to change the columns used, one Dropdown per role (kode, uraian, pagu,
 * realisasi) listing the export's column letters with the words over them. Which columns and
 * what is still missing are the core's (`exportColumns`, `mappingProblem`); this is only UI.
 */
import * as React from 'react';
import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/locales';
import { SAKTI_UI } from '../../core/locales/paneSakti';
import type { Grid } from '../../core/grid/grid';
import { type ExportColumns, choiceOf, exportColumns } from '../../core/sakti/columns';
import { type ColumnMapping, MAPPING_KEYS, type MappingKey, completeMapping, mappingProblem } from '../../core/sakti/mapped';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '6px' },
  hint: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export interface MappingPickerProps {
  lang: Lang;
  columns: ExportColumns;
  /** the choice the picker starts from (the mapping in use, or the core's guess) */
  initial: Record<MappingKey, number | null>;
  disabled: boolean;
  onApply: (m: ColumnMapping) => void;
  onCancel?: () => void;
}

const NONE = '';

export function MappingPicker({ lang, columns, initial, disabled, onApply, onCancel }: MappingPickerProps): React.ReactElement {
  const s = useStyles();
  const u = SAKTI_UI[lang];
  const [choice, setChoice] = React.useState<Record<MappingKey, number | null>>(initial);
  const problem = mappingProblem(choice);
  const mapping = completeMapping(choice);
  const textOf = (c: number | null): string => {
    if (c === null) return '';
    const col = columns.columns.find((x) => x.c === c);
    return col ? u.pickColumn(col.letter, col.header) : '';
  };
  return (
    <section className={s.picker} aria-label={u.pickHeading} data-testid="sakti-picker">
      <Text weight="semibold" size={200}>
        {u.pickHeading}
      </Text>
      <Text size={200} className={s.hint}>
        {u.pickHint}
      </Text>
      {MAPPING_KEYS.map((k) => (
        <Field key={k} label={u.pickLabel[k]} size="small">
          <Dropdown
            size="small"
            data-testid={`sakti-pick-${k}`}
            placeholder={u.pickPlaceholder}
            value={choice[k] === null && k === 'uraian' ? u.pickNone : textOf(choice[k])}
            selectedOptions={choice[k] === null ? [] : [String(choice[k])]}
            onOptionSelect={(_, d) =>
              setChoice((x) => ({ ...x, [k]: d.optionValue === NONE || d.optionValue === undefined ? null : Number(d.optionValue) }))
            }
          >
            {k === 'uraian' && (
              <Option value={NONE} text={u.pickNone}>
                {u.pickNone}
              </Option>
            )}
            {columns.columns.map((col) => (
              <Option key={col.c} value={String(col.c)} text={u.pickColumn(col.letter, col.header)}>
                {u.pickColumn(col.letter, col.header)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
      {problem && (
        <Text size={200} className={s.problem} data-testid="sakti-pick-problem" role="status">
          {problem.kind === 'missing'
            ? u.pickMissing(u.pickLabel[problem.key])
            : u.pickDuplicate(u.pickLabel[problem.key], u.pickLabel[problem.other])}
        </Text>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          size="small"
          disabledFocusable={disabled || !mapping}
          onClick={() => mapping && onApply(mapping)}
          data-testid="sakti-pick-apply"
        >
          {u.pickApply}
        </Button>
        {onCancel && (
          <Button size="small" onClick={onCancel} disabledFocusable={disabled}>
            {u.pickCancel}
          </Button>
        )}
      </div>
    </section>
  );
}

/** The picker over a previewed export's columns, from the mapping in use (else the core's guess). */
export function PickerFor({
  lang,
  grids,
  inUse,
  disabled,
  onApply,
  onCancel,
}: {
  lang: Lang;
  grids: readonly Grid[];
  inUse: ColumnMapping | null;
  disabled: boolean;
  onApply: (m: ColumnMapping) => void;
  onCancel: () => void;
}): React.ReactElement | null {
  const columns = React.useMemo(() => exportColumns(grids), [grids]);
  if (!columns) return null;
  return (
    <MappingPicker
      lang={lang}
      columns={columns}
      initial={choiceOf(inUse, columns.guess)}
      disabled={disabled}
      onApply={onApply}
      onCancel={onCancel}
    />
  );
}
