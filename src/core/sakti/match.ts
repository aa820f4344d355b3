/**
 * The RAPK's budget lines matched to the SAKTI report's sub komponen (issue 24): an indicator's
 * realisasi anggaran = Σ over its lines of the line's realisasi × its share of the line — by
 * default its kontribusi ÷ the line's anggaran (the RAPK's, else the report's Pagu Revisi);
 * `pertama` gives a whole line to the first indicator that claims it. Findings A09–A13 say
 * what does not fit. Pure: the hosts read the two workbooks and write the figures.
 */
import { a1 } from '../grid/grid';
import { moneyValue } from '../grid/numbers';
import type { Tw } from '../measure/formulas';
import type { BudgetLine, Indikator, RapkModel } from '../reader/model';
import { allIndikator, kodeOf } from '../reader/model';
import { type Finding, finding } from '../rules/findings';
import { type RapkCode, codeText, covers, rapkLineCode } from './codes';
import type { SaktiLine, SaktiReport } from './report';

export type SplitRule = 'kontribusi' | 'pertama';
export const SPLIT_RULES: readonly SplitRule[] = ['kontribusi', 'pertama'];
/** Where the split rule came from: a flag (or the pane's choice), the settings sheet, the default. */
export type SplitFrom = 'flag' | 'settings' | 'default';
/** Where the export's columns came from: a flag (or the pane's picker), the settings sheet, the report's header words, SAKTI's positions. */
export type ColumnsFrom = 'flag' | 'settings' | 'words' | 'positions';

export interface ImportedLine {
  ro: string;
  komponen: string;
  subKomponen: string;
  /** the line's realisasi s.d. periode in the report */
  realisasi: number;
  /** the indicator's share of it (0..1) */
  share: number;
}

export interface ImportedIndikator {
  kode: string;
  /** null when none of its lines is in the report */
  realisasiAnggaran: number | null;
  lines: ImportedLine[];
}

export interface SaktiImport {
  period: { year: number | null; month: number | null; text: string | null };
  split: SplitRule;
  indicators: ImportedIndikator[];
  unmatched: {
    /** report lines with realisation that no RAPK line claims */
    export: { code: string; name: string; pagu: number; realisasi: number; cell: string }[];
    /** RAPK lines the report does not have */
    rapk: { kode: string; line: string; cell: string | null }[];
  };
  findings: Finding[];
}

interface Use {
  ind: Indikator;
  line: BudgetLine;
  code: RapkCode | null;
  /** the report's lines it covers (one sub komponen, or every one of its RO / komponen) */
  covered: SaktiLine[];
}

const lineText = (l: BudgetLine): string => [l.ro, l.komponen, l.subKomponen].filter(Boolean).join(' / ');

export function importSakti(model: RapkModel, report: SaktiReport, tw: Tw, split: SplitRule = 'kontribusi'): SaktiImport {
  const findings: Finding[] = [];
  const uses: Use[] = allIndikator(model).flatMap((ind) =>
    ind.lines.map((line) => {
      const code = rapkLineCode(line.ro, line.komponen, line.subKomponen);
      return { ind, line, code, covered: code ? report.lines.filter((l) => covers(code, l.code)) : [] };
    }),
  );
  const sum = (ls: readonly SaktiLine[], f: (l: SaktiLine) => number): number => moneyValue(ls.reduce((t, l) => t + f(l), 0));

  // period: the report must be of the RAPK's year and end with the quarter asked
  const want = tw * 3;
  if ((report.year !== null && model.year !== null && report.year !== model.year) || (report.month !== null && report.month !== want))
    findings.push(
      finding('A13', report.sheet, ['A1'], {
        year: report.year,
        rapkYear: model.year,
        month: report.month,
        wantMonth: want,
        tw,
        period: report.period ?? '',
      }),
    );

  // each line's anggaran (RAPK first appearance, else the report's pagu) and the first claimant, by its code
  const claimed = new Set<SaktiLine>();
  const firstOf = new Map<string, Indikator>();
  const anggaranOf = new Map<string, number | null>();
  const flagged = new Set<string>();
  for (const u of uses) {
    if (!u.code || u.covered.length === 0) {
      findings.push(
        finding('A10', model.sheet, u.line.kontribusi.cell ? [a1(u.line.kontribusi.cell)] : ['A1'], {
          kode: kodeOf(u.ind),
          line: lineText(u.line),
        }),
      );
      continue;
    }
    const key = codeText(u.code);
    for (const l of u.covered) claimed.add(l);
    if (!firstOf.has(key)) firstOf.set(key, u.ind);
    if (!anggaranOf.has(key)) anggaranOf.set(key, u.line.anggaran.value);
    const a = u.line.anggaran.value;
    const pagu = sum(u.covered, (l) => l.pagu);
    if (a !== null && a !== pagu && !flagged.has(key) && u.line.anggaran.cell) {
      flagged.add(key);
      findings.push(finding('A11', model.sheet, [a1(u.line.anggaran.cell)], { line: lineText(u.line) }, { expected: pagu, actual: a }));
    }
  }
  for (const s of report.lines) {
    if (!claimed.has(s) && s.realisasi > 0)
      findings.push(finding('A09', report.sheet, [a1(s.cell)], { code: codeText(s.code), name: s.name }));
    if (s.realisasi > s.pagu)
      findings.push(
        finding('A12', report.sheet, [a1(s.cell)], { code: codeText(s.code), name: s.name }, { expected: s.pagu, actual: s.realisasi }),
      );
  }

  const byInd = new Map<Indikator, Use[]>();
  for (const u of uses) byInd.set(u.ind, [...(byInd.get(u.ind) ?? []), u]);
  const indicators: ImportedIndikator[] = allIndikator(model).map((ind) => {
    const lines: ImportedLine[] = [];
    for (const u of byInd.get(ind) ?? []) {
      if (!u.code || u.covered.length === 0) continue;
      const key = codeText(u.code);
      const realisasi = sum(u.covered, (l) => l.realisasi);
      const base = anggaranOf.get(key) ?? sum(u.covered, (l) => l.pagu);
      const k = u.line.kontribusi.value;
      const share = split === 'pertama' ? (firstOf.get(key) === ind ? 1 : 0) : base && k !== null ? k / base : 0;
      lines.push({ ro: u.line.ro, komponen: u.line.komponen, subKomponen: u.line.subKomponen, realisasi, share });
    }
    const realisasiAnggaran = lines.length ? moneyValue(lines.reduce((t, l) => t + l.realisasi * l.share, 0)) : null;
    return { kode: kodeOf(ind), realisasiAnggaran, lines };
  });

  return {
    period: { year: report.year, month: report.month, text: report.period },
    split,
    indicators,
    unmatched: {
      export: report.lines
        .filter((s) => !claimed.has(s) && s.realisasi > 0)
        .map((s) => ({ code: codeText(s.code), name: s.name, pagu: s.pagu, realisasi: s.realisasi, cell: a1(s.cell) })),
      rapk: uses
        .filter((u) => u.covered.length === 0)
        .map((u) => ({ kode: kodeOf(u.ind), line: lineText(u.line), cell: u.line.kontribusi.cell ? a1(u.line.kontribusi.cell) : null })),
    },
    findings,
  };
}

/** The `rapk anggaran --json` shape. */
export function saktiJson(imp: SaktiImport) {
  return {
    period: imp.period,
    split: imp.split,
    indicators: imp.indicators.map((i) => ({
      kode: i.kode,
      realisasiAnggaran: i.realisasiAnggaran === null ? null : Math.round(i.realisasiAnggaran),
      lines: i.lines.map((l) => ({
        ro: l.ro,
        komponen: l.komponen,
        subKomponen: l.subKomponen,
        realisasi: l.realisasi,
        share: Math.round(l.share * 1e6) / 1e6,
      })),
    })),
    unmatched: imp.unmatched,
  };
}
