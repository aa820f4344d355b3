/** Issue 12, CLI: --tw II and --tw 2, English plurals, our own message for a missing -o, summary with nothing typed. */
import * as path from 'path';
import { parseTw } from '../../src/cli/realisasiSummary';
import { fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

describe('rapk messages', () => {
  it('--tw takes 1-4 and I-IV (and TW II, Q2)', () => {
    expect(['1', '2', '3', '4', 'I', 'II', 'iii', 'IV', 'TW II', 'tw2', 'Q2'].map(parseTw)).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 2, 2, 2]);
    expect(['0', '5', 'V', '2.0', '', 'II I', 'dua'].map(parseTw)).toEqual([null, null, null, null, null, null, null]);
  });

  it('summary --tw II gives the same JSON as --tw 2', async () => {
    const a = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', 'II', '--json');
    const b = await rapk('summary', fixturePath('lakin-tw2-2024-dumai.xlsx'), '--tw', '2', '--json');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).npss).toBe(101.67);
  });

  it('English plurals: 1 warning, 1 error, 1 indicator', async () => {
    const r = await rapk('check', fixturePath('rapk-2024-rejang-lebong-errors.xlsx'), '--lang', 'en');
    expect(r.out).toMatch(/\d+ errors?, \d+ warnings?, \d+ info\n$/);
    expect(r.out).not.toMatch(/\b1 (errors|warnings|indicators|cells)\b/);
  });

  it.each([
    [
      'annotate',
      'id',
      'rapk: berkas keluaran belum diberikan: tambahkan -o BERKAS.xlsx (contoh: rapk annotate masukan.xlsx -o hasil.xlsx)',
    ],
    ['realisasi', 'en', 'rapk: no output file given: add -o FILE.xlsx (e.g. rapk realisasi input.xlsx -o result.xlsx)'],
  ])('%s without -o gets our own message (%s), exit 2', async (cmd, lang, line) => {
    const r = await rapk(cmd, fixturePath('rapk-2025-jember.xlsx'), '--lang', lang);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${line}\n`);
  });

  it('summary with nothing typed for the quarter says so on stderr; the JSON stays clean on stdout', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    expect((await rapk('realisasi', fixturePath('rapk-2025-jember.xlsx'), '-o', one)).code).toBe(0);
    const r = await rapk('summary', one, '--tw', '2');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).npss).toBeNull();
    expect(r.err.split('\n')).toEqual([
      'rapk: belum ada realisasi TW II yang diisi di sheet Realisasi; capaian dan NPSS belum dapat dihitung',
      // the Jember fixture has one real error in its RAPK
      'rapk: RAPK (sheet "RAPK 2025") masih memiliki 1 kesalahan; lihat dengan: rapk check BERKAS.xlsx',
      '',
    ]);
  });

  it('realisasi and summary say when the RAPK still has errors', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'one.xlsx');
    const r = await rapk('realisasi', fixturePath('rapk-2024-rejang-lebong-errors.xlsx'), '-o', one, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^rapk: the RAPK \(sheet "RAPK 2024"\) still has \d+ errors; see them with: rapk check FILE\.xlsx\n$/);
    const s = await rapk('summary', one, '--tw', '1');
    expect(s.err).toMatch(/^rapk: RAPK \(sheet "RAPK 2024"\) masih memiliki \d+ kesalahan; lihat dengan: rapk check BERKAS\.xlsx$/m);
  });
});
