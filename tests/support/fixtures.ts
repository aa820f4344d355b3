import * as fs from 'fs';
import * as path from 'path';
import type { Grid } from '../../src/core/grid/grid';
import { loadWorkbook, sheetToGrid } from '../../src/cli/xlsx';

/** The golden fixtures are data carried by the repository (copied from the project's shared fixtures). */
export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export async function fixtureGrids(name: string): Promise<Grid[]> {
  const wb = await loadWorkbook(fixturePath(name));
  return wb.worksheets.map(sheetToGrid);
}

export interface ExpectedFinding {
  code: string;
  severity: string;
  cells: string[];
  expected?: number;
  actual?: number;
}

export function expectedFindings(name: string): ExpectedFinding[] {
  return JSON.parse(fs.readFileSync(fixturePath(name), 'utf8')) as ExpectedFinding[];
}
