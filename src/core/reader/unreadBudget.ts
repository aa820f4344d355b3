/**
 * A budget table the reader did not recognise: its header words are unknown, so its rows
 * are not budget lines. The header row is not the wrapped text of the indicator above it,
 * and a sheet whose indicators have anggaran with rows of numbers under them but not a single
 * budget line read says so once (S06): the budget rules were not applied.
 */
import type { ModelBuilder } from './builder';
import type { ReadContext } from './context';

/** Three or more short texts in their own cells, none with a lowercase letter: a header row, not a wrapped text. */
export function looksLikeUnknownHeader(cx: ReadContext, r: number): boolean {
  const row = cx.grid.values[r] ?? [];
  let n = 0;
  for (const v of row) {
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || v.length > 30 || /[a-z]/.test(v) || !/[A-Z]/.test(v)) return false;
    n++;
  }
  return n >= 3;
}

/** S06 when the indicators have anggaran, rows with numbers under them were unreadable (S02) and no budget line was read. */
export function reportUnreadBudget(model: ModelBuilder, cx: ReadContext): void {
  const inds = model.indikatorList();
  if (cx.firstMain.anggaran === null || inds.length === 0 || inds.some((i) => i.lines.length > 0)) return;
  if (!inds.some((i) => (i.anggaran.value ?? 0) > 0)) return;
  const first = inds[0]!.row;
  const rows = model.findings().filter((f) => f.code === 'S02' && 'kind' in f.params && f.params.kind === 'row' && f.params.row > first);
  if (rows.length === 0) return;
  model.report('S06', [rows[0]!.cells[0]!], { lines: rows.length });
}
