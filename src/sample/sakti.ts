/**
 * A generator of SAKTI realisation reports (issue 24) for a generated RAPK: the report's sheet
 * (`GLP039_LAPORAN REALISASI SUPER`) with title rows in one of three wordings, the header on
 * rows 7–8 in either column map (each level's code in its own column, or KRO/RO in one), with
 * or without header words, codes in their SAKTI spellings (`AB.3165`, `003.0A`, `0A`), several
 * akun rows per sub komponen, a period ending in any month — and planted mismatches whose
 * findings are known (A09–A13).
 */
import type { CellValue, Grid } from '../core/grid/grid';
import type { RapkSpec } from './generate';
import { prng } from './random';

export type SaktiMap = 'separate' | 'combined';

export interface SaktiOptions {
  map: SaktiMap;
  /** header words present (else the columns are found by their documented positions) */
  words: boolean;
  title: 0 | 1 | 2;
  /** spellings: kegiatan `3165` | `AB.3165`; sub komponen `A` | `0A` | `003.0A` */
  kegiatanStyle: 'plain' | 'prefixed';
  subStyle: 'plain' | 'zero' | 'dotted';
  month: number;
  year: number;
  /** planted: an extra line with realisation no RAPK line claims (A09) */
  unclaimed: boolean;
  /** planted: the first RAPK line left out of the report (A10) */
  missing: boolean;
  /** planted: the second RAPK line's pagu changed by a revision (A11) */
  revised: boolean;
  /** planted: the third RAPK line spent above its pagu (A12) */
  overspent: boolean;
}

export interface SaktiRendering {
  grid: Grid;
  /** realisasi s.d. periode of each RAPK line, by its sub komponen text (0 for a line left out) */
  realisasi: Map<string, number>;
  /** the report's pagu of each line present */
  pagu: Map<string, number>;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export function saktiOptions(seed: number, over: Partial<SaktiOptions> = {}): SaktiOptions {
  const rnd = prng(seed ^ 0x5a4b7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return {
    map: pick(['separate', 'combined'] as const),
    words: rnd() < 0.75,
    title: pick([0, 1, 2] as const),
    kegiatanStyle: pick(['plain', 'prefixed'] as const),
    subStyle: pick(['plain', 'zero', 'dotted'] as const),
    month: pick([3, 6, 9, 12]),
    year: 2025,
    unclaimed: false,
    missing: false,
    revised: false,
    overspent: false,
    ...over,
  };
}

interface Parsed {
  kegiatan: string;
  kro: string;
  ro: string;
  komponen: string;
  sub: string;
  name: string;
  key: string;
}

function parse(ro: string, komponen: string, sub: string): Parsed {
  const m = /^([A-Z]{2})\.(\d{4})\.([A-Z]{3})\.([A-Z0-9]{3})/.exec(ro)!;
  return {
    kegiatan: m[2]!,
    kro: m[3]!,
    ro: m[4]!,
    komponen: /^(\d{3})/.exec(komponen)![1]!,
    sub: /^([A-Z]{1,2})\b/.exec(sub)![1]!,
    name: sub,
    key: sub,
  };
}

export function renderSakti(spec: RapkSpec, seed: number, o: SaktiOptions): SaktiRendering {
  const rnd = prng(seed ^ 0x77aa);
  // a line shared by several indicators is one line of the report
  const lines = [...new Map(spec.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.lines)).map((l) => [l.sub, l])).values()];
  const realisasi = new Map<string, number>();
  const pagu = new Map<string, number>();
  type Row = Parsed & { pagu: number; realisasi: number };
  const rows: Row[] = [];
  lines.forEach((l, i) => {
    const p = parse(l.ro, l.komponen, l.sub);
    if (o.missing && i === 0) {
      realisasi.set(l.sub, 0);
      return;
    }
    const lp = o.revised && i === 1 ? l.anggaran + 1_000_000 : l.anggaran;
    const spent = o.overspent && i === 2 ? lp + 500_000 : Math.round(lp * (0.1 + rnd() * 0.8));
    realisasi.set(l.sub, spent);
    pagu.set(l.sub, lp);
    rows.push({ ...p, pagu: lp, realisasi: spent });
  });
  if (o.unclaimed)
    rows.push({
      kegiatan: '3165',
      kro: 'ZZZ',
      ro: '999',
      komponen: '051',
      sub: 'A',
      name: 'A - BELANJA TANPA INDIKATOR',
      key: 'unclaimed',
      pagu: 4_000_000,
      realisasi: 2_500_000,
    });

  const cols =
    o.map === 'separate'
      ? ['Program', 'Kegiatan', 'KRO', 'RO', 'Komponen', 'Sub Komponen', 'Akun']
      : ['Kode Program/Kegiatan', 'Output (KRO/RO)', 'Komponen', 'Sub Komponen', 'Akun'];
  const nCodes = cols.length;
  const U = nCodes;
  const values: CellValue[][] = [];
  const put = (r: number, c: number, v: CellValue): void => {
    while (values.length <= r) values.push([]);
    values[r]![c] = v;
  };
  const month = MONTHS[o.month - 1]!;
  const titles = [
    [
      'LAPORAN REALISASI ANGGARAN',
      'FA DETAIL (16 SEGMEN)',
      'Satker : 440123 - LOKA POM DI KOTA CONTOH',
      `Periode : Januari s.d. ${month} ${o.year}`,
    ],
    [
      'KEMENTERIAN NEGARA/LEMBAGA : 063 BADAN PENGAWAS OBAT DAN MAKANAN',
      'LAPORAN REALISASI SUPER',
      'SATUAN KERJA : 440123 LOKA POM DI KOTA CONTOH',
      `PERIODE 01-01-${o.year} s.d. ${new Date(Date.UTC(o.year, o.month, 0)).getUTCDate()}-${String(o.month).padStart(2, '0')}-${o.year}`,
    ],
    ['GLP039', 'Laporan FA Detail (16 Segmen)', `Tahun Anggaran ${o.year}`, `Bulan Januari s.d. ${month}`],
  ][o.title]!;
  titles.forEach((t, r) => put(r, 0, t));
  // header on rows 7-8 (0-based 6-7)
  const V = U + 1;
  const valueCols =
    o.map === 'separate'
      ? ['Pagu Revisi', 'Lock Pagu', 'Periode Lalu', 'Periode Ini', 's.d. Periode', '%', 'Sisa Anggaran']
      : ['Pagu Revisi', 'Lock Pagu', 'Periode Lalu', 'Periode Ini', 's.d. Periode', 'Sisa Anggaran', '%'];
  if (o.words) {
    cols.forEach((l, c) => put(6, c, l));
    put(6, U, 'Uraian');
    valueCols.forEach((l, i) => put(6, V + i, l.startsWith('Periode') || l.startsWith('s.d.') ? 'Realisasi' : l));
    valueCols.forEach((l, i) => {
      if (l.startsWith('Periode') || l.startsWith('s.d.')) put(7, V + i, l);
    });
  } else {
    // no code words: only the amounts are named, on one row
    put(6, U, '');
    valueCols.forEach((l, i) => put(6, V + i, l === 's.d. Periode' ? 'Realisasi s.d. Periode' : l));
  }
  const iSd = V + valueCols.indexOf('s.d. Periode');
  const iPagu = V;
  let r = 8;
  const amounts = (pg: number, re: number): void => {
    put(r, iPagu, pg);
    put(r, iPagu + 1, 0);
    put(r, V + 2, Math.round(re * 0.6));
    put(r, V + 3, re - Math.round(re * 0.6));
    put(r, iSd, re);
    put(r, V + valueCols.indexOf('%'), pg ? Math.round((re / pg) * 10000) / 100 : 0);
    put(r, V + valueCols.indexOf('Sisa Anggaran'), pg - re);
  };
  const sep = o.map === 'separate';
  const code = (level: 'program' | 'kegiatan' | 'kro' | 'ro' | 'komponen' | 'sub' | 'akun', p: Row | null, text: string): void => {
    const c = sep
      ? ['program', 'kegiatan', 'kro', 'ro', 'komponen', 'sub', 'akun'].indexOf(level)
      : level === 'program' || level === 'kegiatan'
        ? 0
        : level === 'kro' || level === 'ro'
          ? 1
          : level === 'komponen'
            ? 2
            : level === 'sub'
              ? 3
              : 4;
    put(r, c, text);
    void p;
  };
  code('program', null, '063.01.DR');
  put(r, U, 'Program Pengawasan Obat dan Makanan');
  r++;
  let last: { kegiatan?: string; kro?: string; ro?: string | null; komponen?: string | null } = {};
  for (const row of rows) {
    if (row.kegiatan !== last.kegiatan) {
      code('kegiatan', row, o.kegiatanStyle === 'prefixed' ? `DR.${row.kegiatan}` : row.kegiatan);
      put(r, U, 'Pengawasan Obat dan Makanan di Daerah');
      r++;
      last = { kegiatan: row.kegiatan };
    }
    if (row.kro !== last.kro) {
      code('kro', row, sep ? row.kro : row.kro);
      put(r, U, `Klasifikasi rincian output ${row.kro}`);
      r++;
      last = { ...last, kro: row.kro, ro: null, komponen: null };
    }
    if (row.ro !== last.ro) {
      code('ro', row, sep ? row.ro : `${row.kro}.${row.ro}`);
      put(r, U, `Rincian output ${row.ro}`);
      r++;
      last = { ...last, ro: row.ro, komponen: null };
    }
    if (row.komponen !== last.komponen) {
      code('komponen', row, row.komponen);
      put(r, U, `Komponen ${row.komponen}`);
      r++;
      last = { ...last, komponen: row.komponen };
    }
    const sub = o.subStyle === 'plain' ? row.sub : o.subStyle === 'zero' ? `0${row.sub}` : `${row.komponen}.0${row.sub}`;
    code('sub', row, sub);
    put(r, U, row.name.replace(/^[A-Z]{1,2} - /, ''));
    amounts(row.pagu, row.realisasi);
    r++;
    // the akun rows: the sub komponen's amounts split over one to three accounts
    const n = 1 + Math.floor(rnd() * 3);
    let pg = row.pagu;
    let re = row.realisasi;
    for (let k = 0; k < n; k++) {
      const lastOne = k === n - 1;
      const p = lastOne ? pg : Math.round(pg / 2);
      const x = lastOne ? re : Math.min(re, Math.round(re / 2));
      code('akun', row, String(521211 + k * 100));
      put(r, U, ['Belanja Bahan', 'Belanja Barang Non Operasional Lainnya', 'Belanja Perjalanan Dinas Biasa'][k]!);
      amounts(p, x);
      pg -= p;
      re -= x;
      r++;
    }
  }
  put(r, U, 'JUMLAH');
  amounts(
    rows.reduce((t, x) => t + x.pagu, 0),
    rows.reduce((t, x) => t + x.realisasi, 0),
  );
  r += 2;
  put(r, 0, '*Lock Pagu adalah jumlah pagu yang sedang dalam proses usulan revisi DIPA atau POK.');
  const width = Math.max(...values.map((x) => x.length));
  const dense = values.map((x) => Array.from({ length: width }, (_, c) => x[c] ?? null));
  return { grid: { name: 'GLP039_LAPORAN REALISASI SUPER', values: dense, merges: [] }, realisasi, pagu };
}
