/** One command: its controls and button, the hint (or why it is not available), and its result when it ran last. */
import * as React from 'react';
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  // wraps at a narrow pane (200 % scaling: ~175 CSS px): the button goes under its menu
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end', minWidth: 0 },
  button: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto', minHeight: '32px' },
  hint: { color: tokens.colorNeutralForeground3 },
  // a reason a command is not available is a neutral hint, not a warning colour
  why: { color: tokens.colorNeutralForeground2 },
});

export interface CommandActionProps {
  label: string;
  hint: string;
  /** why the command is not available now (shown instead of the hint); null when it is */
  why?: string | null;
  disabled: boolean;
  primary?: boolean;
  onRun: () => void;
  /** a menu the command takes (the quarter, the preset), before the button */
  controls?: React.ReactNode;
  /** "… sedang berjalan" while the command runs, else null */
  running?: string | null;
  /** the command's result, when it ran last: right under it, where the eye is */
  children?: React.ReactNode;
}

export function CommandAction({
  label,
  hint,
  why = null,
  disabled,
  primary,
  onRun,
  controls,
  running = null,
  children,
}: CommandActionProps): React.ReactElement {
  const s = useStyles();
  const hintId = React.useId();
  const button = (
    <Button
      className={s.button}
      appearance={primary ? 'primary' : 'secondary'}
      onClick={onRun}
      // focusable while disabled, described by the reason (keyboard and screen-reader users find it)
      disabledFocusable={disabled || why !== null}
      aria-describedby={hintId}
    >
      {label}
    </Button>
  );
  return (
    <section className={s.action}>
      {controls ? (
        <div className={s.row}>
          {controls}
          {button}
        </div>
      ) : (
        button
      )}
      <Text size={200} className={why ? s.why : s.hint} id={hintId}>
        {why ?? hint}
      </Text>
      {running && (
        <div role="status">
          <ProgressBar />
          <Text size={200}>{running}</Text>
        </div>
      )}
      {children}
    </section>
  );
}
