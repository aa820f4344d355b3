/**
 * Hand-made zips for the pre-flight tests: entries stored as they are, with sizes, flags and
 * ZIP64 records chosen by the test (a file that claims to inflate to gigabytes, a part the zip
 * encrypts, a directory in ZIP64 form). And `claimingHuge`, a real workbook whose directory says
 * one part inflates to 4 GB.
 */
import * as fs from 'fs';
import { fixturePath } from './fixtures';

export interface Entry {
  name: string;
  data?: string;
  /** the uncompressed size the directory claims (default: the data's length) */
  claim?: number;
  /** general-purpose flags (bit 0: encrypted) */
  flags?: number;
  /** write the claimed size in a ZIP64 extra field (the 32-bit field says 0xFFFFFFFF) */
  zip64?: boolean;
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number): number[] => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];

/** A zip of stored entries; `zip64End` writes the ZIP64 end records too (the 32-bit end fields say 0xFFFF…). */
export function makeZip(entries: Entry[], opts: { zip64End?: boolean } = {}): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  for (const e of entries) {
    const name = [...Buffer.from(e.name, 'utf8')];
    const data = [...Buffer.from(e.data ?? '', 'utf8')];
    const claim = e.claim ?? data.length;
    const extra = e.zip64 ? [...u16(1), ...u16(16), ...u64(claim), ...u64(data.length)] : [];
    const size32 = e.zip64 ? 0xffffffff : claim;
    const offset = out.length;
    out.push(...u32(0x04034b50), ...u16(20), ...u16(e.flags ?? 0), ...u16(0), ...u32(0), ...u32(0));
    out.push(
      ...u32(e.zip64 ? 0xffffffff : data.length),
      ...u32(size32),
      ...u16(name.length),
      ...u16(extra.length),
      ...name,
      ...extra,
      ...data,
    );
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(e.flags ?? 0), ...u16(0), ...u32(0), ...u32(0));
    central.push(...u32(e.zip64 ? 0xffffffff : data.length), ...u32(size32), ...u16(name.length), ...u16(extra.length), ...u16(0));
    central.push(...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name, ...extra);
  }
  const dirAt = out.length;
  out.push(...central);
  if (opts.zip64End) {
    const end64 = out.length;
    out.push(...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0));
    out.push(...u64(entries.length), ...u64(entries.length), ...u64(central.length), ...u64(dirAt));
    out.push(...u32(0x07064b50), ...u32(0), ...u64(end64), ...u32(1));
    out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(0));
  } else {
    out.push(
      ...u32(0x06054b50),
      ...u16(0),
      ...u16(0),
      ...u16(entries.length),
      ...u16(entries.length),
      ...u32(central.length),
      ...u32(dirAt),
      ...u16(0),
    );
  }
  return Uint8Array.from(out);
}

/** The minimum a workbook's zip holds for the pre-flight check. */
export const WORKBOOK_PARTS: Entry[] = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
  { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' },
];

/**
 * A real workbook (the Jember RAPK, 80 KB) whose zip directory, local header included, says its
 * first sheet inflates to 4 GB: the crafted small file that claims a huge inflated size.
 */
export function claimingHuge(): Buffer {
  const buf = Buffer.from(fs.readFileSync(fixturePath('rapk-2025-jember.xlsx')));
  const target = Buffer.from('xl/worksheets/sheet1.xml');
  let patched = 0;
  for (let at = 0; at + 46 < buf.length; at++) {
    const sig = buf.readUInt32LE(at);
    if (sig === 0x04034b50) {
      const len = buf.readUInt16LE(at + 26);
      if (buf.subarray(at + 30, at + 30 + len).equals(target)) {
        buf.writeUInt32LE(0xfffffff0, at + 22);
        patched++;
      }
    } else if (sig === 0x02014b50) {
      const len = buf.readUInt16LE(at + 28);
      if (buf.subarray(at + 46, at + 46 + len).equals(target)) {
        buf.writeUInt32LE(0xfffffff0, at + 24);
        patched++;
      }
    }
  }
  if (patched !== 2) throw new Error(`sheet1.xml not found in the fixture's zip (${patched})`);
  return buf;
}

/**
 * A real workbook (the Jember RAPK) whose first sheet holds `pad` bytes more (an XML comment,
 * 8 MB unless told) than its zip directory and local header say: they claim 1,000 bytes. The
 * directory check passes it; only inflating tells (the lying directory of issue 21 item 11).
 * `honest` keeps the true sizes.
 */
export async function understating(honest = false, pad = 8_000_000): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(fs.readFileSync(fixturePath('rapk-2025-jember.xlsx')));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const at = xml.indexOf('<sheetData');
  const sheet = Buffer.concat([Buffer.from(`${xml.slice(0, at)}<!--`), Buffer.alloc(pad, 0x20), Buffer.from(`-->${xml.slice(at)}`)]);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  if (honest) return buf;
  const target = Buffer.from('xl/worksheets/sheet1.xml');
  let patched = 0;
  for (let at = 0; at + 46 < buf.length; at++) {
    const sig = buf.readUInt32LE(at);
    if (sig === 0x04034b50 && buf.subarray(at + 30, at + 30 + buf.readUInt16LE(at + 26)).equals(target)) {
      buf.writeUInt32LE(1000, at + 22);
      patched++;
    } else if (sig === 0x02014b50 && buf.subarray(at + 46, at + 46 + buf.readUInt16LE(at + 28)).equals(target)) {
      buf.writeUInt32LE(1000, at + 24);
      patched++;
    }
  }
  if (patched !== 2) throw new Error(`sheet1.xml not found in the zip (${patched})`);
  return buf;
}
