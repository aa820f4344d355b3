/**
 * The rules table: every finding code, once (SPEC section 5). Its code, severity and the stage
 * that finds it — the reader (it sees the cells), the model rules (`rules/index.ts`, one check
 * per model code, typed against this table), the Realisasi sheet check (`realisasi.ts`), the
 * Perjanjian Kinerja check (`pk.ts`), the settings sheet's rules (`settings.ts`) or the import of
 * SAKTI's realisation report (`../sakti/match.ts`, issue 24).
 * The catalogues, README's finding-code table and docs/SPEC.md are tested against it.
 */
export type Severity = 'error' | 'warning' | 'info';
/** Most severe first: the order findings are listed in and the colour a cell with several gets. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
export type Stage = 'reader' | 'model' | 'realisasi' | 'pk' | 'settings' | 'sakti';

export const RULE_TABLE = [
  { code: 'S01', severity: 'error', stage: 'reader', what: 'no RAPK table on the sheet' },
  { code: 'S02', severity: 'warning', stage: 'reader', what: 'indicator without sasaran, or an unreadable row that holds numbers' },
  { code: 'S03', severity: 'info', stage: 'reader', what: 'number stored as text (still read)' },
  { code: 'S04', severity: 'warning', stage: 'reader', what: 'duplicate indicator number in a sasaran, or duplicate sasaran number' },
  { code: 'S05', severity: 'info', stage: 'reader', what: 'a header label (or a formula without a stored value) the reader had to skip' },
  {
    code: 'S06',
    severity: 'warning',
    stage: 'reader',
    what: 'amounts under the indicators but no budget line read: the budget rules (A01–A04, A08) were not applied',
  },
  { code: 'T01', severity: 'error', stage: 'model', what: 'no annual target' },
  { code: 'T02', severity: 'error', stage: 'reader', what: 'target cell holds text that is not a number', unreadable: true },
  { code: 'T03', severity: 'error', stage: 'model', what: '`Persentase` target outside 0..100' },
  { code: 'T04', severity: 'warning', stage: 'model', what: 'target decreases from one month to the next' },
  { code: 'T05', severity: 'error', stage: 'reader', what: 'shifted row' },
  { code: 'T06', severity: 'warning', stage: 'model', what: 'empty month between months with targets' },
  { code: 'T07', severity: 'warning', stage: 'model', what: 'Layout D: detail heading disagrees with the summary row' },
  { code: 'A01', severity: 'error', stage: 'model', what: 'contributions ≠ indicator anggaran' },
  { code: 'A02', severity: 'error', stage: 'model', what: "a line's contribution exceeds the line's anggaran" },
  { code: 'A03', severity: 'error', stage: 'model', what: 'a shared budget line over-contributed across indicators' },
  { code: 'A04', severity: 'error', stage: 'model', what: 'the same budget line with different anggaran' },
  { code: 'A05', severity: 'error', stage: 'model', what: 'a `Total` row ≠ the sum it closes' },
  { code: 'A06', severity: 'error', stage: 'model', what: 'Layout D: quarters ≠ Total, or (%) ≠ Total / Budget Plan' },
  {
    code: 'A07',
    severity: 'error',
    stage: 'reader',
    what: 'amount negative, not a number, or with fractions of a Rupiah',
    unreadable: true,
  },
  { code: 'A08', severity: 'warning', stage: 'model', what: 'anggaran without budget lines, or a line without contribution' },
  { code: 'A09', severity: 'warning', stage: 'sakti', what: 'SAKTI: a budget line with realisation that no RAPK line claims' },
  { code: 'A10', severity: 'warning', stage: 'sakti', what: 'SAKTI: a RAPK budget line absent from the realisation report' },
  {
    code: 'A11',
    severity: 'warning',
    stage: 'sakti',
    what: "SAKTI: a RAPK line's anggaran ≠ the report's Pagu Revisi (RAPK not updated after a revision)",
  },
  { code: 'A12', severity: 'warning', stage: 'sakti', what: 'SAKTI: realisation above the pagu' },
  { code: 'A13', severity: 'error', stage: 'sakti', what: "SAKTI: the report is of another year, or its period is not the quarter's end" },
  {
    code: 'R01',
    severity: 'warning',
    stage: 'realisasi',
    what: 'Realisasi sheet: realisasi not a number, or > 100 for a `Persentase` indicator',
  },
  {
    code: 'R02',
    severity: 'warning',
    stage: 'realisasi',
    what: 'Realisasi sheet: a RAPK indicator is missing, or a Kode the RAPK does not have',
  },
  { code: 'R03', severity: 'info', stage: 'realisasi', what: "Realisasi sheet: target differs from the RAPK's (the RAPK wins)" },
  { code: 'P01', severity: 'error', stage: 'pk', what: "the RAPK's annual target (B12) ≠ the Perjanjian Kinerja sheet's target" },
  { code: 'P02', severity: 'warning', stage: 'pk', what: 'an indicator in the PK sheet and not in the RAPK, or the other way round' },
  { code: 'M01', severity: 'error', stage: 'settings', what: '`Pengaturan RAPK`: two bands overlap' },
  {
    code: 'M02',
    severity: 'error',
    stage: 'settings',
    what: '`Pengaturan RAPK`: a gap between bands (or below the lowest / above the top)',
  },
  { code: 'M03', severity: 'error', stage: 'settings', what: '`Pengaturan RAPK`: a band without a `#RRGGBB` colour' },
  { code: 'M04', severity: 'error', stage: 'settings', what: '`Pengaturan RAPK`: a weight (Bobot, Bobot IKU) that is not a number > 0' },
  {
    code: 'M05',
    severity: 'error',
    stage: 'settings',
    what: '`Pengaturan RAPK`: another unusable value (bound, parameter, label, Ya/Tidak)',
  },
  {
    code: 'M06',
    severity: 'error',
    stage: 'settings',
    what: '`Pengaturan RAPK`: an unusable Impor Realisasi Anggaran value (split rule, column letter, incomplete mapping)',
  },
] as const satisfies readonly {
  code: string;
  severity: Severity;
  stage: Stage;
  what: string;
  /** the reader found the cell unreadable: the model rules do not pile on it (`RuleContext.unreadable`) */
  unreadable?: true;
}[];

export type RuleCode = (typeof RULE_TABLE)[number]['code'];
/** The codes the model rules find (each has exactly one check in `rules/index.ts`). */
export type ModelCode = Extract<(typeof RULE_TABLE)[number], { stage: 'model' }>['code'];

export interface RuleInfo {
  code: RuleCode;
  severity: Severity;
  stage: Stage;
}

/** code → its row of the table */
export const RULES = Object.fromEntries(RULE_TABLE.map((r) => [r.code, r])) as unknown as Readonly<Record<RuleCode, RuleInfo>>;

export const RULE_CODES: readonly RuleCode[] = RULE_TABLE.map((r) => r.code);

/** The codes whose cell the reader found unreadable (the `unreadable` column). */
export const UNREADABLE_CODES: ReadonlySet<RuleCode> = new Set(RULE_TABLE.flatMap((r) => ('unreadable' in r ? [r.code] : [])));
