/** The "Pengaturan metode" command: a preset and a button that creates the `Pengaturan RAPK` sheet. */
import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { PresetName } from '../core/settings';
import type { UiStrings } from '../core/locales/pane';
import { CommandAction } from './CommandAction';

export interface SettingsActionProps {
  t: UiStrings;
  disabled: boolean;
  onCreate: (preset: PresetName) => void;
  /** "… sedang berjalan" while it runs */
  running?: string | null;
  /** the command's result, when it ran last */
  children?: React.ReactNode;
}

export function SettingsAction({ t, disabled, onCreate, running = null, children }: SettingsActionProps): React.ReactElement {
  const [preset, setPreset] = React.useState<PresetName>('spec');
  return (
    <CommandAction
      label={t.pengaturan}
      hint={t.pengaturanHint}
      disabled={disabled}
      running={running}
      onRun={() => onCreate(preset)}
      controls={
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
      }
    >
      {children}
    </CommandAction>
  );
}
