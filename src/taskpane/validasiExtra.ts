/**
 * What the pane adds to Validasi's result about the marks themselves: made without notes or
 * comments (the host cannot hold them), refused comments, or marks conditional formats may hide.
 */
import type { UiStrings } from '../core/locales/pane';
import type { ValidasiResult } from '../gateway/contract';

export function validasiExtra(r: ValidasiResult): { extra?: (u: UiStrings) => string } {
  const fillOnly = r.marked > 0 && r.noteMode === 'none';
  if (!fillOnly && !r.commentsRefused && !r.mayBeHidden) return {};
  return {
    extra: (u) =>
      [fillOnly ? u.noteMode.none : '', r.commentsRefused ? u.commentsRefused : '', r.mayBeHidden ? u.marksMayBeHidden : '']
        .filter(Boolean)
        .join(' '),
  };
}
