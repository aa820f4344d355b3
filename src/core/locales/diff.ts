/** Riwayat revisi (issue 23): the sentences of `rapk diff`, the pane's list and the `Riwayat Revisi` sheet. */
import type { DiffChange, DiffKind, DiffLine } from '../diff/types';
import { type Lang, fmtNum } from './format';

export interface DiffStrings {
  /** a change in the planner's words (the indicator is named by its group heading) */
  change: (c: DiffChange) => string;
  /** a short name of each kind (the sheet's Perubahan column, the pane's badges) */
  kind: Record<DiffKind, string>;
  /** the group heading of an indicator's changes */
  indicator: (kode: string, name: string) => string;
  /** the group heading of the budget lines' own anggaran */
  linesGroup: string;
  identical: string;
  count: (n: number) => string;
  version: (label: 'old' | 'new', file: string, sheet: string, year: number | null) => string;
  totalsTitle: string;
  overall: string;
  sasaran: (no: string, name: string) => string;
  sheetTitle: string;
  columns: { kode: string; indikator: string; perubahan: string; keterangan: string; lama: string; baru: string; selisih: string };
  totalsColumns: { sasaran: string; lama: string; baru: string; selisih: string };
  none: string;
  /** the new side in the pane: the workbook open in Excel */
  openWorkbook: string;
  /** CLI: the file could not be read as a RAPK */
  noRapk: (file: string, reason: string) => string;
  sheetPicked: (file: string, sheet: string, others: string[]) => string;
}

function line(l: DiffLine): string {
  return [l.ro, l.komponen, l.subKomponen].filter((x) => x.trim() !== '').join(' / ');
}

const month = (m: number): string => `B${String(m).padStart(2, '0')}`;

function fmt(v: number | null, lang: Lang, empty: string): string {
  return v === null ? empty : fmtNum(v, lang);
}

export const DIFF_TEXT: Record<Lang, DiffStrings> = {
  id: {
    change: (c) => {
      const f = (v: number | null): string => fmt(v, 'id', 'kosong');
      switch (c.kind) {
        case 'indicatorAdded':
          return `Indikator baru ${c.kode} "${c.name}" (anggaran ${f(c.anggaran)})`;
        case 'indicatorRemoved':
          return `Indikator ${c.kode} "${c.name}" dihapus (anggaran ${f(c.anggaran)})`;
        case 'renamed':
          return `Nama indikator diubah dari "${c.old}" menjadi "${c.new}"`;
        case 'renumbered':
          return `Nomor indikator berubah dari ${c.oldKode} menjadi ${c.newKode}`;
        case 'sasaranChanged':
          return `Sasaran berubah dari "${c.old}" menjadi "${c.new}"`;
        case 'target':
          return `Target ${month(c.month)} berubah dari ${f(c.old)} menjadi ${f(c.new)}`;
        case 'anggaran':
          return `Anggaran indikator berubah dari ${f(c.old)} menjadi ${f(c.new)}`;
        case 'lineAdded':
          return `Baris anggaran ditambahkan: ${line(c.line)} (kontribusi ${f(c.kontribusi)})`;
        case 'lineRemoved':
          return `Baris anggaran dihapus: ${line(c.line)} (kontribusi ${f(c.kontribusi)})`;
        case 'kontribusi':
          return `Kontribusi ${line(c.line)} berubah dari ${f(c.old)} menjadi ${f(c.new)}`;
        case 'lineAnggaran':
          return `Anggaran baris ${line(c.line)} berubah dari ${f(c.old)} menjadi ${f(c.new)}`;
        case 'moved':
          return `Kontribusi ${line(c.line)} sebesar ${f(c.amount)} dipindahkan dari indikator ${c.from} ke indikator ${c.to}`;
      }
    },
    kind: {
      indicatorAdded: 'Indikator baru',
      indicatorRemoved: 'Indikator dihapus',
      renamed: 'Nama diubah',
      renumbered: 'Nomor diubah',
      sasaranChanged: 'Sasaran diubah',
      target: 'Target',
      anggaran: 'Anggaran indikator',
      lineAdded: 'Baris anggaran baru',
      lineRemoved: 'Baris anggaran dihapus',
      kontribusi: 'Kontribusi',
      lineAnggaran: 'Anggaran baris',
      moved: 'Kontribusi dipindahkan',
    },
    indicator: (kode, name) => `Indikator ${kode} ${name}`,
    linesGroup: 'Anggaran baris (RO / Komponen / Sub Komponen)',
    identical: 'Tidak ada perubahan: kedua versi RAPK sama.',
    count: (n) => `${n} perubahan`,
    version: (label, file, sheet, year) =>
      `${label === 'old' ? 'Versi lama' : 'Versi baru'}: ${file}, sheet "${sheet}"${year === null ? '' : `, tahun ${year}`}`,
    totalsTitle: 'Anggaran per sasaran',
    overall: 'Jumlah seluruh anggaran',
    sasaran: (no, name) => `Sasaran ${no}${name ? ` ${name}` : ''}`,
    sheetTitle: 'RIWAYAT REVISI RENCANA AKSI PERJANJIAN KINERJA',
    columns: {
      kode: 'Kode',
      indikator: 'Indikator',
      perubahan: 'Perubahan',
      keterangan: 'Keterangan',
      lama: 'Lama',
      baru: 'Baru',
      selisih: 'Selisih',
    },
    totalsColumns: { sasaran: 'Sasaran', lama: 'Anggaran lama', baru: 'Anggaran baru', selisih: 'Selisih' },
    none: 'tidak ada',
    openWorkbook: 'workbook yang terbuka',
    noRapk: (file, reason) => `${file}: tidak dapat dibandingkan (${reason})`,
    sheetPicked: (file, sheet, others) =>
      `${file}: dibandingkan sheet "${sheet}" (sheet RAPK lain: ${others.map((o) => `"${o}"`).join(', ')}; pilih dengan --sheet)`,
  },
  en: {
    change: (c) => {
      const f = (v: number | null): string => fmt(v, 'en', 'empty');
      switch (c.kind) {
        case 'indicatorAdded':
          return `New indicator ${c.kode} "${c.name}" (budget ${f(c.anggaran)})`;
        case 'indicatorRemoved':
          return `Indicator ${c.kode} "${c.name}" removed (budget ${f(c.anggaran)})`;
        case 'renamed':
          return `Indicator renamed from "${c.old}" to "${c.new}"`;
        case 'renumbered':
          return `Indicator number changed from ${c.oldKode} to ${c.newKode}`;
        case 'sasaranChanged':
          return `Sasaran changed from "${c.old}" to "${c.new}"`;
        case 'target':
          return `Target ${month(c.month)} changed from ${f(c.old)} to ${f(c.new)}`;
        case 'anggaran':
          return `Indicator budget changed from ${f(c.old)} to ${f(c.new)}`;
        case 'lineAdded':
          return `Budget line added: ${line(c.line)} (contribution ${f(c.kontribusi)})`;
        case 'lineRemoved':
          return `Budget line removed: ${line(c.line)} (contribution ${f(c.kontribusi)})`;
        case 'kontribusi':
          return `Contribution of ${line(c.line)} changed from ${f(c.old)} to ${f(c.new)}`;
        case 'lineAnggaran':
          return `Budget of line ${line(c.line)} changed from ${f(c.old)} to ${f(c.new)}`;
        case 'moved':
          return `Contribution of ${line(c.line)} of ${f(c.amount)} moved from indicator ${c.from} to indicator ${c.to}`;
      }
    },
    kind: {
      indicatorAdded: 'New indicator',
      indicatorRemoved: 'Indicator removed',
      renamed: 'Renamed',
      renumbered: 'Renumbered',
      sasaranChanged: 'Sasaran changed',
      target: 'Target',
      anggaran: 'Indicator budget',
      lineAdded: 'New budget line',
      lineRemoved: 'Budget line removed',
      kontribusi: 'Contribution',
      lineAnggaran: 'Line budget',
      moved: 'Contribution moved',
    },
    indicator: (kode, name) => `Indicator ${kode} ${name}`,
    linesGroup: 'Budget of the lines (RO / Komponen / Sub Komponen)',
    identical: 'No changes: both versions of the RAPK are the same.',
    count: (n) => `${n} ${n === 1 ? 'change' : 'changes'}`,
    version: (label, file, sheet, year) =>
      `${label === 'old' ? 'Old version' : 'New version'}: ${file}, sheet "${sheet}"${year === null ? '' : `, year ${year}`}`,
    totalsTitle: 'Budget per sasaran',
    overall: 'Total budget',
    sasaran: (no, name) => `Sasaran ${no}${name ? ` ${name}` : ''}`,
    sheetTitle: 'REVISION HISTORY OF THE PERFORMANCE AGREEMENT ACTION PLAN',
    columns: {
      kode: 'Code',
      indikator: 'Indicator',
      perubahan: 'Change',
      keterangan: 'Details',
      lama: 'Old',
      baru: 'New',
      selisih: 'Difference',
    },
    totalsColumns: { sasaran: 'Sasaran', lama: 'Old budget', baru: 'New budget', selisih: 'Difference' },
    none: 'none',
    openWorkbook: 'the open workbook',
    noRapk: (file, reason) => `${file}: cannot be compared (${reason})`,
    sheetPicked: (file, sheet, others) =>
      `${file}: compared sheet "${sheet}" (other RAPK sheets: ${others.map((o) => `"${o}"`).join(', ')}; choose with --sheet)`,
  },
};
