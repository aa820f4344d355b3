/**
 * The one marks record both hosts read and write (ADR 003, ADR 009): a custom XML part whose
 * root is `<rapkMarks xmlns="urn:rapk:marks:v1">` holding the saved state's JSON as text. The
 * add-in reaches it through `workbook.customXmlParts` (ExcelApi 1.5), `rapk annotate` and `rapk
 * hapus-tanda` through the package's `customXml/itemN.xml`. Sheets are keyed by each host's own
 * id (the add-in: `worksheet.id`; the file: `sheetId:N`); a sheet recorded by the other host is
 * found by its name.
 */
import { type MarksState, escRecordText as escText, parseMarksState } from './marksState';

export { findSheetMarks, recordBytes, withoutSheet } from './marksState';

export const MARKS_NS = 'urn:rapk:marks:v1';

/** The record's root element, by its namespace. */
const ROOT = /<rapkMarks\b[^>]*>([\s\S]*)<\/rapkMarks>/;

function unescText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The record's XML for a state. */
export function recordXml(state: MarksState): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<rapkMarks xmlns="${MARKS_NS}">${escText(JSON.stringify(state))}</rapkMarks>`;
}

/** The state a record's XML holds (an empty state when there is none or it is unreadable). */
export function parseRecordXml(xml: string | null | undefined): MarksState {
  const m = xml ? ROOT.exec(xml) : null;
  return parseMarksState(m ? unescText(m[1] ?? '') : null);
}
