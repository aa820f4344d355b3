/**
 * A zip directory that says too little (issue 21 item 11): a part declared at 1,000 bytes that
 * inflates to 8 MB passes the directory's check; the inflate check counts it and refuses the
 * file in every host's path (the CLI, the Rekap worker's reader, the harness's file opening),
 * and the same file with its true sizes is read as before.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile, UnusableFileError } from '../../src/cli/xlsx';
import { FILE_LIMITS, preflightXlsx } from '../../src/core/file/preflight';
import { simFromFile } from '../../src/harness/xlsxio';
import { overflowingPart } from '../../src/xlsx/inflateCheck';
import { type ExcelJSModule, gridsOfBytes } from '../../src/xlsx/rekap';
import { tmpDir } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { understating } from '../support/zips';

const ab = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

let liar: Buffer;
let honest: Buffer;
beforeAll(async () => {
  liar = await understating();
  honest = await understating(true);
});

describe('overflowingPart', () => {
  it('the lying file passes the directory check and fails this one; its honest twin passes both', async () => {
    const pre = preflightXlsx(liar);
    if (!pre.ok) throw new Error(pre.reason);
    expect(pre.parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')).toMatchObject({ method: 8, size: 1000 });
    expect(await overflowingPart(liar, pre.parts)).toBe('xl/worksheets/sheet1.xml');
    const h = preflightXlsx(honest);
    if (!h.ok) throw new Error(h.reason);
    expect(h.inflatedBytes).toBeGreaterThan(8_000_000);
    expect(await overflowingPart(honest, h.parts)).toBeNull();
  });

  it('parts that together pass the limit are refused though each tells the truth', async () => {
    const h = preflightXlsx(honest);
    if (!h.ok) throw new Error(h.reason);
    expect(await overflowingPart(honest, h.parts, { ...FILE_LIMITS, maxUncompressedBytes: 4_000_000 })).not.toBeNull();
  });

  it('every golden fixture passes', async () => {
    for (const f of fs.readdirSync(fixturePath('.')).filter((x) => x.endsWith('.xlsx'))) {
      const b = new Uint8Array(fs.readFileSync(fixturePath(f)));
      const pre = preflightXlsx(b);
      if (!pre.ok) continue;
      expect([f, await overflowingPart(b, pre.parts)]).toEqual([f, null]);
    }
  });

  it('a part whose data does not inflate is left to the reader (not judged here)', async () => {
    const b = Buffer.from(honest);
    const pre = preflightXlsx(b);
    if (!pre.ok) throw new Error(pre.reason);
    const p = pre.parts.find((x) => x.name === 'xl/worksheets/sheet1.xml')!;
    const start = p.localAt + 30 + b.readUInt16LE(p.localAt + 26) + b.readUInt16LE(p.localAt + 28);
    b.fill(0xff, start, start + 64);
    expect(await overflowingPart(b, pre.parts)).toBeNull();
  });
});

describe('every host refuses the lying file as "too large once opened", quickly', () => {
  it('the CLI', async () => {
    const f = path.join(tmpDir(), 'bohong.xlsx');
    fs.writeFileSync(f, liar);
    const t0 = Date.now();
    await expect(loadWorkbookFile(f)).rejects.toMatchObject({
      reason: 'tooLargeInflated',
      message: 'tooLargeInflated: xl/worksheets/sheet1.xml',
    });
    expect(Date.now() - t0).toBeLessThan(2000);
    await expect(loadWorkbookFile(f)).rejects.toBeInstanceOf(UnusableFileError);
    const g = path.join(tmpDir(), 'jujur.xlsx');
    fs.writeFileSync(g, honest);
    expect((await loadWorkbookFile(g)).wb.worksheets.length).toBeGreaterThan(0);
  });

  it("the Rekap worker's reader (and the comparison's)", async () => {
    expect(await gridsOfBytes(ExcelJS as unknown as ExcelJSModule, ab(liar))).toEqual({ ok: false, reason: 'tooLargeInflated' });
    expect((await gridsOfBytes(ExcelJS as unknown as ExcelJSModule, ab(honest))).ok).toBe(true);
  });

  it("the harness's file opening", async () => {
    await expect(simFromFile(ab(liar))).rejects.toMatchObject({ reason: 'tooLargeInflated' });
    expect((await simFromFile(ab(honest))).store.sheets.length).toBeGreaterThan(0);
  });
});
