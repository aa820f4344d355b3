/** Writing a copy of the planner's workbook through the part-level writer (ADR 006). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Lang } from '../core/locales';
import type { PackageKind } from '../xlsx/package';
import { WorkbookWriter } from '../xlsx/writer';
import { CLI_STRINGS } from '../core/locales/cli';
import { CliError } from './common';

/** The output's extension must name the input's kind: a macro workbook stays .xlsm, a template .xltx/.xltm. */
export function checkOutputKind(kind: PackageKind, out: string, lang: Lang): void {
  const ext = path.extname(out).slice(1).toLowerCase();
  if (ext !== kind) throw new CliError(CLI_STRINGS[lang].wrongExtension(kind, ext));
}

/** Opens the input's bytes, lets `edit` apply the plans, writes the copy. */
export async function writeCopy(bytes: Uint8Array, out: string, lang: Lang, edit: (w: WorkbookWriter) => void): Promise<void> {
  const w = await WorkbookWriter.open(bytes);
  checkOutputKind(w.pkg.kind(), out, lang);
  edit(w);
  await fs.writeFile(out, await w.save());
}
