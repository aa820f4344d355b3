/**
 * The pre-flight check's second half (issue 21 item 11). The zip's directory says how far each
 * part inflates, and `preflightXlsx` refuses a file whose parts say too much; but a hostile or
 * broken file can say too little: a 5 MB file whose sheet part claims 1,000 bytes and inflates to
 * 2.2 GB passes the directory check, and exceljs (through JSZip) inflates all of it — 2 GB of
 * memory in 13–20 s before the process dies. Here every deflated part is inflated as a stream,
 * counting, and abandoned as soon as it passes its declared size or the total passes the limit:
 * at most one input slice's output is held at a time, and nothing is kept.
 *
 * Only an overflow is judged: a part that fails to inflate is left to exceljs, which says
 * "corrupt" as before, so this check never refuses a file the reader would have read.
 * It uses the platform's `DecompressionStream` (browsers, the Rekap worker, Node ≥ 18).
 */
import { FILE_LIMITS, type FileLimits, type ZipPart } from '../core/file/preflight';

/** compressed bytes handed to the inflater at a time: its output per slice is at most ~1,000 times this */
const SLICE = 64 * 1024;
const SIG_LOCAL = 0x04034b50;

/** The bytes of a part's compressed data (after its local header), or null when the header is not where the directory says. */
function dataOf(bytes: Uint8Array, p: ZipPart): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = p.localAt;
  if (!Number.isFinite(at) || at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + p.compressed;
  if (!Number.isFinite(end) || end > bytes.length) return null;
  return bytes.subarray(start, end);
}

/** How many bytes the data inflates to, stopping once past `stop` (then `stop + 1` or more); null when it does not inflate. */
async function inflatedSize(data: Uint8Array, stop: number): Promise<number | null> {
  let at = 0;
  const source = new ReadableStream<BufferSource>(
    {
      pull(c) {
        if (at >= data.length) {
          c.close();
          return;
        }
        // a copy: the inflater may hold the chunk after the bytes' buffer is reused
        c.enqueue(data.slice(at, at + SLICE));
        at += SLICE;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return n;
      n += value.length;
      if (n > stop) {
        await reader.cancel().catch(() => undefined);
        return n;
      }
    }
  } catch {
    return null;
  }
}

/**
 * The first deflated part that inflates past what the directory says it does, or past the limit
 * with the parts before it; null when there is none (nothing inflated is kept).
 */
export async function overflowingPart(
  bytes: Uint8Array,
  parts: readonly ZipPart[],
  limits: FileLimits = FILE_LIMITS,
): Promise<string | null> {
  let total = 0;
  for (const p of parts) {
    if (p.method !== 8) continue;
    const data = dataOf(bytes, p);
    if (!data) continue;
    const stop = Math.min(p.size, limits.maxUncompressedBytes - total);
    const n = await inflatedSize(data, stop);
    if (n === null) continue;
    if (n > stop) return p.name;
    total += n;
  }
  return null;
}
