/** Marks are recognised by what was recorded when they were written, never by a "RAPK" prefix. */
import { planMarks } from '../../src/core/sheets/marks';
import {
  type CellNow,
  emptyState,
  parseMarksState,
  planValidasiMarks,
  recordBytes,
  restoreStep,
  userPart,
} from '../../src/core/sheets/marksState';
import { finding } from '../../src/core/rules/findings';
import { simWith, snapshot } from '../support/sim';

const PLANNER = 'RAPK revisi ke-1: angka dari Pak Budi';

describe('core marks state', () => {
  const plan = planMarks('RAPK 2024', [finding('T01', 'RAPK 2024', ['F7'], { kode: '01.01' } as never)], 'id');
  const mark = plan.marks[0]!;

  it('a planner note starting with RAPK is the planner’s: kept above ours and restored alone', () => {
    const now: CellNow = { fill: null, note: PLANNER };
    const m = planValidasiMarks(emptyState(), { id: 's1', name: 'RAPK 2024' }, plan, 'notes', () => now);
    expect(m.mark).toEqual([{ a: 'F7', fill: '#FF7C80', note: `${PLANNER}\n\n${mark.note}` }]);
    const saved = m.state.sheets[0]!.cells[0]!;
    expect(saved).toEqual({ a: 'F7', fill: null, note: PLANNER, mark: '#FF7C80', added: mark.note });
    expect(restoreStep(saved, { fill: { color: '#FF7C80', pattern: 'Solid' }, note: `${PLANNER}\n\n${mark.note}` }, 'notes')).toEqual({
      a: 'F7',
      fill: null,
      note: PLANNER,
    });
  });

  it('a note that is only the planner’s "RAPK …" text is never taken for ours', () => {
    expect(userPart(PLANNER, mark.note)).toBe(PLANNER);
    const saved = { a: 'F7', fill: null, note: null, mark: '#FF7C80', added: mark.note };
    // the planner replaced our note with their own: restore leaves it
    expect(restoreStep(saved, { fill: null, note: PLANNER }, 'notes')).toEqual({ a: 'F7', fill: 'keep', note: 'keep' });
  });

  it('running again keeps the first originals and replaces our text, whatever language it was in', () => {
    const first = planValidasiMarks(emptyState(), { id: 's1', name: 'R' }, plan, 'notes', () => ({ fill: null, note: PLANNER }));
    const en = planMarks('RAPK 2024', [finding('T01', 'RAPK 2024', ['F7'], { kode: '01.01' } as never)], 'en');
    const again = planValidasiMarks(first.state, { id: 's1', name: 'R' }, en, 'notes', () => ({
      fill: { color: '#FF7C80', pattern: 'Solid' },
      note: first.mark[0]!.note,
    }));
    expect(again.mark[0]!.note).toBe(`${PLANNER}\n\n${en.marks[0]!.note}`);
    expect(again.state.sheets[0]!.cells[0]).toMatchObject({ fill: null, note: PLANNER, added: en.marks[0]!.note, was: [mark.note] });
  });
});

describe('a state saved by an older version (no recorded text)', () => {
  it('only "RAPK " lines after the saved planner note are taken for ours', () => {
    const legacy = parseMarksState(
      JSON.stringify({
        v: 1,
        sheets: [{ id: 's1', name: 'R', mode: 'notes', cells: [{ a: 'F7', fill: null, note: 'cek', mark: '#FF7C80' }] }],
      }),
    );
    const cell = legacy.sheets[0]!.cells[0]!;
    const shows = { color: '#FF7C80', pattern: 'Solid' };
    expect(restoreStep(cell, { fill: shows, note: 'cek\n\nRAPK T01 (Kesalahan): x' }, 'notes')).toEqual({
      a: 'F7',
      fill: null,
      note: 'cek',
    });
    // the planner's own note changed since: nothing is taken
    expect(restoreStep(cell, { fill: shows, note: 'RAPK revisi ke-2' }, 'notes')).toEqual({ a: 'F7', fill: null, note: 'keep' });
    // a fill-only mark of this version records that it added nothing: no guess at all
    expect(restoreStep({ ...cell, note: null, added: '' }, { fill: shows, note: 'RAPK revisi ke-2' }, 'notes')).toEqual({
      a: 'F7',
      fill: null,
      note: 'keep',
    });
  });
});

describe('the saved state is bounded (the Excel host: one request)', () => {
  it('marks past maxStateChars are not made; a cell the last run marked and this one cannot is put back', () => {
    const plan2 = planMarks(
      'R',
      [finding('T01', 'R', ['F7'], { kode: '01.01' } as never), finding('T01', 'R', ['F8'], { kode: '01.02' } as never)],
      'id',
    );
    const none = (): CellNow => ({ fill: null, note: null });
    const all = planValidasiMarks(emptyState(), { id: 's1', name: 'R' }, plan2, 'notes', none);
    expect(all.mark.map((m) => m.a)).toEqual(['F7', 'F8']);
    // room for exactly one cell, counted as the record travels (recordBytes: XML text in a JSON
    // request): the other sheets' marks ("[]"), the wrapping (300), one cell and its comma
    const full = recordBytes('[]') + 300 + recordBytes(JSON.stringify(all.state.sheets[0]!.cells[0])) + 1;
    const one = planValidasiMarks(emptyState(), { id: 's1', name: 'R' }, plan2, 'notes', none, () => false, full);
    expect(one.mark.map((m) => m.a)).toEqual(['F7']);
    expect(one.state.sheets[0]!.cells.map((c) => c.a)).toEqual(['F7']);
    // the last run marked both: F8 (still shown with our colour and note) is restored
    const shows = (a: string): CellNow => ({ fill: { color: '#FF7C80', pattern: 'Solid' }, note: all.mark.find((m) => m.a === a)!.note });
    const again = planValidasiMarks(all.state, { id: 's1', name: 'R' }, plan2, 'notes', shows, () => false, full);
    expect(again.mark.map((m) => m.a)).toEqual(['F7']);
    expect(again.restore).toEqual([{ a: 'F8', fill: null, note: null }]);
  });
});

describe('Validasi → Hapus tanda on the simulator', () => {
  it('a planner note beginning with "RAPK" survives, with and without a mark on its cell', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx');
    const s = sim.store.sheet('RAPK 2024')!;
    s.notes.set('P26', PLANNER); // a marked cell (A01)
    s.notes.set('B2', 'RAPK disusun ulang'); // not marked
    const before = snapshot(sim);
    await gw.validasi('id');
    expect(s.notes.get('P26')).toMatch(/^RAPK revisi ke-1: angka dari Pak Budi\n\nRAPK A01 \(Kesalahan\)/);
    expect(s.notes.get('B2')).toBe('RAPK disusun ulang');
    await gw.validasi('en');
    expect(s.notes.get('P26')).toMatch(/^RAPK revisi ke-1: angka dari Pak Budi\n\nRAPK A01 \(Error\)/);
    await gw.hapusTanda();
    expect(snapshot(sim)).toEqual(before);
  });

  it('comment mode: a planner comment beginning with "RAPK" is never deleted', async () => {
    const { sim, gw } = await simWith('rapk-2024-rejang-lebong-errors.xlsx', { apiVersion: 12 });
    const s = sim.store.sheet('RAPK 2024')!;
    s.comments.push({ id: 'u1', address: 'B2', content: 'RAPK final, jangan diubah' });
    s.comments.push({ id: 'u2', address: 'P26', content: 'RAPK revisi ke-2' });
    await gw.validasi('id');
    await gw.validasi('id');
    expect(s.comments.filter((c) => c.id.startsWith('u'))).toHaveLength(2);
    // P26 holds the planner's comment: fill only there
    expect(s.comments.filter((c) => c.address === 'P26')).toEqual([{ id: 'u2', address: 'P26', content: 'RAPK revisi ke-2' }]);
    await gw.hapusTanda();
    expect(s.comments).toEqual([
      { id: 'u1', address: 'B2', content: 'RAPK final, jangan diubah' },
      { id: 'u2', address: 'P26', content: 'RAPK revisi ke-2' },
    ]);
  });
});
