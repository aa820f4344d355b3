/**
 * Microsoft's own office.js client (`@microsoft/office-js`, a test-time devDependency: never
 * vendored, patched or bundled) serializes batches shaped like the adapter's; the request sizes
 * the adapter budgets with must not be below what it measures (ADR 007).
 */
import {
  BYTES_PER_BORDERS,
  BYTES_PER_EMPTY_CELL,
  BYTES_PER_FILLED_CELL,
  BYTES_PER_MERGE,
  BYTES_PER_NUMBER_FORMAT,
  BYTES_PER_EXTRA_PROP,
  BYTES_PER_NOTE_OP,
  BYTES_PER_RANGE_OP,
} from '../../src/excel/batch';
import { loadOfficeJs } from '../support/officejs';

type Ws = any;

const bodies: string[] = [];
let Ex: any;

beforeAll(() => {
  const { OE, Excel } = loadOfficeJs();
  Ex = Excel;
  // the transport: every sync's batch is captured; the response is empty
  class Capture extends OE.SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<unknown> {
      return Promise.resolve({ url: 'test', headers: {} });
    }
    _createRequestExecutorOrNull(): unknown {
      return {
        executeAsync: (_c: unknown, _f: unknown, msg: { Body: unknown }) => {
          bodies.push(JSON.stringify(msg.Body));
          return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: null, Body: { Results: [] } });
        },
      };
    }
    get eventRegistration(): null {
      return null;
    }
  }
  OE.SessionBase._overrideSession = new Capture();
});

/** Request bytes of a batch of n operations. */
async function size(n: number, op: (ws: Ws, i: number) => void): Promise<number> {
  const ctx = new Ex.RequestContext();
  const ws = ctx.workbook.worksheets.getItem('RAPK 2024');
  for (let i = 0; i < n; i++) op(ws, i);
  bodies.length = 0;
  await ctx.sync().catch(() => undefined);
  return bodies[0]!.length;
}

/** Bytes each further operation adds (1,000 more). */
async function per(op: (ws: Ws, i: number) => void): Promise<number> {
  return ((await size(1100, op)) - (await size(100, op))) / 1000;
}

/** What Excel.run adds per range it keeps by reference (OFFICE-NOTES: 270 B → 560 B per range). */
const TRACKING = 280;

describe("Microsoft's client: request bytes per operation", () => {
  it('a range and one fill property: within BYTES_PER_RANGE_OP', async () => {
    const b = await per((ws, i) => (ws.getRange(`B${i + 10}:F${i + 10}`).format.fill.color = '#FFEB84'));
    expect(b).toBeGreaterThan(500);
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_RANGE_OP);
  });

  it('four fill properties on one range (exact restore): within the budget for them', async () => {
    const b = await per((ws, i) => {
      const f = ws.getRange(`B${i + 10}:F${i + 10}`).format.fill;
      f.color = '#FFEB84';
      f.pattern = 'Gray50';
      f.patternColor = '#112233';
      f.tintAndShade = 0.4;
    });
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_RANGE_OP + 3 * BYTES_PER_EXTRA_PROP);
  });

  it('six border edges of one range: within BYTES_PER_BORDERS', async () => {
    const b = await per((ws, i) => {
      const r = ws.getRange(`B${i + 10}:F${i + 10}`);
      for (const e of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'])
        r.format.borders.getItem(e).style = 'Continuous';
    });
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_BORDERS);
  });

  it("a cell's fill loaded: within BYTES_PER_RANGE_OP", async () => {
    const b = await per((ws, i) => ws.getRange(`B${i + 10}`).format.fill.load('color,pattern,patternColor,tintAndShade'));
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_RANGE_OP);
  });

  it('a comment added on a Range (empty text): within BYTES_PER_NOTE_OP', async () => {
    const b = await per((ws, i) => ws.comments.add(ws.getRange(`B${i + 10}`), ''));
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_NOTE_OP);
  });

  it('a merge: within BYTES_PER_MERGE', async () => {
    const b = await per((ws, i) => ws.getRange(`B${i + 10}:F${i + 10}`).merge(false));
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_MERGE);
  });

  it('a 1x1 number format on a column run: within BYTES_PER_NUMBER_FORMAT', async () => {
    const b = await per((ws, i) => (ws.getRangeByIndexes(i, 3, 10, 1).numberFormat = [['@']]));
    expect(b + TRACKING).toBeLessThanOrEqual(BYTES_PER_NUMBER_FORMAT);
  });

  it('setCellProperties: bytes per cell with a fill and per cell left alone, within the budget for them', async () => {
    const cells =
      (fill: boolean) =>
      async (n: number): Promise<number> =>
        size(1, (ws) =>
          ws
            .getRangeByIndexes(0, 3, n, 1)
            .setCellProperties(Array.from({ length: n }, () => [fill ? { format: { fill: { color: '#FFEB84' } } } : {}])),
        );
    const filled = ((await cells(true)(1100)) - (await cells(true)(100))) / 1000;
    const empty = ((await cells(false)(1100)) - (await cells(false)(100))) / 1000;
    expect(filled).toBeLessThanOrEqual(BYTES_PER_FILLED_CELL);
    expect(empty).toBeLessThanOrEqual(BYTES_PER_EMPTY_CELL);
  });

  it('a multi-area address is sent as one string argument: its separator is left to the host', async () => {
    await size(1, (ws) => (ws.getRanges('B7:C7,G10').format.fill.color = '#FF0000'));
    expect(bodies[0]).toContain('"Name":"GetRanges","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":["B7:C7,G10"]}');
  });
});
