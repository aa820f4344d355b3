/** What the pane says about the marks themselves after Validasi (issue 21 items 1 and 9). */
import { UI } from '../../src/core/locales/pane';
import type { ValidasiResult } from '../../src/gateway/contract';
import { validasiExtra } from '../../src/taskpane/validasiExtra';

const base: ValidasiResult = {
  sheet: 'RAPK 2024',
  layout: 'K',
  year: 2024,
  unit: null,
  indicators: 30,
  findings: [],
  marked: 12,
  noteMode: 'notes',
};

describe('validasiExtra', () => {
  it('says nothing when the marks are fills and notes, in sight', () => {
    expect(validasiExtra(base)).toEqual({});
  });

  it('fills only (Excel 2021 LTSC), refused comments, conditional formats: each said, in both languages', () => {
    const r = validasiExtra({ ...base, noteMode: 'none', commentsRefused: true, mayBeHidden: true });
    for (const u of [UI.id, UI.en]) expect(r.extra!(u)).toBe(`${u.noteMode.none} ${u.commentsRefused} ${u.marksMayBeHidden}`);
  });

  it('no marks made: the fill-only sentence is not said', () => {
    expect(validasiExtra({ ...base, marked: 0, noteMode: 'none' })).toEqual({});
  });

  it('Hapus tanda that kept notes says how many and where to finish', () => {
    expect(UI.en.hapusKept({ notes: 3, comments: 0 })).toMatch(/^3 of the add-in’s notes cannot be removed/);
    expect(UI.id.hapusKept({ notes: 0, comments: 2 })).toMatch(/^2 komentar buatan add-in/);
  });
});
