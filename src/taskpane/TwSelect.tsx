/** The quarter picker (TW I–IV) of the Ringkasan, the Rekap and the SAKTI import: one control, each with its own label and wording. */
import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import { type Tw, TW_ROMAN } from '../core/measure/formulas';

export interface TwSelectProps {
  label: string;
  value: Tw;
  onChange: (tw: Tw) => void;
  /** an option's text, from the quarter's number and its roman numeral */
  option: (tw: Tw, roman: string) => string;
  testId: string;
  disabled?: boolean;
}

export function TwSelect({ label, value, onChange, option, testId, disabled }: TwSelectProps): React.ReactElement {
  return (
    <Field label={label} size="small">
      <Select value={String(value)} onChange={(_, d) => onChange(Number(d.value) as Tw)} data-testid={testId} disabled={disabled}>
        {TW_ROMAN.map((r, i) => (
          <option key={r} value={String(i + 1)}>
            {option((i + 1) as Tw, r)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
