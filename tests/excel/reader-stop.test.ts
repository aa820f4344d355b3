/**
 * The add-in says why there is no RAPK table (issue 15): a sheet the reader stopped on gives the
 * reason with `noRapk`, and RAPKs of several years give `ambiguousRapk`, not "no RAPK".
 */
import type { Grid } from '../../src/core/grid/grid';
import * as headers from '../../src/core/reader/headers';
import { GatewayError } from '../../src/gateway/contract';
import type { ProblemOf } from '../../src/core/problems';
import { UI } from '../../src/core/locales/pane';
import { readRapk } from '../../src/core/reader/readRapk';
import { planRealisasi } from '../../src/core/sheets/realisasi';
import { planToGrid } from '../../src/sample/generate';
import { rendered, smallSpec } from '../support/grids';
import { simOf, snapshot } from '../support/sim';

const rapk = (year: number, name = `RAPK ${year}`): Grid => ({ ...rendered({ ...smallSpec(), year }), name });

/** The reader stops on the sheets named `names` (its header search throws), and reads the others. */
function stopOn(...names: string[]): jest.SpyInstance {
  const headerAt = headers.headerAt;
  return jest.spyOn(headers, 'headerAt').mockImplementation((g, r, w) => {
    if (names.includes(g.name)) throw new Error('row unreadable');
    return headerAt(g, r, w);
  });
}

/** The error's problem, which must be a noRapk. */
function noRapk(e: GatewayError): ProblemOf<'noRapk'> {
  if (e.problem.kind !== 'noRapk') throw new Error(`expected noRapk, got ${e.problem.kind}`);
  return e.problem;
}

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof GatewayError)) throw new Error(`expected a GatewayError, got ${String(e)}`);
  return e;
}

afterEach(() => jest.restoreAllMocks());

describe('a sheet the reader stopped on', () => {
  it('Validasi on it: noRapk with the sheet and why; nothing changed', async () => {
    const { sim, gw } = simOf([rapk(2025, 'Rusak')]);
    stopOn('Rusak');
    const before = snapshot(sim);
    const e = await failure(gw.validasi('id'));
    expect(e.kind).toBe('noRapk');
    expect(e.done).toBe('nothing');
    expect(e.problem).toEqual({ kind: 'noRapk', sheet: 'Rusak', stops: [{ sheet: 'Rusak', reason: 'row unreadable' }] });
    expect(snapshot(sim)).toEqual(before);
    expect(UI.id.errors.noRapk(noRapk(e))).toBe(
      'Rusak: Tabel RAPK pada sheet ini tidak dapat dibaca: pembaca berhenti (row unreadable). Mohon laporkan bersama berkasnya.',
    );
    expect(UI.en.errors.noRapk(noRapk(e))).toBe(
      'Rusak: The RAPK table on this sheet could not be read: the reader stopped (row unreadable). Please report this with the file.',
    );
  });

  it('Validasi on a Realisasi sheet whose RAPK the reader stopped on: that sheet and why', async () => {
    const model = readRapk(rapk(2025)).model!;
    const { gw } = simOf([{ ...planToGrid(planRealisasi(model)), name: 'Realisasi 2025' }, rapk(2025, 'Rusak')]);
    stopOn('Rusak');
    const e = await failure(gw.validasi('id'));
    expect(e.kind).toBe('noRapk');
    expect(e.problem).toEqual({ kind: 'noRapk', sheet: 'Realisasi 2025', stops: [{ sheet: 'Rusak', reason: 'row unreadable' }] });
    expect(UI.en.errors.noRapk(noRapk(e))).toBe(
      'No readable RAPK table in this workbook. Rusak: The RAPK table on this sheet could not be read: the reader stopped (row unreadable). Please report this with the file.',
    );
  });

  it('Realisasi and Ringkasan: noRapk names the first sheet the reader stopped on, and how many', async () => {
    const { gw } = simOf([rapk(2025, 'A'), { name: 'Catatan', values: [['hello']] }, rapk(2025, 'B')]);
    stopOn('A', 'B');
    for (const run of [() => gw.realisasi('en'), () => gw.ringkasan(2, 'en')]) {
      const e = await failure(run());
      expect(e.kind).toBe('noRapk');
      expect(e.problem).toEqual({
        kind: 'noRapk',
        sheet: null,
        stops: [
          { sheet: 'A', reason: 'row unreadable' },
          { sheet: 'B', reason: 'row unreadable' },
        ],
      });
      expect(UI.en.errors.noRapk(noRapk(e))).toBe(
        'No readable RAPK table in this workbook. A: The RAPK table on this sheet could not be read: the reader stopped (row unreadable). Please report this with the file. The reader also stopped on 1 more sheet.',
      );
      expect(UI.id.errors.noRapk(noRapk(e))).toBe(
        'Tidak ada tabel RAPK yang dapat dibaca di workbook ini. A: Tabel RAPK pada sheet ini tidak dapat dibaca: pembaca berhenti (row unreadable). Mohon laporkan bersama berkasnya. Pembaca juga berhenti pada 1 sheet lain.',
      );
    }
  });

  it('a workbook without any RAPK table, where the reader stopped nowhere: the plain noRapk', async () => {
    const { gw } = simOf([{ name: 'Catatan', values: [['hello']] }]);
    const e = await failure(gw.realisasi('id'));
    expect(e.kind).toBe('noRapk');
    expect(e.problem).toEqual({ kind: 'noRapk', sheet: null, stops: [] });
  });
});

describe('RAPKs of two years', () => {
  it('Realisasi and Ringkasan say the RAPK is ambiguous, naming the sheets, not "no RAPK"', async () => {
    const { sim, gw } = simOf([rapk(2024), rapk(2025)]);
    const before = snapshot(sim);
    for (const run of [() => gw.realisasi('id'), () => gw.ringkasan(1, 'id')]) {
      const e = await failure(run());
      expect(e.kind).toBe('ambiguousRapk');
      expect(e.problem).toEqual({ kind: 'ambiguousRapk', sheets: ['RAPK 2024', 'RAPK 2025'] });
      if (e.problem.kind === 'ambiguousRapk') expect(UI.id.errors.ambiguousRapk(e.problem)).toContain('("RAPK 2024", "RAPK 2025")');
    }
    expect(snapshot(sim)).toEqual(before);
  });
});
