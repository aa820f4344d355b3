/** T07's sentence names an empty summary cell as empty (it printed "(B01: 90 vs )" on the Dharmasraya RAPK). */
import { messageOf } from '../../src/core/locales';
import { finding } from '../../src/core/rules/findings';

describe('T07 message', () => {
  const f = (summary: number | null) =>
    finding('T07', 'RAPK 2023', ['C30'], { kode: '1.1', indicator: 'Persentase sarana', field: 'B01', value: 90, summary });
  it('an empty summary value is said as such, in both languages', () => {
    expect(messageOf(f(null), 'id')).toBe('Baris judul rincian indikator 1.1 tidak sama dengan tabel ringkasan (B01: 90 vs kosong).');
    expect(messageOf(f(null), 'en')).toBe('The detail heading of indicator 1.1 differs from the summary table (B01: 90 vs empty).');
  });
  it('a number is written as a number', () => {
    expect(messageOf(f(85), 'id')).toBe('Baris judul rincian indikator 1.1 tidak sama dengan tabel ringkasan (B01: 90 vs 85).');
  });
});
