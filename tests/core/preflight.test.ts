/**
 * The one pre-flight check of every file a host reads (issue 21 item 11): the core's pure
 * reading of the zip's directory, and each host path refusing a crafted small file that claims a
 * huge inflated size quickly, before anything is inflated (the CLI, the Rekap worker's reader,
 * the harness's file opening).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FILE_LIMITS, preflightXlsx } from '../../src/core/file/preflight';
import { rekapBytes, type ExcelJSModule } from '../../src/xlsx/rekap';
import { UnusableFile, simFromFile } from '../../src/harness/xlsxio';
import { rapk, tmpDir } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { WORKBOOK_PARTS, claimingHuge, makeZip } from '../support/zips';

const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(fixturePath(name)));

/** Runs `fn` and returns its result with the milliseconds it took. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

describe('preflightXlsx (core, pure)', () => {
  it('passes every fixture workbook, counting sheets and the inflated size', () => {
    for (const f of ['rapk-2025-jember.xlsx', 'rapk-2024-rejang-lebong.xlsx', 'lakin-tw2-2024-dumai.xlsx']) {
      const r = preflightXlsx(fixture(f));
      expect(r).toMatchObject({ ok: true });
      if (r.ok) {
        expect(r.sheets).toBeGreaterThanOrEqual(1);
        expect(r.inflatedBytes).toBeGreaterThan(fixture(f).length);
      }
    }
    // and each part as the directory describes it (what the inflate check, src/xlsx/inflateCheck.ts, holds it to)
    expect(preflightXlsx(makeZip(WORKBOOK_PARTS))).toEqual({
      ok: true,
      entries: 3,
      inflatedBytes: 31,
      sheets: 1,
      parts: [
        { name: '[Content_Types].xml', method: 0, size: 8, compressed: 8, localAt: 0 },
        { name: 'xl/workbook.xml', method: 0, size: 11, compressed: 11, localAt: 57 },
        { name: 'xl/worksheets/sheet1.xml', method: 0, size: 12, compressed: 12, localAt: 113 },
      ],
    });
  });

  it('names what is wrong: empty, encrypted (OLE or zip-encrypted part), not a zip, not a workbook, broken', () => {
    const reason = (b: Uint8Array): string | null => {
      const r = preflightXlsx(b);
      return r.ok ? null : r.reason;
    };
    expect(reason(new Uint8Array())).toBe('empty');
    expect(reason(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('encrypted');
    expect(reason(new TextEncoder().encode('bukan zip'))).toBe('notXlsx');
    expect(reason(makeZip([{ name: 'hello.txt', data: 'halo' }]))).toBe('notXlsx');
    expect(reason(makeZip([...WORKBOOK_PARTS, { name: 'xl/secret.xml', data: 'x', flags: 1 }]))).toBe('encrypted');
    const whole = fixture('rapk-2025-jember.xlsx');
    // truncated: the directory is gone, or points past the end
    expect(reason(whole.subarray(0, whole.length - 200))).toBe('corrupt');
    expect(reason(whole.subarray(0, 5000))).toBe('corrupt');
  });

  it('refuses by the limits: file size, inflated size, sheets, parts', () => {
    const zip = makeZip(WORKBOOK_PARTS);
    expect(preflightXlsx(zip, { ...FILE_LIMITS, maxFileBytes: 10 })).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(preflightXlsx(zip, { ...FILE_LIMITS, maxUncompressedBytes: 20 })).toMatchObject({ ok: false, reason: 'tooLargeInflated' });
    expect(preflightXlsx(zip, { ...FILE_LIMITS, maxSheets: 0 })).toMatchObject({ ok: false, reason: 'tooManySheets' });
    expect(preflightXlsx(zip, { ...FILE_LIMITS, maxEntries: 2 })).toMatchObject({ ok: false, reason: 'tooLargeInflated' });
  });

  it('reads the ZIP64 forms: sizes in the extra field, the 64-bit end records', () => {
    const parts = [...WORKBOOK_PARTS, { name: 'xl/sharedStrings.xml', data: '<sst/>', claim: 3 * 2 ** 32, zip64: true }];
    expect(preflightXlsx(makeZip(parts))).toMatchObject({ ok: false, reason: 'tooLargeInflated' });
    expect(preflightXlsx(makeZip(parts, { zip64End: true }))).toMatchObject({ ok: false, reason: 'tooLargeInflated' });
    const small = [...WORKBOOK_PARTS, { name: 'xl/sharedStrings.xml', data: '<sst/>', zip64: true }];
    expect(preflightXlsx(makeZip(small, { zip64End: true }))).toMatchObject({ ok: true, entries: 4, sheets: 1 });
    // the ZIP64 extra field's sizes, in their order (uncompressed, then compressed)
    const wide = preflightXlsx(makeZip(small, { zip64End: true }));
    expect(wide.ok && wide.parts[3]).toMatchObject({ name: 'xl/sharedStrings.xml', size: 6, compressed: 6 });
  });

  it('a crafted 80 KB workbook that claims a 4 GB sheet is refused in milliseconds', async () => {
    const bytes = claimingHuge();
    expect(bytes.length).toBeLessThan(200 * 1024);
    const { value, ms } = await timed(() => preflightXlsx(bytes));
    expect(value).toMatchObject({ ok: false, reason: 'tooLargeInflated' });
    expect(ms).toBeLessThan(100);
  });
});

describe('every host path refuses the crafted file quickly, with the reason', () => {
  const bytes = claimingHuge();

  it('the CLI (rapk check and rapk rekap): exit 2, "too large once opened"', async () => {
    const dir = tmpDir();
    const f = path.join(dir, 'bom.xlsx');
    fs.writeFileSync(f, bytes);
    const { value: r, ms } = await timed(() => rapk('check', f));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/terlalu besar setelah dibuka/);
    expect(ms).toBeLessThan(1000);
    const rekap = await rapk(
      'rekap',
      f,
      fixturePath('lakin-tw2-2024-dumai.xlsx'),
      '--tw',
      '2',
      '-o',
      path.join(dir, 'rekap.xlsx'),
      '--lang',
      'en',
    );
    expect(rekap.out + rekap.err).toMatch(/bom\.xlsx: the file is too large once opened/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the Rekap worker's reader (rekapBytes): the file listed as failed, tooLargeInflated", async () => {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { value, ms } = await timed(() => rekapBytes(ExcelJS as unknown as ExcelJSModule, 'bom.xlsx', ab, 2));
    expect(value).toEqual({ ok: false, failure: { file: 'bom.xlsx', reason: 'tooLargeInflated' } });
    expect(ms).toBeLessThan(100);
  });

  it("the harness's file opening: refused before exceljs is loaded", async () => {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { value, ms } = await timed(() =>
      simFromFile(ab).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(value).toBeInstanceOf(UnusableFile);
    expect((value as UnusableFile).reason).toBe('tooLargeInflated');
    expect(ms).toBeLessThan(100);
  });
});
