import { type Finding, type ParamsOf, RULE_CODES, finding } from '../../src/core/rules/findings';
import { CATALOGUES, messageOf } from '../../src/core/locales';
import { planMarks } from '../../src/core/sheets/marks';

describe('message catalogues', () => {
  it('have the same keys in every language (parity)', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(CATALOGUES.en.rules)).toEqual(keys(CATALOGUES.id.rules));
    expect(keys(CATALOGUES.en.field)).toEqual(keys(CATALOGUES.id.field));
    expect(keys(CATALOGUES.id.rules)).toEqual([...RULE_CODES].sort());
  });

  it('give a non-empty message for every code in both languages', () => {
    for (const code of RULE_CODES) {
      // one bag with every parameter name, for every code (each code's own type is checked in tests/types)
      const f = finding(
        code,
        'S',
        ['A1'],
        {
          kode: '01.01',
          month: 'B12',
          lastMonth: 'B12',
          prevMonth: 'B11',
          prevValue: 2,
          text: 'x',
          value: 1,
          kind: 'x',
          field: 'anggaran',
          row: 5,
          no: '01',
          indicator: 'Persentase',
          line: 'RO / K / S',
          lines: 2,
          indicators: '01.01, 01.02',
          kontribusi: 2,
          anggaran: 1,
          firstKode: '01.02',
          firstValue: 3,
          column: 'total',
          sum: 1,
          total: 2,
          want: 3,
          summary: 2,
          tw: 'TW II',
          rapk: 5,
          pk: 4,
          pkSheet: 'PK 2024',
          pkCell: 'D5',
          section: 'Kriteria Indikator',
          label: 'Baik',
          other: 'Cukup',
          otherValue: 90,
          name: 'Batas NPI',
          code: 'QIA.005.053.A',
          year: 2024,
          rapkYear: 2024,
          wantMonth: 6,
          period: 'Januari s.d. Mei 2024',
        } as Record<string, string | number> as ParamsOf<typeof code>,
        { expected: 2, actual: 1 },
      ) as Finding;
      for (const lang of ['id', 'en'] as const) {
        const m = messageOf(f, lang);
        expect(m.length).toBeGreaterThan(10);
        expect(m).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it('format Rupiah the Indonesian way in Indonesian and the English way in English', () => {
    const f = finding(
      'A01',
      'S',
      ['P7'],
      { kode: '01.01', indicator: 'Persentase', lines: 2 },
      { expected: 129_000_000, actual: 128_600_000 },
    );
    expect(messageOf(f, 'id')).toContain('128.600.000');
    expect(messageOf(f, 'en')).toContain('128,600,000');
  });
});

describe('marks plan', () => {
  it('one mark per cell, most severe colour, every message in the note', () => {
    const fs = [
      finding('S03', 'RAPK', ['P7'], { text: '1,000', field: 'anggaran' }),
      finding('A01', 'RAPK', ['P7', 'N9'], { kode: '01.01', indicator: 'Persentase', lines: 1 }, { expected: 2, actual: 1 }),
      finding('T04', 'RAPK', ['J7', 'I7'], {
        kode: '01.01',
        indicator: 'Persentase',
        month: 'B07',
        prevMonth: 'B06',
        value: 1,
        prevValue: 2,
      }),
      finding('S03', 'Other', ['A1'], { text: '1', field: 'B01' }),
    ];
    const plan = planMarks('RAPK', fs);
    expect(plan.marks.map((m) => [m.address, m.fill, m.codes])).toEqual([
      ['P7', '#FF7C80', ['S03', 'A01']],
      ['J7', '#FFC000', ['T04']],
    ]);
    expect(plan.marks[0]!.note.split('\n')).toHaveLength(2);
    expect(plan.marks[0]!.note).toMatch(/^RAPK S03 \(Info\): /);
  });
});
