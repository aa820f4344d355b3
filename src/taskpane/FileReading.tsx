/**
 * What a section that reads a chosen file shows under its button (the comparison and the SAKTI
 * import): its hint, the progress while the file is read, and the problem that stopped it
 * (focused, as every result).
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ hint: { color: tokens.colorNeutralForeground3 } });

export interface FileReadingProps {
  hintId: string;
  hint: string;
  /** "reading <file>…" while the file is read, else null */
  reading: string | null;
  problem: string | null;
  outcomeRef: React.RefObject<HTMLDivElement>;
  testId: string;
}

export function FileReading({ hintId, hint, reading, problem, outcomeRef, testId }: FileReadingProps): React.ReactElement {
  const s = useStyles();
  return (
    <>
      <Text size={200} className={s.hint} id={hintId}>
        {hint}
      </Text>
      {reading !== null && (
        <div role="status" aria-live="polite">
          <ProgressBar />
          <Text size={200}>{reading}</Text>
        </div>
      )}
      {problem !== null && (
        <div ref={outcomeRef} tabIndex={-1}>
          <MessageBar intent="error" data-testid={testId}>
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        </div>
      )}
    </>
  );
}
