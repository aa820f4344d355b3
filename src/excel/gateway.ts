/**
 * The office-js adapter's facade: checks the host's API sets, runs each command in one
 * `Excel.run` batch and translates Excel's errors. Each command is in its own file
 * (`validasi.ts`, `hapusTanda.ts`, `realisasi.ts`, `ringkasan.ts`, `pengaturan.ts`, `rekap.ts`, `anggaran.ts`,
 * `precheck.ts`); the shared steps are `workbookRead.ts` (reading every sheet), `sheetSwap.ts`
 * (writing a new sheet safely) and `marks.ts` (the saved state and the restore). Each command
 * makes a fixed, small number of `context.sync()` calls whatever the sheet size (more only when
 * a write must be split under the request payload limit). All logic is in `src/core`.
 */
import type { ColumnMapping } from '../core/sakti/mapped';
import type { Grid } from '../core/grid/grid';
import type { Lang } from '../core/locales';
import type { Tw } from '../core/measure/formulas';
import { rekapChartAxes } from '../core/rekap';
import type { PresetName } from '../core/settings';
import type { SheetPlan } from '../core/sheets/plan';
import type { SplitRule } from '../core/sakti/match';
import {
  type AnggaranResult,
  type Capabilities,
  GatewayError,
  type HapusTandaResult,
  type NoteMode,
  type PengaturanResult,
  type Precheck,
  type RealisasiResult,
  type RingkasanResult,
  type Unsubscribe,
  type ValidasiResult,
  type WorkbookEvent,
  type WorkbookGateway,
} from '../gateway/contract';
import { importAnggaran } from './anggaran';
import type { CommandEnv, HostQuirks } from './command';
import { explain } from './errors';
import { hapusTanda } from './hapusTanda';
import { pengaturan } from './pengaturan';
import { precheck } from './precheck';
import { type ReadLimits, WEB_LIMITS } from './read';
import { realisasi } from './realisasi';
import { writeRekapSheet } from './rekap';
import { compare, writeRiwayat } from './compare';
import type { CompareOutcome, CompareResult } from '../core/diff/workbook';
import { ringkasan } from './ringkasan';
import { validasi } from './validasi';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type IsSetSupported = (name: string, version: string) => boolean;

export { MARKS_KEY, MAX_STATE_CHARS } from './marks';
export { TEMP_PREFIX } from './sheetSwap';
export type { MarksState, SavedCell, SheetMarks } from '../core/sheets/marksState';

export class ExcelGateway implements WorkbookGateway {
  /** what this session learnt about the host (threaded comments missing, …) */
  private readonly host: HostQuirks = { commentsBroken: false };
  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: IsSetSupported,
    /** the platform's payload limits: Excel on the web unless the host says otherwise */
    private readonly limits: ReadLimits = WEB_LIMITS,
  ) {}

  capabilities(): Capabilities {
    const supported = this.isSetSupported('ExcelApi', '1.9');
    const noteMode: NoteMode = this.isSetSupported('ExcelApi', '1.18')
      ? 'notes'
      : this.isSetSupported('ExcelApi', '1.10') && !this.host.commentsBroken
        ? 'comments'
        : 'none';
    return { supported, noteMode };
  }

  private ensureSupported(): Capabilities {
    const caps = this.capabilities();
    if (!caps.supported) throw new GatewayError({ kind: 'unsupported', need: 'ExcelApi 1.9' });
    return caps;
  }

  private async guarded<T>(fn: (ctx: Excel.RequestContext) => Promise<T>, partial: { done: boolean }): Promise<T> {
    try {
      return await this.run(fn);
    } catch (e) {
      // an AccessDenied is looked at once more: a read-only file is not a protected sheet
      throw await explain(this.run, e, partial.done ? 'partial' : 'nothing');
    }
  }

  /** Runs one command in its own batch: supported host first, errors translated (partial once it wrote). */
  private command<T>(fn: (ctx: Excel.RequestContext, env: CommandEnv) => Promise<T>): Promise<T> {
    // the merged areas are read where the host has getMergedAreasOrNullObject (ExcelApi 1.13)
    const limits: ReadLimits = { ...this.limits, merges: this.isSetSupported('ExcelApi', '1.13') };
    const env: CommandEnv = { caps: this.ensureSupported(), limits, progress: { done: false }, host: this.host };
    return this.guarded((ctx) => fn(ctx, env), env.progress);
  }

  async precheck(): Promise<Precheck> {
    return this.command((ctx) => precheck(ctx));
  }

  async validasi(lang: Lang): Promise<ValidasiResult> {
    return this.command((ctx, env) => validasi(ctx, lang, env));
  }

  async hapusTanda(): Promise<HapusTandaResult> {
    return this.command((ctx, env) => hapusTanda(ctx, env));
  }

  async realisasi(lang: Lang): Promise<RealisasiResult> {
    return this.command((ctx, env) => realisasi(ctx, lang, env));
  }

  async ringkasan(tw: Tw, lang: Lang): Promise<RingkasanResult> {
    return this.command((ctx, env) => ringkasan(ctx, tw, lang, env));
  }

  /** Creates the `Pengaturan RAPK` sheet (a preset's values); an existing one is only shown, never overwritten. */
  async pengaturan(preset: PresetName, lang: Lang): Promise<PengaturanResult> {
    return this.command((ctx, env) => pengaturan(ctx, preset, lang, env));
  }

  async writeRekap(plan: SheetPlan, lang: Lang): Promise<{ sheet: string }> {
    await this.command((ctx, env) => writeRekapSheet(ctx, plan, rekapChartAxes(lang), env.caps.noteMode, env.progress));
    return { sheet: plan.name };
  }

  async compare(old: { file: string; grids: Grid[] }, lang: Lang): Promise<CompareOutcome> {
    return this.command((ctx, env) => compare(ctx, old, lang, env));
  }

  async writeRiwayat(result: CompareResult, lang: Lang): Promise<{ sheet: string }> {
    return { sheet: await this.command((ctx, env) => writeRiwayat(ctx, result, lang, env)) };
  }

  /** Impor realisasi anggaran (SAKTI): the figures; with `write`, the Realisasi sheet's cells filled (`anggaran.ts`). */
  async importAnggaran(
    exported: { file: string; grids: Grid[] },
    tw: Tw,
    split: SplitRule | null,
    lang: Lang,
    write: boolean,
    mapping: ColumnMapping | null = null,
  ): Promise<AnggaranResult> {
    return this.command((ctx, env) => importAnggaran(ctx, exported, tw, split, lang, write, env, mapping));
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.guarded(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      },
      { done: false },
    );
  }

  async subscribe(listener: (e: WorkbookEvent) => void): Promise<Unsubscribe> {
    if (!this.capabilities().supported) return async () => undefined;
    const renames = this.isSetSupported('ExcelApi', '1.17');
    const handlers = await this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      // the handlers only notify: the pane asks the gateway again (precheck) in its own batch
      const list = [
        sheets.onActivated.add(async () => listener('activated')),
        sheets.onAdded.add(async () => listener('added')),
        sheets.onDeleted.add(async () => listener('deleted')),
        ...(renames ? [sheets.onNameChanged.add(async () => listener('renamed'))] : []),
      ];
      await ctx.sync();
      return list;
    });
    return async () => {
      for (const h of handlers) h.remove();
      await handlers[0]?.context.sync();
    };
  }
}
