/**
 * exceljs's `Workbook` class, required on its own. `require('exceljs')` also loads the streaming
 * reader and writer (unzipper, archiver): ~660 modules and about 0.5 s more of every `rapk` start
 * and of each Rekap worker thread (ADR 016), for classes the CLI never uses. It is the same class
 * (the package's entry only gathers it with the streaming ones), so nothing else changes.
 */
import type ExcelJSTypes from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJSTypes.Workbook;
