/**
 * Revisions of a generated RAPK (issue 23): a seeded edit script applied to a `RapkSpec`, and
 * the changes `diffRapk` must report for it. Each edit touches its own indicator, so the
 * expected list is exactly the script's (no two edits interfere). Edits name indicators by
 * name: a layout decides the Kode it renders (Layout D numbers its indicators 01.01 … in order).
 */
import type { GenIndikator, GenLine, RapkSpec } from './generate';
import { prng } from './random';

export type Edit =
  | { op: 'target'; name: string; month: number; old: number | null; new: number }
  | { op: 'anggaran'; name: string; old: number; new: number }
  | { op: 'lineAdded'; name: string; sub: string; kontribusi: number }
  | { op: 'lineRemoved'; name: string; sub: string; kontribusi: number }
  | { op: 'kontribusi'; name: string; sub: string; old: number; new: number }
  | { op: 'moved'; from: string; to: string; sub: string; amount: number }
  | { op: 'lineAnggaran'; sub: string; old: number; new: number }
  | { op: 'renamed'; old: string; new: string }
  | { op: 'renumbered'; name: string }
  | { op: 'indicatorAdded'; name: string };

export type EditOp = Edit['op'];

const OPS: readonly EditOp[] = [
  'target',
  'anggaran',
  'lineAdded',
  'lineRemoved',
  'kontribusi',
  'moved',
  'lineAnggaran',
  'renamed',
  'renumbered',
  'indicatorAdded',
];

interface Slot {
  ind: GenIndikator;
  sasaranNo: string;
}

function clone(spec: RapkSpec): RapkSpec {
  return JSON.parse(JSON.stringify(spec)) as RapkSpec;
}

/**
 * A revised copy of `spec` and the edits made, decided by `seed`. `ops` limits the kinds (the
 * layout decides some: Layout R lines have no anggaran of their own).
 */
export function revise(spec: RapkSpec, seed: number, ops: readonly EditOp[] = OPS): { spec: RapkSpec; edits: Edit[] } {
  const rnd = prng(seed ^ 0x68e31da4);
  const next = clone(spec);
  const slots: Slot[] = next.sasaran.flatMap((s) => s.indikator.map((ind) => ({ ind, sasaranNo: s.no })));
  const free = [...slots];
  const take = (): Slot | null => (free.length ? free.splice(Math.floor(rnd() * free.length), 1)[0]! : null);
  const edits: Edit[] = [];
  const count = 1 + Math.floor(rnd() * 4);
  let fresh = 900;
  for (let i = 0; i < count; i++) {
    const op = ops[Math.floor(rnd() * ops.length)]!;
    const s = take();
    if (!s) break;
    const line = s.ind.lines[Math.floor(rnd() * s.ind.lines.length)];
    switch (op) {
      case 'target': {
        const month = 1 + Math.floor(rnd() * 12);
        const old = s.ind.targets[month - 1] ?? null;
        const value = Math.round(((old ?? 50) + 1 + Math.floor(rnd() * 5)) * 100) / 100;
        s.ind.targets[month - 1] = value;
        edits.push({ op, name: s.ind.name, month, old, new: value });
        break;
      }
      case 'anggaran': {
        const value = s.ind.anggaran + 1_000_000 * (1 + Math.floor(rnd() * 9));
        edits.push({ op, name: s.ind.name, old: s.ind.anggaran, new: value });
        s.ind.anggaran = value;
        break;
      }
      case 'lineAdded': {
        fresh++;
        const l: GenLine = {
          ro: `DR.3165.ZZ${fresh % 10}.${fresh} - Rincian output baru ${fresh}`,
          komponen: `0${fresh % 100} - Komponen baru ${fresh}`,
          sub: `A - SUB KOMPONEN BARU ${fresh}`,
          anggaran: 2_000_000,
          kontribusi: 2_000_000,
        };
        s.ind.lines.push(l);
        edits.push({ op, name: s.ind.name, sub: l.sub, kontribusi: l.kontribusi });
        break;
      }
      case 'lineRemoved':
      case 'kontribusi': {
        if (!line || (op === 'lineRemoved' && s.ind.lines.length < 2)) break;
        if (op === 'lineRemoved') {
          s.ind.lines.splice(s.ind.lines.indexOf(line), 1);
          edits.push({ op, name: s.ind.name, sub: line.sub, kontribusi: line.kontribusi });
        } else {
          const value = line.kontribusi - 100_000;
          if (value <= 0) break;
          edits.push({ op, name: s.ind.name, sub: line.sub, old: line.kontribusi, new: value });
          line.kontribusi = value;
        }
        break;
      }
      case 'moved': {
        const to = take();
        if (!line || !to || line.kontribusi <= 100_000) break;
        const amount = 100_000;
        line.kontribusi -= amount;
        to.ind.lines.push({ ...line, kontribusi: amount });
        edits.push({ op, from: s.ind.name, to: to.ind.name, sub: line.sub, amount });
        break;
      }
      case 'lineAnggaran': {
        if (!line) break;
        const value = line.anggaran + 500_000;
        edits.push({ op, sub: line.sub, old: line.anggaran, new: value });
        line.anggaran = value;
        break;
      }
      case 'renamed': {
        const value = `Indeks revisi ${fresh++} ${s.ind.name}`;
        edits.push({ op, old: s.ind.name, new: value });
        s.ind.name = value;
        break;
      }
      case 'renumbered': {
        // two neighbours swap places: each keeps its name and gets the other's number
        const sas = next.sasaran.find((x) => x.no === s.sasaranNo)!;
        const i = sas.indikator.indexOf(s.ind);
        const j = i + 1 < sas.indikator.length ? i + 1 : i - 1;
        const other = sas.indikator[j];
        const slot = other ? free.find((f) => f.ind === other) : undefined;
        if (!other || !slot) break;
        free.splice(free.indexOf(slot), 1);
        sas.indikator[i] = other;
        sas.indikator[j] = s.ind;
        [s.ind.no, other.no] = [other.no, s.ind.no];
        edits.push({ op, name: s.ind.name }, { op, name: other.name });
        break;
      }
      case 'indicatorAdded': {
        // at the end of the last sasaran: no indicator after it changes its number in any layout
        const sas = next.sasaran[next.sasaran.length - 1]!;
        const no = String(sas.indikator.length + 1).padStart(2, '0');
        const name = `Jumlah kegiatan tambahan revisi ${fresh++}`;
        const l: GenLine = {
          ro: `DR.3165.ZY1.${fresh} - Rincian output tambahan ${fresh}`,
          komponen: `051 - Komponen tambahan ${fresh}`,
          sub: `A - SUB KOMPONEN TAMBAHAN ${fresh}`,
          anggaran: 3_000_000,
          kontribusi: 3_000_000,
        };
        sas.indikator.push({ no, name, targets: Array(12).fill(10), anggaran: 3_000_000, lines: [l] });
        edits.push({ op, name });
        break;
      }
    }
  }
  return { spec: next, edits };
}
