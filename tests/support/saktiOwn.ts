/** A planner's own export (issue 24) of a generated RAPK's lines, read through a column mapping. */
import type { Grid } from '../../src/core/grid/grid';
import type { specOf } from '../../src/sample/present';
import type { renderSakti } from '../../src/sample/sakti';

type RapkSpec = ReturnType<typeof specOf>;
type SaktiRendered = ReturnType<typeof renderSakti>;

/** A planner's own table: kode in C, uraian in A, pagu in E, realisasi in F; each line in two akun rows. */
export function ownTableOf(spec: RapkSpec, sakti: SaktiRendered): Grid {
  const lines = [...new Map(spec.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.lines)).map((l) => [l.sub, l])).values()];
  const values: (string | number | null)[][] = [
    ['Realisasi anggaran s.d. 30 Juni 2025', null, null, null, null, null],
    ['Uraian', null, 'Kode', null, 'Pagu', 'Realisasi'],
  ];
  for (const l of lines) {
    const m = /^[A-Z]{2}\.(\d{4})\.([A-Z]{3})\.([A-Z0-9]{3})/.exec(l.ro)!;
    const code = `${m[1]}.${m[2]}.${m[3]}.${/^(\d{3})/.exec(l.komponen)![1]}.${/^([A-Z]{1,2})\b/.exec(l.sub)![1]}`;
    const pagu = sakti.pagu.get(l.sub)!;
    const real = sakti.realisasi.get(l.sub)!;
    const half = Math.floor(real / 2);
    values.push([l.sub, null, `${code}.521211`, null, Math.floor(pagu / 2), half]);
    values.push([l.sub, null, `${code}.524111`, null, pagu - Math.floor(pagu / 2), real - half]);
  }
  values.push(['JUMLAH', null, null, null, 0, 0]);
  return { name: 'Tabel saya', values, merges: [] };
}

/** An export with no structure a SAKTI report has (no code, pagu or realisasi header). */
export function notSaktiGrid(): Grid {
  return {
    name: 'Data',
    values: [
      ['Nama', 'Jumlah'],
      ['x', 1],
    ],
    merges: [],
  };
}
