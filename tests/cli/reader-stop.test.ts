/** The command line says why there is no RAPK table when the reader stopped (issue 15), with the same lines as the pane. */
import * as path from 'path';
import * as headers from '../../src/core/reader/headers';
import { fixtureGrids, fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

afterEach(() => jest.restoreAllMocks());

describe('a workbook whose RAPK sheet the reader stopped on', () => {
  it('check, realisasi and summary print the sheet and why under "no RAPK table"', async () => {
    const file = fixturePath('rapk-2025-jember.xlsx');
    const sheet = (await fixtureGrids('rapk-2025-jember.xlsx'))[0]!.name;
    jest.spyOn(headers, 'headerAt').mockImplementation(() => {
      throw new Error('row unreadable');
    });
    const line = `${sheet}: The RAPK table on this sheet could not be read: the reader stopped (row unreadable). Please report this with the file.`;
    const lead = 'no RAPK table on any sheet (no header row with INDIKATOR and TARGET/ANGGARAN)';
    for (const argv of [
      ['check', file],
      ['realisasi', file, '-o', path.join(tmpDir(), 'out.xlsx')],
      ['summary', file, '--tw', '2'],
    ]) {
      const r = await rapk(...argv, '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${lead}\n${line}\n`);
    }
  });
});
