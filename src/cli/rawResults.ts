/**
 * exceljs turns the cached result of a date-formatted formula into a Date even when the
 * result is text (`-`) or an error (`#N/A`), and the Date is invalid. Excel hands the add-in
 * the text itself: the CLI takes it back from the sheet's XML so both hosts read the same.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

const isInvalidDate = (v: unknown): boolean => v instanceof Date && !Number.isFinite(v.getTime());

function invalidCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown;
      const result = v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v;
      if (isInvalidDate(result)) out.push(cell);
    }),
  );
  return out;
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

/** Sheet name → path of its part inside the package. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const relsXml = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    const path = id ? targets.get(id) : undefined;
    if (name && path) out.set(unescapeXml(name), path);
  }
  return out;
}

/** Puts back the text or error a date-formatted formula returned, where exceljs made an invalid Date of it. */
export async function restoreTextResults(wb: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  let parts: Map<string, string> | null = null;
  for (const ws of wb.worksheets) {
    const cells = invalidCells(ws);
    if (!cells.length) continue;
    parts ??= await sheetParts(zip);
    const path = parts.get(ws.name);
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    const cached = new Map<string, string>();
    if (xml) {
      for (const m of xml.matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
        const ref = attr(m[1]!, 'r');
        const v = /<v>([\s\S]*?)<\/v>/.exec(m[2]!);
        if (ref && v) cached.set(ref, unescapeXml(v[1]!));
      }
    }
    for (const cell of cells) {
      const text = cached.get(cell.address) ?? null;
      const v = cell.value as unknown;
      // a result that cannot be recovered reads as an empty cell, never as a crash
      if (v && typeof v === 'object' && 'formula' in v)
        cell.value = { ...(v as object), result: text ?? undefined } as unknown as ExcelJS.CellValue;
      else cell.value = text;
    }
  }
}
