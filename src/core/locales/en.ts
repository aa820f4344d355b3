/** Finding messages in English (second language). */
import type { Catalogue } from './types';

const q = (s: unknown): string => `"${String(s ?? '')}"`;

export const en: Catalogue = {
  lang: 'en',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  field: {
    anggaran: 'indicator budget',
    anggaranLine: 'budget line amount',
    kontribusi: 'contribution',
    total: 'Total',
    budgetPlan: 'Budget Plan',
  },
  fault: {
    reader: (reason) => `The RAPK table on this sheet could not be read: the reader stopped (${reason}). Please report this with the file.`,
    rule: (code, reason) =>
      `Check ${code} could not be run on this sheet (${reason}); its findings may be missing. Please report this with the file.`,
    noReadableRapk: 'No readable RAPK table in this workbook.',
    otherStops: (n) => `The reader also stopped on ${n} more ${n === 1 ? 'sheet' : 'sheets'}.`,
  },
  rules: {
    S01: 'No RAPK table found on this sheet (no header row with INDIKATOR and TARGET/ANGGARAN columns).',
    S02: (p) =>
      p.kind === 'noSasaran'
        ? `Indicator ${q(p.indicator)} is not under any sasaran.`
        : `Row ${p.row} holds numbers but could not be read as an indicator, a budget line or a Total.`,
    S03: (p, n) => `Number stored as text (${q(p.text)}) in ${n.field(p.field)}; it is still read as a number.`,
    S04: (p) =>
      p.kind === 'sasaran'
        ? `Sasaran number ${p.no} is used for more than one sasaran.`
        : `Indicator number ${p.no} appears more than once in the same sasaran.`,
    S05: (p) =>
      p.kind === 'formula'
        ? `Formula without a stored value at ${p.cell}; the cell is skipped (open and save the file in Excel to store its value).`
        : `Column header ${q(p.text)} is not recognised and was skipped; the column is not read.`,
    S06: (p) =>
      `${p.lines} rows with numbers sit under the indicators, but none was read as a budget line (the budget table's header was not recognised); the budget rules A01–A04 and A08 were not applied on this sheet.`,
    T01: (p) => `Indicator ${p.kode} has no annual target (${p.month} empty, "-" or 0).`,
    T02: (p) => `Target ${p.month} holds text that is not a number: ${q(p.text)}.`,
    T03: (p, n) => `Target ${p.month} of percentage indicator ${p.kode} is ${n.num(p.value)}, outside 0–100.`,
    T04: (p, n) =>
      `Target of indicator ${p.kode} falls from ${n.num(p.prevValue)} (${p.prevMonth}) to ${n.num(p.value)} (${p.month}); RAPK targets are flat or cumulative.`,
    T05: () =>
      'Shifted row: the budget amount sits in a target column or beyond the ANGGARAN column while the ANGGARAN cell is empty. Move it to the ANGGARAN column.',
    T06: (p) =>
      p.month === p.lastMonth
        ? `Indicator ${p.kode}: target ${p.month} is empty between months that have targets.`
        : `Indicator ${p.kode}: targets ${p.month}–${p.lastMonth} are empty between months that have targets.`,
    T07: (p, n) =>
      `The detail heading of indicator ${p.kode} differs from the summary table (${p.field}: ${n.num(p.value)} vs ${p.summary === null ? 'empty' : n.num(p.summary)}).`,
    A01: (p, n, f) =>
      `The ${p.lines} contributions of indicator ${p.kode} sum to ${n.int(f.actual)}, not its budget ${n.int(f.expected)} (difference ${n.int((f.expected ?? 0) - (f.actual ?? 0))}).`,
    A02: (p, n) => `Contribution ${n.int(p.kontribusi)} exceeds the budget line's amount ${n.int(p.anggaran)} (${p.line}).`,
    A03: (p, n, f) =>
      `Budget line ${p.line} is used by indicators ${p.indicators} with contributions totalling ${n.int(f.actual)}, more than its amount ${n.int(f.expected)}.`,
    A04: (p, n) =>
      `Budget line ${p.line} has amount ${n.int(p.value)} under indicator ${p.kode} but ${n.int(p.firstValue)} under indicator ${p.firstKode}.`,
    A05: (p, n, f) =>
      p.kind === 'grand'
        ? `The Total row (${n.int(f.expected)}) differs from the sum of all indicator budgets (${n.int(f.actual)}).`
        : p.kind === 'sasaran'
          ? `The total row of sasaran ${p.no} (${n.int(f.expected)}) differs from the sum of its indicators' budgets (${n.int(f.actual)}).`
          : `The ${p.column} total of indicator ${p.kode}'s detail table (${n.int(f.expected)}) differs from the sum of its lines (${n.int(f.actual)}).`,
    A06: (p, n) =>
      p.kind === 'quarters'
        ? `B03+B06+B09+B12 = ${n.int(p.sum)} differs from Total ${n.int(p.total)} (${p.line}).`
        : `(%) ${n.num(p.value)} differs from Total / Budget Plan = ${n.num(p.want)} (${p.line}).`,
    A07: (p, n) =>
      p.value === null
        ? `${n.fieldCap(p.field)} is not a number: ${q(p.text)}.`
        : (p.value as number) < 0
          ? `${n.fieldCap(p.field)} is negative (${n.int(p.value)}).`
          : `${n.fieldCap(p.field)} has fractions of a Rupiah (${q(p.text)}); budgets are whole Rupiah.`,
    A08: (p, n) =>
      p.kind === 'noLines'
        ? `Indicator ${p.kode} has a budget of ${n.int(p.anggaran)} but no budget lines (RO/komponen) behind it.`
        : `Budget line ${p.line} has no contribution.`,
    A09: (p) =>
      `Budget line ${p.code} ${q(p.name)} in the SAKTI realisation report has realisation but no RAPK budget line claims it (budget not linked to any indicator).`,
    A10: (p) => `Budget line ${p.line} of indicator ${p.kode} is not in the SAKTI realisation report.`,
    A11: (p, n, f) =>
      `The RAPK's budget of line ${p.line} (${n.int(f.actual)}) differs from SAKTI's Pagu Revisi (${n.int(f.expected)}); was the RAPK updated after the revision?`,
    A12: (p, n, f) => `The realisation of line ${p.code} ${q(p.name)} (${n.int(f.actual)}) is above its pagu (${n.int(f.expected)}).`,
    A13: (p) =>
      p.year !== null && p.rapkYear !== null && p.year !== p.rapkYear
        ? `The SAKTI report is for ${p.year}, the RAPK for ${p.rapkYear}.`
        : `The SAKTI report's period (${p.period}) does not end at the end of TW ${p.tw} (month ${p.wantMonth}); the quarter's budget realisation is cumulative to the quarter's end.`,
    R01: (p, n) =>
      p.kind === 'text'
        ? `Realisation ${p.tw} of indicator ${p.kode} is not a number: ${q(p.text)}.`
        : p.kind === 'anggaranText'
          ? `The budget realisation ${p.tw} of indicator ${p.kode} is not a number: ${q(p.text)}.`
          : `Realisation ${p.tw} of percentage indicator ${p.kode} is ${n.num(p.value)}, above 100.`,
    R02: (p) =>
      p.kind === 'missing'
        ? `Indicator ${p.kode} is in the RAPK but missing from the Realisasi sheet.`
        : `Code ${p.kode} on the Realisasi sheet is not in the RAPK.`,
    R03: (p, n) =>
      `Target ${p.tw} of indicator ${p.kode} on the Realisasi sheet (${n.num(p.value)}) differs from the RAPK (${n.num(p.rapk)}); the RAPK's is used.`,
    P01: (p, n) =>
      `The RAPK's annual target of indicator ${p.kode} (${n.num(p.value)}) differs from the Perjanjian Kinerja target (${n.num(p.pk)}, sheet ${q(p.pkSheet)} ${p.pkCell}).`,
    P02: (p) =>
      p.kind === 'notInRapk'
        ? `Indicator ${q(p.indicator)} is in the Perjanjian Kinerja (sheet ${q(p.pkSheet)}) but not in the RAPK.`
        : `Indicator ${p.kode} is in the RAPK but not in the Perjanjian Kinerja (sheet ${q(p.pkSheet)}).`,
    M01: (p, n) =>
      `${p.section}: bands ${q(p.label)} and ${q(p.other)} overlap (${n.num(p.value ?? '∞')} / ${n.num(p.otherValue ?? '−∞')}); every value must fall in exactly one band.`,
    M02: (p, n) =>
      p.kind === 'below'
        ? `${p.section}: no band for values below ${n.num(p.value)} (band ${q(p.label)}); leave the lowest band's Batas Bawah empty.`
        : p.kind === 'above'
          ? `${p.section}: no band for values above ${n.num(p.value)} (band ${q(p.label)}); leave the highest band's Batas Atas empty.`
          : `${p.section}: a gap between band ${q(p.label)} (up to ${n.num(p.value)}) and ${q(p.other)} (from ${n.num(p.otherValue)}).`,
    M03: (p) =>
      p.kind === 'missing'
        ? `${p.section}: band ${q(p.label)} has no colour; enter a #RRGGBB colour code.`
        : `${p.section}: colour ${q(p.text)} of band ${q(p.label)} is not a #RRGGBB colour code.`,
    M04: (p) =>
      p.kind === 'param'
        ? `${p.name} must be a number above 0, not ${q(p.text)}.`
        : `The weight of indicator ${p.kode} must be a number above 0, not ${q(p.text)}.`,
    M05: (p) =>
      p.kind === 'header'
        ? `Section ${q(p.section)} has no complete column header row.`
        : p.kind === 'noBands'
          ? `Section ${q(p.section)} has no bands.`
          : p.kind === 'param'
            ? `${p.name} must be a number, not ${q(p.text)}.`
            : p.kind === 'label'
              ? `${p.section}: a band without a label.`
              : p.kind === 'inclusive'
                ? `${p.section}: "Termasuk" (inclusive) of band ${q(p.label)} must be Ya or Tidak, not ${q(p.text)}.`
                : p.kind === 'empty'
                  ? `${p.section}: band ${q(p.label)} is empty (its lower bound is not below its upper bound).`
                  : `${p.section}: a bound of band ${q(p.label)} is not a number: ${q(p.text)}.`,
    M06: (p) =>
      p.kind === 'split'
        ? `Impor Realisasi Anggaran: ${p.name} must be "kontribusi" or "pertama", not ${q(p.text)}.`
        : p.kind === 'column'
          ? `Impor Realisasi Anggaran: ${p.name} must be a column letter (e.g. C), not ${q(p.text)}.`
          : p.kind === 'missing'
            ? `Impor Realisasi Anggaran: ${p.name} is empty; the code, pagu and realisasi columns are filled in together (or all left empty).`
            : `Impor Realisasi Anggaran: ${p.name} and ${p.other} name the same column (${p.text}).`,
  },
};
