/**
 * A file the Rekap could not use because of an error of ours is never reported as a damaged file
 * (issue 15: no silent catches; a false "your file is broken" is the worst message to give).
 */
import * as path from 'path';
import * as workbook from '../../src/core/workbook';
import { rekapFile } from '../../src/cli/rekapRead';
import { REKAP_TEXT } from '../../src/core/rekap';
import { tmpDir } from '../support/cli';
import { GOLDEN } from '../support/rekap';
import { writeUnit } from '../support/rekapFiles';

afterEach(() => jest.restoreAllMocks());

describe('rekapFile', () => {
  it('reads a good unit, and says "internal" (not "corrupt") when the summary throws', async () => {
    const file = path.join(tmpDir(), 'unit.xlsx');
    await writeUnit(GOLDEN[0]!, file);
    const good = await rekapFile(file, 2);
    expect(good.ok).toBe(true);
    jest.spyOn(workbook, 'summaryOfWorkbook').mockImplementation(() => {
      throw new Error('a bug');
    });
    expect(await rekapFile(file, 2)).toEqual({ ok: false, failure: { file, reason: 'internal' } });
    expect(REKAP_TEXT.id.reason.internal).toBe(
      'kesalahan di add-in saat membaca berkas ini (bukan kesalahan berkasnya); mohon laporkan dengan berkas ini',
    );
  });

  it('still says "corrupt" for a file exceljs cannot open', async () => {
    const file = path.join(tmpDir(), 'broken.xlsx');
    const { promises: fs } = await import('fs');
    await fs.writeFile(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    expect(await rekapFile(file, 2)).toEqual({ ok: false, failure: { file, reason: 'corrupt' } });
  });
});
