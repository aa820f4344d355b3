/** Pesan temuan dalam Bahasa Indonesia (bahasa utama). */
import type { Catalogue } from './types';

const q = (s: unknown): string => `"${String(s ?? '')}"`;

export const id: Catalogue = {
  lang: 'id',
  severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  field: {
    anggaran: 'anggaran indikator',
    anggaranLine: 'anggaran baris belanja',
    kontribusi: 'kontribusi',
    total: 'Total',
    budgetPlan: 'Budget Plan',
  },
  fault: {
    reader: (reason) => `Tabel RAPK pada sheet ini tidak dapat dibaca: pembaca berhenti (${reason}). Mohon laporkan bersama berkasnya.`,
    rule: (code, reason) =>
      `Pemeriksaan ${code} tidak dapat dijalankan pada sheet ini (${reason}); temuannya mungkin tidak lengkap. Mohon laporkan bersama berkasnya.`,
    noReadableRapk: 'Tidak ada tabel RAPK yang dapat dibaca di workbook ini.',
    otherStops: (n) => `Pembaca juga berhenti pada ${n} sheet lain.`,
  },
  rules: {
    S01: 'Tabel RAPK tidak ditemukan pada sheet ini (tidak ada baris judul dengan kolom INDIKATOR dan TARGET/ANGGARAN).',
    S02: (p) =>
      p.kind === 'noSasaran'
        ? `Indikator ${q(p.indicator)} tidak berada di bawah sasaran mana pun.`
        : `Baris ${p.row} berisi angka tetapi tidak dapat dikenali sebagai indikator, baris belanja, atau Total.`,
    S03: (p, n) => `Angka disimpan sebagai teks (${q(p.text)}) pada ${n.field(p.field)}; tetap dibaca sebagai angka.`,
    S04: (p) =>
      p.kind === 'sasaran'
        ? `Nomor sasaran ${p.no} dipakai lebih dari sekali untuk sasaran yang berbeda.`
        : `Nomor indikator ${p.no} muncul lebih dari sekali dalam sasaran yang sama.`,
    S05: (p) =>
      p.kind === 'formula'
        ? `Rumus tanpa nilai tersimpan di ${p.cell}; sel ini dilewati (buka dan simpan ulang berkas di Excel agar nilainya tersimpan).`
        : `Judul kolom ${q(p.text)} tidak dikenali dan dilewati; kolom ini tidak dibaca.`,
    S06: (p) =>
      `Ada ${p.lines} baris berisi angka di bawah indikator, tetapi tidak satu pun terbaca sebagai baris anggaran (judul tabel anggarannya tidak dikenali); aturan anggaran A01–A04 dan A08 tidak diterapkan pada sheet ini.`,
    T01: (p) => `Indikator ${p.kode} tidak memiliki target tahunan (${p.month} kosong, "-" atau 0).`,
    T02: (p) => `Target ${p.month} berisi teks yang bukan angka: ${q(p.text)}.`,
    T03: (p, n) => `Target ${p.month} indikator persentase ${p.kode} bernilai ${n.num(p.value)}, di luar rentang 0–100.`,
    T04: (p, n) =>
      `Target indikator ${p.kode} turun dari ${n.num(p.prevValue)} (${p.prevMonth}) menjadi ${n.num(p.value)} (${p.month}); target RAPK seharusnya tetap atau kumulatif.`,
    T05: () =>
      `Baris bergeser: nilai anggaran berada di kolom target atau di luar kolom ANGGARAN, sedangkan sel ANGGARAN kosong. Pindahkan nilainya ke kolom ANGGARAN.`,
    T06: (p) =>
      p.month === p.lastMonth
        ? `Indikator ${p.kode}: target ${p.month} kosong di antara bulan-bulan yang memiliki target.`
        : `Indikator ${p.kode}: target ${p.month}–${p.lastMonth} kosong di antara bulan-bulan yang memiliki target.`,
    T07: (p, n) =>
      `Baris judul rincian indikator ${p.kode} tidak sama dengan tabel ringkasan (${p.field}: ${n.num(p.value)} vs ${p.summary === null ? 'kosong' : n.num(p.summary)}).`,
    A01: (p, n, f) =>
      `Jumlah kontribusi ${p.lines} baris belanja indikator ${p.kode} adalah ${n.int(f.actual)}, tidak sama dengan anggarannya ${n.int(f.expected)} (selisih ${n.int((f.expected ?? 0) - (f.actual ?? 0))}).`,
    A02: (p, n) => `Kontribusi ${n.int(p.kontribusi)} melebihi anggaran baris belanja ${n.int(p.anggaran)} (${p.line}).`,
    A03: (p, n, f) =>
      `Baris belanja ${p.line} dipakai oleh indikator ${p.indicators} dengan total kontribusi ${n.int(f.actual)}, melebihi anggarannya ${n.int(f.expected)}.`,
    A04: (p, n) =>
      `Baris belanja ${p.line} beranggaran ${n.int(p.value)} di indikator ${p.kode}, tetapi ${n.int(p.firstValue)} di indikator ${p.firstKode}.`,
    A05: (p, n, f) =>
      p.kind === 'grand'
        ? `Baris Total (${n.int(f.expected)}) tidak sama dengan jumlah anggaran semua indikator (${n.int(f.actual)}).`
        : p.kind === 'sasaran'
          ? `Baris jumlah sasaran ${p.no} (${n.int(f.expected)}) tidak sama dengan jumlah anggaran indikatornya (${n.int(f.actual)}).`
          : `Total ${p.column} rincian indikator ${p.kode} (${n.int(f.expected)}) tidak sama dengan jumlah barisnya (${n.int(f.actual)}).`,
    A06: (p, n) =>
      p.kind === 'quarters'
        ? `B03+B06+B09+B12 = ${n.int(p.sum)} tidak sama dengan Total ${n.int(p.total)} (${p.line}).`
        : `(%) penyerapan ${n.num(p.value)} tidak sama dengan Total / Budget Plan = ${n.num(p.want)} (${p.line}).`,
    A07: (p, n) =>
      p.value === null
        ? `${n.fieldCap(p.field)} bukan angka: ${q(p.text)}.`
        : (p.value as number) < 0
          ? `${n.fieldCap(p.field)} bernilai negatif (${n.int(p.value)}).`
          : `${n.fieldCap(p.field)} memiliki pecahan Rupiah (${q(p.text)}); anggaran harus bilangan bulat Rupiah.`,
    A08: (p, n) =>
      p.kind === 'noLines'
        ? `Indikator ${p.kode} memiliki anggaran ${n.int(p.anggaran)} tetapi tidak ada baris belanja (RO/komponen) yang mendukungnya.`
        : `Baris belanja ${p.line} tidak memiliki kontribusi.`,
    A09: (p) =>
      `Baris anggaran ${p.code} ${q(p.name)} di laporan realisasi SAKTI memiliki realisasi tetapi tidak diklaim baris belanja RAPK mana pun (anggaran tidak terhubung ke indikator).`,
    A10: (p) => `Baris belanja ${p.line} indikator ${p.kode} tidak ada di laporan realisasi SAKTI.`,
    A11: (p, n, f) =>
      `Anggaran baris belanja ${p.line} di RAPK (${n.int(f.actual)}) berbeda dari Pagu Revisi SAKTI (${n.int(f.expected)}); RAPK belum diperbarui setelah revisi?`,
    A12: (p, n, f) => `Realisasi baris ${p.code} ${q(p.name)} (${n.int(f.actual)}) melebihi pagunya (${n.int(f.expected)}).`,
    A13: (p) =>
      p.year !== null && p.rapkYear !== null && p.year !== p.rapkYear
        ? `Laporan SAKTI untuk tahun ${p.year}, sedangkan RAPK tahun ${p.rapkYear}.`
        : `Periode laporan SAKTI (${p.period}) tidak berakhir pada akhir TW ${p.tw} (bulan ${p.wantMonth}); realisasi anggaran TW harus kumulatif sampai akhir triwulan.`,
    R01: (p, n) =>
      p.kind === 'text'
        ? `Realisasi ${p.tw} indikator ${p.kode} bukan angka: ${q(p.text)}.`
        : p.kind === 'anggaranText'
          ? `Realisasi anggaran ${p.tw} indikator ${p.kode} bukan angka: ${q(p.text)}.`
          : `Realisasi ${p.tw} indikator persentase ${p.kode} bernilai ${n.num(p.value)}, lebih dari 100.`,
    R02: (p) =>
      p.kind === 'missing'
        ? `Indikator ${p.kode} ada di RAPK tetapi tidak ada di sheet Realisasi.`
        : `Kode ${p.kode} di sheet Realisasi tidak ada di RAPK.`,
    R03: (p, n) =>
      `Target ${p.tw} indikator ${p.kode} di sheet Realisasi (${n.num(p.value)}) berbeda dari RAPK (${n.num(p.rapk)}); yang dipakai adalah RAPK.`,
    P01: (p, n) =>
      `Target tahunan indikator ${p.kode} di RAPK (${n.num(p.value)}) berbeda dari target Perjanjian Kinerja (${n.num(p.pk)}, sheet ${q(p.pkSheet)} ${p.pkCell}).`,
    P02: (p) =>
      p.kind === 'notInRapk'
        ? `Indikator ${q(p.indicator)} ada di Perjanjian Kinerja (sheet ${q(p.pkSheet)}) tetapi tidak ada di RAPK.`
        : `Indikator ${p.kode} ada di RAPK tetapi tidak ada di Perjanjian Kinerja (sheet ${q(p.pkSheet)}).`,
    M01: (p, n) =>
      `${p.section}: rentang ${q(p.label)} dan ${q(p.other)} tumpang tindih (${n.num(p.value ?? '∞')} / ${n.num(p.otherValue ?? '−∞')}); setiap nilai harus masuk tepat satu rentang.`,
    M02: (p, n) =>
      p.kind === 'below'
        ? `${p.section}: tidak ada rentang untuk nilai di bawah ${n.num(p.value)} (rentang ${q(p.label)}); kosongkan Batas Bawah rentang terendah.`
        : p.kind === 'above'
          ? `${p.section}: tidak ada rentang untuk nilai di atas ${n.num(p.value)} (rentang ${q(p.label)}); kosongkan Batas Atas rentang tertinggi.`
          : `${p.section}: ada celah antara rentang ${q(p.label)} (sampai ${n.num(p.value)}) dan ${q(p.other)} (mulai ${n.num(p.otherValue)}).`,
    M03: (p) =>
      p.kind === 'missing'
        ? `${p.section}: rentang ${q(p.label)} tidak memiliki warna; isi kode warna #RRGGBB.`
        : `${p.section}: warna ${q(p.text)} rentang ${q(p.label)} bukan kode warna #RRGGBB.`,
    M04: (p) =>
      p.kind === 'param'
        ? `${p.name} harus angka lebih dari 0, bukan ${q(p.text)}.`
        : `Bobot indikator ${p.kode} harus angka lebih dari 0, bukan ${q(p.text)}.`,
    M05: (p) =>
      p.kind === 'header'
        ? `Bagian ${q(p.section)} tidak memiliki baris judul kolom yang lengkap.`
        : p.kind === 'noBands'
          ? `Bagian ${q(p.section)} tidak memiliki rentang.`
          : p.kind === 'param'
            ? `${p.name} harus angka, bukan ${q(p.text)}.`
            : p.kind === 'label'
              ? `${p.section}: rentang tanpa label.`
              : p.kind === 'inclusive'
                ? `${p.section}: "Termasuk" rentang ${q(p.label)} harus Ya atau Tidak, bukan ${q(p.text)}.`
                : p.kind === 'empty'
                  ? `${p.section}: rentang ${q(p.label)} kosong (batas bawah tidak di bawah batas atas).`
                  : `${p.section}: batas rentang ${q(p.label)} bukan angka: ${q(p.text)}.`,
    M06: (p) =>
      p.kind === 'split'
        ? `Impor Realisasi Anggaran: ${p.name} harus "kontribusi" atau "pertama", bukan ${q(p.text)}.`
        : p.kind === 'column'
          ? `Impor Realisasi Anggaran: ${p.name} harus huruf kolom (mis. C), bukan ${q(p.text)}.`
          : p.kind === 'missing'
            ? `Impor Realisasi Anggaran: ${p.name} belum diisi; kolom kode, pagu dan realisasi harus diisi bersama (atau semua dikosongkan).`
            : `Impor Realisasi Anggaran: ${p.name} dan ${p.other} menunjuk kolom yang sama (${p.text}).`,
  },
};
