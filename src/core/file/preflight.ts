/**
 * The one check every workbook file passes before anything parses it (issue 21 item 11): the
 * CLI, the pane's Rekap worker and the harness's file opening all call `preflightXlsx` on the
 * file's bytes. It reads the zip's central directory only (nothing is inflated), so a file that
 * claims to inflate to gigabytes is refused in milliseconds, before exceljs or JSZip allocate
 * anything for it. Pure: bytes in, a verdict out (no Node, DOM or zip library).
 */
import type { UnusableReason } from '../workbook';

/** Limits that protect an office machine (or Excel's own task pane) from a hostile or broken file. */
export const FILE_LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  maxSheets: 500,
  /** what the file's parts may inflate to, in total: a small file with gigabytes of text is refused */
  maxUncompressedBytes: 1024 * 1024 * 1024,
  /** parts in the zip (a workbook of 500 sheets has a few thousand) */
  maxEntries: 20_000,
};

export type FileLimits = typeof FILE_LIMITS;

export type PreflightReason = Extract<
  UnusableReason,
  'empty' | 'encrypted' | 'notXlsx' | 'corrupt' | 'tooLarge' | 'tooLargeInflated' | 'tooManySheets'
>;

/** A part as the zip's directory describes it (what `xlsx/inflateCheck.ts` holds the part to). */
export interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  /** the size the directory says the part inflates to */
  size: number;
  compressed: number;
  /** where the part's local header starts */
  localAt: number;
}

export type Preflight =
  | { ok: true; entries: number; inflatedBytes: number; sheets: number; parts: ZipPart[] }
  | { ok: false; reason: PreflightReason; detail: string };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
/** the end record's fixed size; a zip comment of up to 65,535 bytes may follow it */
const END_SIZE = 22;

const fail = (reason: PreflightReason, detail = ''): Preflight => ({ ok: false, reason, detail });

/**
 * What the bytes of a workbook say before it is opened: empty, an OLE compound file (an
 * encrypted, password-protected workbook or an old .xls), not a zip, too large, too many parts
 * or sheets, parts encrypted by the zip, or parts that inflate past the limit.
 */
export function preflightXlsx(bytes: Uint8Array, limits: FileLimits = FILE_LIMITS): Preflight {
  const n = bytes.length;
  if (n === 0) return fail('empty');
  if (n >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return fail('encrypted');
  if (n > limits.maxFileBytes) return fail('tooLarge', String(n));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32;
  if (n < 4 || u32(0) !== SIG_LOCAL) return fail('notXlsx');

  // the end of central directory record: the last one within the final 64 KiB
  let end = -1;
  for (let at = n - END_SIZE; at >= Math.max(0, n - END_SIZE - 0xffff); at--) {
    if (u32(at) === SIG_END) {
      end = at;
      break;
    }
  }
  if (end < 0) return fail('corrupt', 'no zip directory');
  let entries = u16(end + 10);
  let dirSize = u32(end + 12);
  let dirAt = u32(end + 16);
  if (entries === 0xffff || dirSize === 0xffffffff || dirAt === 0xffffffff) {
    // ZIP64: the locator just before the end record points at the 64-bit end record
    const loc = end - 20;
    if (loc < 0 || u32(loc) !== SIG_END64_LOCATOR) return fail('corrupt', 'no zip64 locator');
    const end64 = u64(loc + 8);
    if (end64 + 56 > n || u32(end64) !== SIG_END64) return fail('corrupt', 'no zip64 directory');
    entries = u64(end64 + 32);
    dirSize = u64(end64 + 40);
    dirAt = u64(end64 + 48);
  }
  if (entries > limits.maxEntries) return fail('tooLargeInflated', `${entries} parts`);
  if (dirAt + dirSize > n) return fail('corrupt', 'zip directory outside the file');

  let inflated = 0;
  const parts: ZipPart[] = [];
  let sheets = 0;
  let workbook = false;
  let at = dirAt;
  const decoder = new TextDecoder();
  for (let i = 0; i < entries; i++) {
    if (at + 46 > n || u32(at) !== SIG_CENTRAL) return fail('corrupt', 'broken zip directory');
    const flags = u16(at + 8);
    let size = u32(at + 24);
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    if (at + 46 + nameLen + extraLen + commentLen > n) return fail('corrupt', 'broken zip directory');
    let compressed = u32(at + 20);
    let localAt = u32(at + 42);
    // ZIP64: the extra field holds, in this order, each of the three that says 0xFFFFFFFF
    const wide = zip64Fields(view, at + 46 + nameLen, extraLen);
    if (size === 0xffffffff) size = wide.shift() ?? Infinity;
    if (compressed === 0xffffffff) compressed = wide.shift() ?? Infinity;
    if (localAt === 0xffffffff) localAt = wide.shift() ?? Infinity;
    // bit 0: the part is encrypted by the zip itself
    if (flags & 1) return fail('encrypted');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    if (name === 'xl/workbook.xml' || name === 'xl/workbook.bin') workbook = true;
    if (/^xl\/(worksheets|chartsheets)\/[^/]+\.(xml|bin)$/.test(name)) sheets++;
    parts.push({ name, method: u16(at + 10), size, compressed, localAt });
    inflated += size;
    if (inflated > limits.maxUncompressedBytes) return fail('tooLargeInflated', `${name}: more than ${limits.maxUncompressedBytes} bytes`);
    at += 46 + nameLen + extraLen + commentLen;
  }
  if (!workbook) return fail('notXlsx', 'no xl/workbook.xml');
  if (sheets > limits.maxSheets) return fail('tooManySheets', String(sheets));
  return { ok: true, entries, inflatedBytes: inflated, sheets, parts };
}

/** The 64-bit values of a central entry's ZIP64 extra field (header 0x0001), in their order. */
function zip64Fields(view: DataView, at: number, len: number): number[] {
  const stop = at + len;
  while (at + 4 <= stop) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let k = 0; k + 8 <= size && at + 4 + k + 8 <= stop; k += 8)
        out.push(view.getUint32(at + 4 + k, true) + view.getUint32(at + 8 + k, true) * 2 ** 32);
      return out;
    }
    at += 4 + size;
  }
  return [];
}
