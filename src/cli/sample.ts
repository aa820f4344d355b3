import { Workbook } from './exceljs';
import { samplePlan } from '../sample/sample';
import { saveWorkbook, writeSheetPlan } from './write';

export async function writeSample(out: string, withErrors: boolean): Promise<void> {
  const wb = new Workbook();
  wb.creator = 'rapk';
  writeSheetPlan(wb, samplePlan(withErrors));
  await saveWorkbook(wb, out);
}
