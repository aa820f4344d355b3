/** Runs one gateway command at a time: busy state, result message, translated errors. */
import { useCallback, useRef, useState } from 'react';
import { GatewayError } from '../gateway/contract';
import type { UiStrings } from '../core/locales/pane';

/** A result message, rendered in the pane's current language (it follows a language switch). */
export type Outcome = {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: (t: UiStrings) => string;
  detail?: (t: UiStrings) => string;
  /** a second line (e.g. "RAPK masih memiliki 2 kesalahan") */
  extra?: (t: UiStrings) => string;
  /** a button in the message (e.g. show those errors) */
  action?: { label: (t: UiStrings) => string; run: () => void };
} | null;

export function useCommand(): {
  busy: string | null;
  outcome: Outcome;
  setOutcome: (o: Outcome) => void;
  run: <T>(label: string, fn: () => Promise<T>, done: (v: T) => Outcome, fail: (e: GatewayError | Error) => Outcome) => Promise<void>;
} {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const running = useRef(false);
  const run = useCallback(
    async <T>(label: string, fn: () => Promise<T>, done: (v: T) => Outcome, fail: (e: GatewayError | Error) => Outcome) => {
      if (running.current) return;
      running.current = true;
      setBusy(label);
      setOutcome(null);
      try {
        setOutcome(done(await fn()));
      } catch (e) {
        setOutcome(fail(e instanceof Error ? e : new Error(String(e))));
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [],
  );
  return { busy, outcome, setOutcome, run };
}
