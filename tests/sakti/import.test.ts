/**
 * SAKTI's realisation report joined to the RAPK (issue 24): generated RAPK + generated report
 * for the same lines, in both column maps, with and without header words, all code spellings
 * and title wordings — every indicator's realisasi anggaran equals the hand-computed share sum;
 * planted mismatches give exactly the planted findings.
 */
import { allIndikator, kodeOf } from '../../src/core/reader/model';
import { readRapk } from '../../src/core/reader/readRapk';
import { importSakti } from '../../src/core/sakti/match';
import { readSakti, type SaktiReport } from '../../src/core/sakti/report';
import { renderPresentation, specOf } from '../../src/sample/present';
import { renderSakti, saktiOptions } from '../../src/sample/sakti';
import type { RapkSpec } from '../../src/sample/generate';
import type { Tw } from '../../src/core/measure/formulas';

function report(spec: RapkSpec, seed: number, over: Parameters<typeof saktiOptions>[1] = {}) {
  const o = saktiOptions(seed, { year: spec.year, ...over });
  const r = renderSakti(spec, seed, o);
  const rep = readSakti(r.grid);
  if ('missing' in rep) throw new Error(`seed ${seed} (${JSON.stringify(o)}): not read, missing ${rep.missing}`);
  return { rep: rep as SaktiReport, r, o };
}

/** Σ over the indicator's lines of the line's realisasi × kontribusi ÷ anggaran, from the generator's own numbers. */
function byHand(spec: RapkSpec, realisasi: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of spec.sasaran)
    for (const i of s.indikator)
      out.set(
        i.name,
        i.lines.reduce((t, l) => t + (realisasi.get(l.sub) ?? 0) * (l.kontribusi / l.anggaran), 0),
      );
  return out;
}

describe('SAKTI import on generated reports', () => {
  it('reads every variant and gives each indicator the hand-computed share sum (layouts K, D, R)', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 240; seed++) {
      const spec = specOf(seed);
      const tw = (1 + (seed % 4)) as Tw;
      const { rep, r, o } = report(spec, seed, { month: tw * 3 });
      seen.add(`${o.map}/${o.words}/${o.title}/${o.kegiatanStyle}/${o.subStyle}`);
      expect(rep.month).toBe(tw * 3);
      expect(rep.year).toBe(spec.year);
      const layout = (['K', 'D', 'R'] as const)[seed % 3]!;
      const model = readRapk(renderPresentation(seed, { layout, plant: 'none' }, spec).grid).model!;
      const imp = importSakti(model, rep, tw);
      expect(imp.findings).toEqual([]);
      const want = byHand(spec, r.realisasi);
      for (const ind of allIndikator(model)) {
        const got = imp.indicators.find((i) => i.kode === kodeOf(ind))!;
        expect(got.realisasiAnggaran).toBeCloseTo(want.get(ind.name)!, 4);
      }
    }
    // both maps, words or positions, three titles, both kegiatan spellings, three sub komponen spellings
    expect(seen.size).toBeGreaterThanOrEqual(30);
  });

  it('planted mismatches give exactly the planted findings', () => {
    const spec = specOf(7);
    const model = readRapk(renderPresentation(7, { layout: 'K', plant: 'none' }, spec).grid).model!;
    const lines = spec.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.lines));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const codes = (over: Parameters<typeof saktiOptions>[1], tw: Tw = 2) =>
      importSakti(model, report(spec, 7, { month: 6, ...over }).rep, tw).findings.map((f) => f.code);
    expect(codes({ unclaimed: true })).toEqual(['A09']);
    expect(codes({ missing: true })).toEqual(['A10']);
    expect(codes({ revised: true })).toEqual(['A11']);
    expect(codes({ overspent: true })).toEqual(['A12']);
    expect(codes({ month: 9 })).toEqual(['A13']);
    expect(codes({ year: spec.year - 1 })).toEqual(['A13']);
    expect(codes({}, 3)).toEqual(['A13']);
  });

  it('the split rule: by kontribusi, or the whole line to the first indicator that claims it', () => {
    const spec = specOf(11);
    // one line shared by two indicators, 60 % and 40 %
    const a = spec.sasaran[0]!.indikator[0]!;
    const b = spec.sasaran[0]!.indikator[1] ?? spec.sasaran[1]!.indikator[0]!;
    const shared = { ...a.lines[0]!, anggaran: 10_000_000, kontribusi: 6_000_000 };
    a.lines = [shared];
    a.anggaran = 6_000_000;
    b.lines = [...b.lines, { ...shared, kontribusi: 4_000_000 }];
    b.anggaran = b.lines.reduce((t, l) => t + l.kontribusi, 0);
    const model = readRapk(renderPresentation(11, { layout: 'K', plant: 'none' }, spec).grid).model!;
    const { rep, r } = report(spec, 11, { month: 6 });
    const spent = r.realisasi.get(shared.sub)!;
    const kodeA = kodeOf(allIndikator(model).find((i) => i.name === a.name)!);
    const kodeB = kodeOf(allIndikator(model).find((i) => i.name === b.name)!);
    const byK = importSakti(model, rep, 2, 'kontribusi');
    expect(byK.indicators.find((i) => i.kode === kodeA)!.realisasiAnggaran).toBeCloseTo(spent * 0.6, 4);
    const first = importSakti(model, rep, 2, 'pertama');
    expect(first.indicators.find((i) => i.kode === kodeA)!.realisasiAnggaran).toBeCloseTo(spent, 4);
    const bLine = first.indicators.find((i) => i.kode === kodeB)!.lines.find((l) => l.subKomponen === shared.sub)!;
    expect(bLine.share).toBe(0);
  });

  it('a sheet that is not such a report names what was looked for', () => {
    expect(readSakti({ name: 'Lain', values: [['Catatan saja']], merges: [] })).toEqual({ missing: 'header' });
    expect(readSakti({ name: 'Lain', values: [['Kode', 'Uraian', 'Pagu Revisi', 'Realisasi Periode Ini']], merges: [] })).toEqual({
      missing: 'realisasi',
    });
  });
});
