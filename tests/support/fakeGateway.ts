/**
 * A WorkbookGateway without a workbook: each command answers what the test set (a result, or a
 * GatewayError to throw), and every call is recorded. Pane tests run on it without the simulator.
 */
import type {
  Capabilities,
  PengaturanResult,
  Precheck,
  RealisasiResult,
  RingkasanResult,
  ValidasiResult,
  WorkbookEvent,
  WorkbookGateway,
} from '../../src/gateway/contract';
import type { Summary } from '../../src/core/measure/summary';
import type { SheetPlan } from '../../src/core/sheets/plan';
import type { Lang } from '../../src/core/lang';

type Answer<T> = T | Error | (() => T | Promise<T>);

export interface FakeAnswers {
  precheck: Answer<Precheck>;
  validasi: Answer<ValidasiResult>;
  hapusTanda: Answer<{ restored: number }>;
  realisasi: Answer<RealisasiResult>;
  ringkasan: Answer<RingkasanResult>;
  pengaturan: Answer<PengaturanResult>;
  select: Answer<void>;
  writeRekap: Answer<{ sheet: string }>;
}

export const PRECHECK: Precheck = { sheet: 'RAPK 2025', protected: false, hasRealisasi: true, ownSheet: false, hasMarks: true };

export const VALIDASI: ValidasiResult = {
  sheet: 'RAPK 2025',
  layout: 'K',
  year: 2025,
  unit: 'Balai POM',
  indicators: 25,
  findings: [],
  marked: 0,
  noteMode: 'notes',
};

/** A summary of `of` indicators, `counted` of them scored. */
export function summaryOf(counted: number, of: number): Summary {
  const indikator = Array.from({ length: of }, (_, i) => ({
    kode: `01.${String(i + 1).padStart(2, '0')}`,
    npi: i < counted ? 100 : null,
    why: i < counted ? null : 'noRealisasi',
    over100: false,
  }));
  return {
    tw: 2,
    year: 2025,
    unit: 'Balai POM',
    npss: counted ? 100 : null,
    predikat: null,
    perspektif: [],
    indikator,
  } as unknown as Summary;
}

export class FakeGateway implements WorkbookGateway {
  readonly calls: string[] = [];
  private listener: ((e: WorkbookEvent) => void) | null = null;
  answers: FakeAnswers;

  constructor(
    answers: Partial<FakeAnswers> = {},
    private readonly caps: Capabilities = { supported: true, noteMode: 'notes' },
  ) {
    this.answers = {
      precheck: PRECHECK,
      validasi: VALIDASI,
      hapusTanda: { restored: 0 },
      realisasi: { sheet: 'Realisasi 2025', rapkErrors: [], rows: 25, kept: 0, orphans: 0, created: true },
      ringkasan: { sheet: 'Ringkasan TW II 2025', rapkErrors: [], summary: summaryOf(16, 25) },
      pengaturan: { sheet: 'Pengaturan RAPK', created: true },
      select: undefined,
      writeRekap: { sheet: 'Rekap TW II 2025' },
      ...answers,
    };
  }

  private async answer<K extends keyof FakeAnswers>(
    name: K,
    ...args: unknown[]
  ): Promise<FakeAnswers[K] extends Answer<infer T> ? T : never> {
    this.calls.push([name, ...args.map((a) => JSON.stringify(a))].join(' '));
    const a = this.answers[name];
    if (a instanceof Error) throw a;
    return (typeof a === 'function' ? await (a as () => unknown)() : a) as FakeAnswers[K] extends Answer<infer T> ? T : never;
  }

  capabilities(): Capabilities {
    return this.caps;
  }
  precheck(): Promise<Precheck> {
    return this.answer('precheck');
  }
  validasi(lang: Lang): Promise<ValidasiResult> {
    return this.answer('validasi', lang);
  }
  hapusTanda(): Promise<{ restored: number }> {
    return this.answer('hapusTanda');
  }
  realisasi(lang: Lang): Promise<RealisasiResult> {
    return this.answer('realisasi', lang);
  }
  ringkasan(tw: 1 | 2 | 3 | 4, lang: Lang): Promise<RingkasanResult> {
    return this.answer('ringkasan', tw, lang);
  }
  pengaturan(preset: string, lang: Lang): Promise<PengaturanResult> {
    return this.answer('pengaturan', preset, lang);
  }
  select(sheet: string, address: string): Promise<void> {
    return this.answer('select', sheet, address);
  }
  writeRekap(plan: SheetPlan, lang: Lang): Promise<{ sheet: string }> {
    return this.answer('writeRekap', plan.name, lang);
  }
  async subscribe(listener: (e: WorkbookEvent) => void): Promise<() => Promise<void>> {
    this.listener = listener;
    return async () => {
      this.listener = null;
    };
  }
  /** the workbook changed outside the pane */
  notify(e: WorkbookEvent = 'activated'): void {
    this.listener?.(e);
  }
}
