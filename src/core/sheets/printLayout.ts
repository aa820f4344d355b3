/**
 * Print geometry of a sheet the add-in writes for paper (the Ringkasan, ADR 017): how tall a
 * row must be for its wrapped text, and how many points of rows fit on one A4 page at the
 * sheet's print scale. Estimates are deliberately generous: a row a little too tall prints
 * well, a row too short hides text.
 *
 * Units: column widths in characters (Excel's: a character is the width of a digit of the
 * default font, Calibri 11, 7 px), row heights and page sizes in points (1 px = 0.75 pt).
 */

/** One line of Calibri 11 in a row: Excel's default row height. */
export const LINE_PT = 15;
/** Average width of a character of running text in Calibri 11 (px), regular and bold (over-estimated). */
const CHAR_PX = 6.6;
const BOLD_CHAR_PX = 7.2;
/** padding Excel keeps inside a cell, left and right (px) */
const CELL_PAD_PX = 6;

/** A column of w characters in pixels, as Excel sizes it for Calibri 11. */
export const columnPx = (w: number): number => Math.trunc(w * 7 + 5);

/** Lines a text needs in a cell `px` pixels wide: words wrapped greedily, explicit line breaks kept. */
export function linesOf(text: string, px: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((px - CELL_PAD_PX) / (bold ? BOLD_CHAR_PX : CHAR_PX)));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let len = word.length;
      // a word longer than a line breaks inside itself
      while (len > perLine) {
        if (used > 0) lines++;
        len -= perLine;
        used = 0;
        lines++;
      }
      if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        lines++;
        used = len;
      }
    }
  }
  return lines;
}

/** A4 landscape in points, and the margins the Ringkasan prints with (inches, as Excel stores them). */
export const A4_LANDSCAPE = { width: 842, height: 595 };
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * The print scale (%) that fits the columns on the page's width, rounded down with a little
 * room (the host's own rounding of column widths differs by a few pixels).
 */
export function scaleToFit(widths: readonly number[], page = A4_LANDSCAPE, margins = PRINT_MARGINS): number {
  const sheetPt = widths.reduce((n, w) => n + columnPx(w), 0) * 0.75;
  const printable = page.width - (margins.left + margins.right) * 72;
  return Math.max(10, Math.min(100, Math.floor((100 * printable) / sheetPt) - 2));
}

/**
 * Points of rows (at 100 %) that fit on one page at `scale` %, less a safety share so that a
 * host which lays rows out a little taller than we estimate does not add its own break first.
 */
export function pageCapacity(scale: number, page = A4_LANDSCAPE, margins = PRINT_MARGINS): number {
  const printable = page.height - (margins.top + margins.bottom) * 72;
  return Math.floor(((printable * 100) / scale) * 0.93);
}
