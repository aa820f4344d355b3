/** Issue 11 item 7: the gateway's worksheet events, over the simulator. */
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';
import type { WorkbookEvent } from '../../src/gateway/contract';

function setup(apiVersion = 18) {
  const sim = new ExcelSimulator({ apiVersion });
  loadPlan(sim, samplePlan(false));
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  return { sim, gw };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('WorkbookGateway.subscribe', () => {
  it('reports sheets added and activated by a command, and a tab clicked by the planner; nothing after unsubscribe', async () => {
    const { sim, gw } = setup();
    const seen: WorkbookEvent[] = [];
    const off = await gw.subscribe((e) => seen.push(e));
    expect(sim.events.listeners).toBe(4);
    await gw.realisasi('id');
    await settle();
    expect(seen).toContain('added');
    seen.length = 0;
    await gw.select('RAPK 2025', 'B7');
    await settle();
    expect(seen).toEqual(['activated']);
    seen.length = 0;
    sim.store.activeId = sim.store.sheet('Realisasi 2025')!.id;
    sim.events.notice();
    await settle();
    expect(seen).toEqual(['activated']);
    await off();
    expect(sim.events.listeners).toBe(0);
    seen.length = 0;
    await gw.select('RAPK 2025', 'B7');
    await settle();
    expect(seen).toEqual([]);
  });

  it('before ExcelApi 1.17 there is no rename event to subscribe to (3 handlers)', async () => {
    const { sim, gw } = setup(16);
    await gw.subscribe(() => undefined);
    expect(sim.events.listeners).toBe(3);
  });

  it('an Excel older than 1.9 subscribes to nothing', async () => {
    const { sim, gw } = setup(8);
    const off = await gw.subscribe(() => undefined);
    expect(sim.events.listeners).toBe(0);
    await off();
  });
});
