/** Bad files in the CLI: exit 2 with one line saying why, no stack trace, nothing written. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LIMITS } from '../../src/cli/xlsx';
import { fixturePath } from '../support/fixtures';
import { rapk, tmpDir } from '../support/cli';

async function expectBad(file: string, reason: RegExp): Promise<void> {
  const dir = path.dirname(file);
  const out = path.join(dir, 'out.xlsx');
  for (const args of [
    ['check', file],
    ['annotate', file, '-o', out],
    ['realisasi', file, '-o', out],
    ['summary', file, '--tw', '2', '-o', out],
  ]) {
    const r = await rapk(...args);
    expect({ args, code: r.code }).toEqual({ args, code: 2 });
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
    expect(fs.existsSync(out)).toBe(false);
  }
}

describe('bad files', () => {
  it('a workbook with 1,000 sheets', async () => {
    const dir = tmpDir();
    const f = path.join(dir, 'many.xlsx');
    const wb = new ExcelJS.Workbook();
    for (let i = 0; i < 1000; i++) wb.addWorksheet(`S${i}`).getCell('A1').value = i;
    await wb.xlsx.writeFile(f);
    await expectBad(f, /terlalu banyak sheet/);
  }, 120_000);

  it('huge shared strings (a file that inflates far beyond its size)', async () => {
    const dir = tmpDir();
    const f = path.join(dir, 'bomb.xlsx');
    const zip = await JSZip.loadAsync(fs.readFileSync(fixturePath('rapk-2025-jember.xlsx')));
    const s = zip.file('xl/sharedStrings.xml')!;
    const xml = await s.async('string');
    const filler = `<si><t>${'A'.repeat(1024 * 1024)}</t></si>`.repeat(64); // 64 MB of text
    zip.file('xl/sharedStrings.xml', xml.replace('</sst>', `${filler}</sst>`));
    fs.writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
    expect(fs.statSync(f).size).toBeLessThan(1024 * 1024);
    const saved = LIMITS.maxUncompressedBytes;
    LIMITS.maxUncompressedBytes = 32 * 1024 * 1024;
    try {
      await expectBad(f, /terlalu besar setelah dibuka/);
    } finally {
      LIMITS.maxUncompressedBytes = saved;
    }
  }, 120_000);

  it('a zip that is not a workbook', async () => {
    const dir = tmpDir();
    const f = path.join(dir, 'notwb.xlsx');
    const zip = new JSZip();
    zip.file('hello.txt', 'halo');
    fs.writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    await expectBad(f, /rusak|bukan/);
  });
});
