/** The sizes `read.ts` plans its batches with (ADR 004, ADR 005). */
export interface ReadLimits {
  /** bytes per response: 5 MB on Excel on the web; null where there is no cap (Windows, Mac) */
  responseBytes: number | null;
  /** rows read with every format when formats may be owed (default FULL_FORMAT_ROWS; tests scale it down) */
  fullFormatRows?: number;
  /** rows whose merged areas the first batch asks for (default by platform, `merges.ts`; tests scale it down) */
  headMergeRows?: number;
  /**
   * the host has `Range.getMergedAreasOrNullObject` (ExcelApi 1.13): the merged areas are read
   * with the values (`merges.ts`); false below 1.13, where sheets are read without them
   */
  merges?: boolean;
}

export const WEB_LIMITS: ReadLimits = { responseBytes: 5 * 1024 * 1024 };
export const DESKTOP_LIMITS: ReadLimits = { responseBytes: null };

/** Share of the response cap a planned batch may fill: estimates are from other rows. */
export const PLAN_SHARE = 0.8;
/** Bytes of a row of a sheet not seen yet (real RAPK sheets: 128–168; Realisasi: 255). */
export const EST_ROW_BYTES = 170;
/**
 * Bytes of the number formats of a row not seen yet: `"General",` is 10 bytes a cell, so a
 * 16-column RAPK row carries ~150 (measured: 80 on an 8-column sheet, 148–160 on 16 columns,
 * 180 on a 19-column Realisasi sheet). Estimated low on purpose so that a 15,000-row RAPK
 * (4.1 MB with its formats) is still read in one response; a batch that comes out too large
 * is refused by Excel and planned again (one more sync), never lost.
 */
export const EST_FORMAT_BYTES = 100;
/** Cells per range read, well under the five-million-cell limit of every platform. */
export const CELLS_PER_RANGE = 1_000_000;
/** Rows of a sheet read in the first batch on the desktop (no payload cap). */
export const DESKTOP_HEAD_ROWS = 100_000;
/**
 * Columns whose hidden state is loaded with a sheet's first rows (one tiny load each, in the
 * same batch: no extra sync). Real RAPKs have at most ~30 columns; a hidden column further
 * right is read like a visible one.
 */
export const HIDDEN_PROBE_COLS = 64;
/**
 * Rows read with all their formats when formats may be owed (Validasi on the web): every unit
 * workbook is read as before; below them only the cells holding numbers get theirs, later.
 */
export const FULL_FORMAT_ROWS = 5_000;
/** Fewest rows worth a range of their own. */
export const MIN_ROWS = 50;
/** Times a refused batch is planned again at a quarter of the size before the error is reported. */
export const MAX_RETRIES = 5;
