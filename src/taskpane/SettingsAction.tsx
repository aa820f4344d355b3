/** The "Pengaturan metode" action: a preset and a button that creates the `Pengaturan RAPK` sheet. */
import * as React from 'react';
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PresetName } from '../core/settings';
import type { UiStrings } from '../core/locales/pane';

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsActionProps {
  t: UiStrings;
  disabled: boolean;
  onCreate: (preset: PresetName) => void;
}

export function SettingsAction({ t, disabled, onCreate }: SettingsActionProps): React.ReactElement {
  const s = useStyles();
  const [preset, setPreset] = React.useState<PresetName>('spec');
  return (
    <section className={s.action}>
      <div className={s.row}>
        <Field label={t.preset} size="small">
          <Select
            value={preset}
            onChange={(_, d) => setPreset(d.value === 'sekretariat-utama' ? 'sekretariat-utama' : 'spec')}
            data-testid="preset"
          >
            <option value="spec">{t.presets.spec}</option>
            <option value="sekretariat-utama">{t.presets['sekretariat-utama']}</option>
          </Select>
        </Field>
        <Button onClick={() => onCreate(preset)} disabled={disabled}>
          {t.pengaturan}
        </Button>
      </div>
      <Text size={200} className={s.hint}>
        {t.pengaturanHint}
      </Text>
    </section>
  );
}
