/**
 * The office-js adapter: reads grids, applies marks, writes sheet plans. Each command makes a
 * fixed, small number of `context.sync()` calls whatever the sheet size (more only when a
 * write must be split under the request payload limit). All logic is in `src/core`.
 */
import type { Grid } from '../core/grid';
import type { Lang } from '../core/locales';
import { planMarks } from '../core/marks';
import {
  type CellNow,
  type RestoreStep,
  addedComments,
  parseMarksState as parseState,
  planValidasiMarks,
  restoreStep,
} from '../core/marksState';
import type { Tw } from '../core/measure';
import { allIndikator } from '../core/model';
import { validateSheet } from '../core/validate';
import { type WorkbookProblem, realisasiForWorkbook, summaryForWorkbook, validateWorkbook } from '../core/workbook';
import type { SheetPlan } from '../core/sheetPlan';
import {
  type Capabilities,
  GatewayError,
  type NoteMode,
  type PengaturanResult,
  type Precheck,
  type RealisasiResult,
  type RingkasanResult,
  type Unsubscribe,
  type ValidasiResult,
  type WorkbookEvent,
  type WorkbookGateway,
} from '../shared/gateway';
import { rapkErrorsOf } from '../core/unresolved';
import { translate } from './errors';
import { type ReadLimits, SheetReader, WEB_LIMITS } from './read';
import { queuePlan } from './writePlan';
import { queueCells } from './writeCells';
import { BYTES_PER_EXTRA_PROP, BYTES_PER_NOTE_OP, BYTES_PER_RANGE_OP, Budget, eachBlock, writeSync } from './batch';
import { FILL_PROPS, type SavedFill, applyFill, fillKey, ownFill } from './fills';
import { parseA1 } from '../core/grid';
import { queueCharts } from './charts';
import { checkPk, isPkSheetName, readPk } from '../core/pk';
import { sortFindings } from '../core/findings';
import { type PresetName, isSettingsSheetName, readSettings } from '../core/settings';
import { settingsPlanForWorkbook } from '../core/workbook';
import { rekapChartAxes } from '../core/rekap';
import { writeRekapSheet } from './rekap';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type IsSetSupported = (name: string, version: string) => boolean;

/** Workbook-scoped storage of the marks and the cells' own formatting (workbook.settings). */
export const MARKS_KEY = 'rapk.marks.v1';
/** Name of a Realisasi sheet being written; one left by an interrupted run holds a full copy. */
export const TEMP_PREFIX = 'RAPK baru ';

export type { MarksState, SavedCell, SheetMarks } from '../core/marksState';

/**
 * Largest saved state (characters of JSON) in `workbook.settings`, which has no documented
 * limit: marks past it are not made (their findings are still listed), so the state stays
 * small and travels in one request with room to spare.
 */
export const MAX_STATE_CHARS = 1_000_000;

/** The add-in's own Ringkasan sheets: only their title rows are read (they are only replaced). */
const isRingkasanName = (name: string): boolean => /^\s*ringkasan\b/i.test(name);

interface WorkbookRead {
  grids: Grid[];
  active: string;
  positions: Map<string, number>;
  ids: Map<string, string>;
  protectedSheets: Set<string>;
  /** the workbook's structure is protected: no sheet can be added, deleted or renamed */
  structureProtected: boolean;
}

/** What a loaded cell shows now (fill and note), for the core's marks decisions. */
function cellNow(fills: Map<string, Excel.RangeFill>, notes: Map<string, Excel.Note> | null, a: string): CellNow {
  const f = fills.get(a);
  const n = notes?.get(a);
  return {
    fill: f ? ownFill(f) : null,
    note: n && !n.isNullObject ? n.content : null,
  };
}

function problemError(p: WorkbookProblem): GatewayError {
  if (p.kind === 'noRealisasi') return new GatewayError('noRealisasi');
  // invalid methodology settings: nothing is scored or written (Validasi on that sheet marks them)
  if (p.kind === 'invalidSettings') return new GatewayError('invalidSettings', { sheet: p.sheet, count: p.findings.length });
  return new GatewayError('noRapk');
}

export class ExcelGateway implements WorkbookGateway {
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
      : this.isSetSupported('ExcelApi', '1.10')
        ? 'comments'
        : 'none';
    return { supported, noteMode };
  }

  private ensureSupported(): Capabilities {
    const caps = this.capabilities();
    if (!caps.supported) throw new GatewayError('unsupported', { need: 'ExcelApi 1.9' });
    return caps;
  }

  private async guarded<T>(fn: (ctx: Excel.RequestContext) => Promise<T>, partial: { done: boolean }): Promise<T> {
    try {
      return await this.run(fn);
    } catch (e) {
      throw translate(e, partial.done ? 'partial' : 'nothing');
    }
  }

  async precheck(): Promise<Precheck> {
    this.ensureSupported();
    return this.guarded(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.load('name,id');
        ws.protection.load('protected');
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
        setting.load('value');
        await ctx.sync();
        const names = sheets.items.map((s) => s.name);
        const state = setting.isNullObject ? null : parseState(setting.value);
        return {
          sheet: ws.name,
          protected: ws.protection.protected,
          hasRealisasi: names.some((n) => /^realisasi\b/i.test(n.trim())),
          // a Ringkasan sheet is only ever rewritten; a Realisasi sheet is validated against its RAPK
          ownSheet: /^(ringkasan|rekap tw (i|ii|iii|iv))\b/i.test(ws.name.trim()),
          hasMarks: !!state && state.sheets.some((s) => s.cells.length > 0),
        };
      },
      { done: false },
    );
  }

  // ---------------------------------------------------------------- Validasi
  async validasi(lang: Lang): Promise<ValidasiResult> {
    const caps = this.ensureSupported();
    const progress = { done: false };
    return this.guarded(async (ctx) => {
      // sync 1: the sheet, its protection, the saved marks (and comments in comment mode) and
      // the sheet's values (on the web, as many rows as fit in one response: the rest in sync 2)
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
      const comments = caps.noteMode === 'comments' ? ws.comments : null;
      const sheets = ctx.workbook.worksheets;
      const reader = new SheetReader(ctx, this.limits);
      const read = reader.add(ws, '');
      await reader.sync(() => {
        ws.load('name,id');
        setting.load('value');
        sheets.load('items/name');
        comments?.load('items/id,items/content');
      });
      // a sheet protected with "Format cells" allowed can still be marked (fills)
      if (read.isProtected && !read.allowsFormat) throw new GatewayError('protected', { sheet: ws.name });
      await reader.finish();
      // notes and comments need "Edit objects" on a protected sheet: without it, fills only
      const noteMode: NoteMode = read.isProtected && !read.allowsObjects ? 'none' : caps.noteMode;
      const grid: Grid = { ...read.grid!, name: ws.name };
      let v = validateSheet(grid);
      if (v.kind === 'ringkasan') throw new GatewayError('isRealisasi', { sheet: ws.name });
      if (v.kind === 'none' && isSettingsSheetName(ws.name)) {
        // the Pengaturan RAPK sheet: its findings (M01–M05) are marked in place, like a RAPK's
        const others = sheets.items
          .filter((x) => x.name !== ws.name)
          .map((x) => reader.add(sheets.getItem(x.name), x.name, isRingkasanName(x.name)));
        await reader.finish();
        const rapk = validateWorkbook(others.map((r) => ({ ...r.grid!, name: r.name }))).sheets[0]?.model;
        if (!rapk) throw new GatewayError('noRapk', { sheet: ws.name });
        const read = readSettings(grid);
        v = { kind: 'none', model: rapk, findings: read.ok ? [] : read.findings };
      }
      if (v.kind === 'rapk' && v.model) {
        // a Perjanjian Kinerja sheet (found by its name): P01/P02 on this RAPK; one more read
        const pkNames = sheets.items.filter((x) => x.name !== ws.name && isPkSheetName(x.name)).map((x) => x.name);
        if (pkNames.length) {
          const pks = pkNames.map((n) => reader.add(sheets.getItem(n), n));
          await reader.finish();
          const model = v.model;
          const extra = pks.flatMap((p) => {
            const pk = readPk({ ...p.grid!, name: p.name });
            return pk ? checkPk(model, pk).filter((f) => f.sheet === ws.name) : [];
          });
          v = { ...v, findings: sortFindings([...v.findings, ...extra]) };
        }
      }
      if (v.kind === 'realisasi') {
        // the Realisasi sheet is checked against the workbook's RAPK (R01–R03): read the other sheets
        const others = sheets.items
          .filter((x) => x.name !== ws.name)
          .map((x) => reader.add(sheets.getItem(x.name), x.name, isRingkasanName(x.name)));
        await reader.finish();
        const wbv = validateWorkbook([...others.map((r) => ({ ...r.grid!, name: r.name })), grid]);
        const rapk = wbv.sheets[0]?.model;
        if (!rapk) throw new GatewayError('noRapk', { sheet: ws.name });
        v = { kind: 'realisasi', model: rapk, findings: wbv.findings.filter((f) => f.sheet === ws.name) };
      }
      if (!v.model) throw new GatewayError('noRapk', { sheet: ws.name });
      const plan = planMarks(ws.name, v.findings, lang);
      const state = parseState(setting.isNullObject ? null : setting.value);
      const writes = new Budget(() => writeSync(ctx, progress));
      const prev = state.sheets.find((s) => s.id === ws.id);
      const ours = addedComments(prev);

      // sync 2: the cells' own fills and notes (new marks) and the current state of old marks
      // (more syncs only when thousands of cells would pass the request budget)
      const addresses = [...new Set([...plan.marks.map((m) => m.address), ...(prev?.cells ?? []).map((c) => c.a)])];
      const fills = new Map<string, Excel.RangeFill>();
      const notes = noteMode === 'notes' ? new Map<string, Excel.Note>() : null;
      const loads = new Budget(() => ctx.sync());
      for (const a of addresses) {
        await loads.take(BYTES_PER_RANGE_OP + (notes ? BYTES_PER_NOTE_OP : 0));
        fills.set(a, ws.getRange(a).format.fill.load(FILL_PROPS));
        notes?.set(a, ws.notes.getItemOrNullObject(a).load('content'));
      }
      const locations = comments ? comments.items.map((c) => ({ c, loc: c.getLocation().load('address') })) : [];
      await ctx.sync();

      const userCommentCells = new Set(
        locations
          .filter(({ c }) => !ours.has(c.content))
          .map(({ loc }) => loc.address.slice(loc.address.lastIndexOf('!') + 1).replace(/\$/g, '')),
      );
      // the saved state stays under MAX_STATE_CHARS: marks past it are not made
      const marks = planValidasiMarks(
        state,
        { id: ws.id, name: ws.name },
        plan,
        noteMode,
        (a) => cellNow(fills, notes, a),
        (a) => userCommentCells.has(a),
        MAX_STATE_CHARS,
      );

      // sync 3: save the state first (so Hapus tanda can always undo), then restore and mark;
      // the load fails the batch before anything is written if the sheet was deleted meanwhile
      ws.load('id');
      const json = JSON.stringify(marks.state);
      ctx.workbook.settings.add(MARKS_KEY, json);
      writes.add(json.length * 1.2 + 300);
      await this.queueRestore(ws, marks.restore, notes, writes);
      const byFill = new Map<string, { r: number; c: number }[]>();
      for (const m of marks.mark) {
        const ref = parseA1(m.a)!;
        const list = byFill.get(m.fill);
        if (list) list.push(ref);
        else byFill.set(m.fill, [ref]);
      }
      // cleared first: a planner's pattern or tint would otherwise show through the mark's colour
      for (const [fill, cells] of byFill)
        await eachBlock(
          ws,
          cells,
          writes,
          (r) => {
            r.format.fill.clear();
            r.format.fill.color = fill;
          },
          BYTES_PER_RANGE_OP + BYTES_PER_EXTRA_PROP,
        );
      if (notes) {
        for (const m of marks.mark) {
          if (m.note === null) continue;
          await writes.take(BYTES_PER_NOTE_OP + m.note.length);
          const existing = notes.get(m.a)!;
          if (existing.isNullObject) ws.notes.add(m.a, m.note);
          else existing.content = m.note;
        }
      } else if (comments && noteMode === 'comments') {
        for (const c of comments.items) if (ours.has(c.content)) c.delete();
        for (const m of marks.mark) {
          if (m.note === null) continue;
          await writes.take(BYTES_PER_NOTE_OP + m.note.length);
          // the reference wants the full address with the sheet name, or a Range
          ws.comments.add(ws.getRange(m.a), m.note);
        }
      }
      await writes.flush();
      return {
        sheet: ws.name,
        layout: v.model.layout,
        year: v.model.year,
        unit: v.model.unit,
        indicators: allIndikator(v.model).length,
        findings: v.findings,
        marked: marks.mark.length,
        noteMode,
      };
    }, progress);
  }

  /** Queues restore steps (decided by the core from the saved state and what the cells show). */
  private async queueRestore(
    ws: Excel.Worksheet,
    steps: RestoreStep[],
    notes: Map<string, Excel.Note> | null,
    budget: Budget,
  ): Promise<number> {
    const clear: { r: number; c: number }[] = [];
    const byFill = new Map<string, { fill: SavedFill; refs: { r: number; c: number }[] }>();
    let restored = 0;
    for (const step of steps) {
      const ref = parseA1(step.a);
      if (!ref) continue;
      restored++;
      if (step.fill === 'keep') continue;
      if (step.fill === null) clear.push(ref);
      else {
        const k = fillKey(step.fill);
        const group = byFill.get(k);
        if (group) group.refs.push(ref);
        else byFill.set(k, { fill: step.fill, refs: [ref] });
      }
    }
    await eachBlock(ws, clear, budget, (r) => r.format.fill.clear());
    // colour, pattern, pattern colour and tint: the planner's own fill, exactly
    for (const { fill, refs } of byFill.values())
      await eachBlock(ws, refs, budget, (r) => applyFill(r, fill), BYTES_PER_RANGE_OP + 3 * BYTES_PER_EXTRA_PROP);
    if (notes) {
      for (const step of steps) {
        const n = notes.get(step.a);
        if (!n || n.isNullObject || step.note === 'keep') continue;
        await budget.take(BYTES_PER_NOTE_OP + (step.note?.length ?? 0));
        if (step.note === null) n.delete();
        else n.content = step.note;
      }
    }
    return restored;
  }

  // ---------------------------------------------------------------- Hapus tanda
  async hapusTanda(): Promise<{ restored: number }> {
    const caps = this.ensureSupported();
    const progress = { done: false };
    return this.guarded(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
      setting.load('value');
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      await ctx.sync();
      const state = parseState(setting.isNullObject ? null : setting.value);
      if (state.sheets.length === 0) return { restored: 0 };
      const alive = state.sheets.filter((s) => sheets.items.some((w) => w.id === s.id));
      // the marked cells' fills and notes (more syncs only when they would pass the request budget)
      const loads = new Budget(() => ctx.sync());
      const work = [];
      for (const s of alive) {
        const ws = sheets.getItem(s.id);
        ws.protection.load('protected,options');
        const fills = new Map<string, Excel.RangeFill>();
        const notes = s.mode === 'notes' && caps.noteMode === 'notes' ? new Map<string, Excel.Note>() : null;
        for (const c of s.cells) {
          await loads.take(BYTES_PER_RANGE_OP + (notes ? BYTES_PER_NOTE_OP : 0));
          fills.set(c.a, ws.getRange(c.a).format.fill.load(FILL_PROPS));
          notes?.set(c.a, ws.notes.getItemOrNullObject(c.a).load('content'));
        }
        const comments = s.mode === 'comments' && caps.noteMode !== 'none' ? ws.comments.load('items/id,items/content') : null;
        work.push({ s, ws, fills, notes, comments });
      }
      await ctx.sync();
      // a protected sheet that allows formatting (and editing notes, where the marks have them) can be cleared
      const locked = work.find((w) => {
        const p = w.ws.protection;
        if (!p.protected) return false;
        return !p.options.allowFormatCells || (w.s.mode !== 'none' && !p.options.allowEditObjects);
      });
      if (locked) throw new GatewayError('protected', { sheet: locked.s.name });
      const writes = new Budget(() => writeSync(ctx, progress));
      let restored = 0;
      for (const w of work) {
        const steps = w.s.cells.map((c) => restoreStep(c, cellNow(w.fills, w.notes, c.a), w.notes ? 'notes' : 'none'));
        restored += await this.queueRestore(w.ws, steps, w.notes, writes);
        const ours = addedComments(w.s);
        if (w.comments) for (const c of w.comments.items) if (ours.has(c.content)) c.delete();
      }
      // last, so a batch that fails half-way can be finished by running Hapus tanda again
      ctx.workbook.settings.getItemOrNullObject(MARKS_KEY).delete();
      writes.add(200);
      await writes.flush();
      return { restored };
    }, progress);
  }

  // ---------------------------------------------------------------- reading the workbook
  /**
   * sync 1: the sheets' names and ids and the active sheet's values; then every other sheet
   * (one sync on the desktop; on the web as many as the 5 MB responses need).
   */
  private async readWorkbook(ctx: Excel.RequestContext): Promise<WorkbookRead> {
    const sheets = ctx.workbook.worksheets;
    const active = sheets.getActiveWorksheet();
    const reader = new SheetReader(ctx, this.limits);
    const first = reader.add(active, '');
    const structure = ctx.workbook.protection;
    await reader.sync(() => {
      sheets.load('items/name,items/position,items/id');
      active.load('name');
      structure.load('protected');
    });
    first.name = active.name;
    const reads = [
      first,
      ...sheets.items.filter((s) => s.name !== active.name).map((s) => reader.add(sheets.getItem(s.name), s.name, isRingkasanName(s.name))),
    ];
    await reader.finish();
    return {
      // the active sheet first, so the RAPK the planner is looking at is the one used
      grids: reads.map((r) => ({ ...r.grid!, name: r.name })),
      active: active.name,
      positions: new Map(sheets.items.map((s) => [s.name, s.position])),
      ids: new Map(sheets.items.map((s) => [s.name, s.id])),
      protectedSheets: new Set(reads.filter((r) => r.isProtected).map((r) => r.name)),
      structureProtected: structure.protected,
    };
  }

  /**
   * Writes a plan as a new sheet. With `safeSwap` the new sheet is written completely under a
   * temporary name first, and in the same batch, after every write, the old sheet (and
   * leftovers of an interrupted run) are deleted and the new one renamed: a batch stops at its
   * first failure, so the old sheet is only deleted once the new one is complete. A failed batch
   * is looked at once more and either undone (the old sheet still there) or finished.
   */
  private async writeSheet(
    ctx: Excel.RequestContext,
    plan: SheetPlan,
    opts: {
      replace: string[];
      ids: Map<string, string>;
      position: number;
      safeSwap: boolean;
      noteMode: NoteMode;
      /** axis titles of the plan's charts (drawn in the same batch) */
      chartAxes?: { x: string; y: string };
    },
    progress: { done: boolean },
  ): Promise<void> {
    const sheets = ctx.workbook.worksheets;
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (!opts.safeSwap) {
      for (const name of opts.replace) sheets.getItem(name).delete();
      const ws = sheets.add(plan.name);
      ws.position = opts.position;
      await queuePlan(ws, plan, opts.noteMode, () => writeSync(ctx, progress));
      if (opts.chartAxes) queueCharts(ws, plan, opts.chartAxes);
      ws.activate();
      await writeSync(ctx, progress);
      return;
    }
    const temp = `${TEMP_PREFIX}${Math.floor(Math.random() * 1e6)}`;
    const ws = sheets.add(temp);
    try {
      // a plan over one request's budget is written in several syncs, all into the new sheet
      await queuePlan(ws, plan, opts.noteMode, () => ctx.sync());
      for (const name of opts.replace) sheets.getItem(name).delete();
      ws.name = plan.name;
      ws.position = opts.position;
      ws.activate();
      await ctx.sync();
      progress.done = true;
    } catch (e) {
      if (await this.recoverSwap(ctx, temp, plan.name, opts)) {
        progress.done = true;
        return;
      }
      throw e;
    }
  }

  /**
   * After a failed write-and-swap: if no old sheet was deleted, removes the new sheet (nothing
   * changed) and returns false; if the deletes had begun, the new sheet is complete, so the
   * swap is finished and true returned. Throws (as a partial change) if Excel cannot be asked.
   */
  private async recoverSwap(
    ctx: Excel.RequestContext,
    temp: string,
    name: string,
    opts: { replace: string[]; ids: Map<string, string>; position: number },
  ): Promise<boolean> {
    const sheets = ctx.workbook.worksheets;
    try {
      sheets.load('items/name,items/id');
      await ctx.sync();
      const ids = new Set(sheets.items.map((s) => s.id));
      const names = new Set(sheets.items.map((s) => s.name));
      const deleted = opts.replace.some((n) => opts.ids.has(n) && !ids.has(opts.ids.get(n)!));
      // no old sheet (a first Realisasi sheet) and the rename done: only the activation failed
      if (!deleted && !names.has(temp) && names.has(name) && !opts.ids.has(name)) return true;
      if (!deleted) {
        if (names.has(temp)) {
          sheets.getItem(temp).delete();
          await ctx.sync();
        }
        return false;
      }
      for (const n of opts.replace) if (opts.ids.has(n) && ids.has(opts.ids.get(n)!)) sheets.getItem(opts.ids.get(n)!).delete();
      const ws = names.has(temp) ? sheets.getItem(temp) : sheets.getItem(name);
      ws.name = name;
      ws.position = opts.position;
      ws.activate();
      await ctx.sync();
      return true;
    } catch (e2) {
      throw translate(e2, 'partial');
    }
  }

  // ---------------------------------------------------------------- Realisasi
  async realisasi(lang: Lang): Promise<RealisasiResult> {
    const caps = this.ensureSupported();
    const progress = { done: false };
    return this.guarded(async (ctx) => {
      const wb = await this.readWorkbook(ctx);
      const validation = validateWorkbook(wb.grids);
      const r = realisasiForWorkbook(wb.grids, { lang, validation });
      if ('problem' in r) throw problemError(r.problem);
      const leftovers = [...wb.positions.keys()].filter((n) => n.startsWith(TEMP_PREFIX));
      if (r.existing && r.refresh) {
        // in place: only the add-in's cells are written; the planner's columns, formulas,
        // notes, validations and widths stay (ADR 009). Typed cells are never written, so a
        // batch that fails half-way loses nothing and running again finishes it.
        const name = r.existing.name;
        if (wb.protectedSheets.has(name)) throw new GatewayError('protected', { sheet: name });
        const sheets = ctx.workbook.worksheets;
        const ws = sheets.getItem(name);
        ctx.workbook.application.suspendApiCalculationUntilNextSync();
        // copies left by an interrupted run of an earlier version are the add-in's own; on a
        // workbook whose structure is protected no sheet can be deleted: they stay (no sheet is
        // added, deleted or renamed by a refresh in place)
        if (!wb.structureProtected) for (const n of leftovers) if (!wb.protectedSheets.has(n)) sheets.getItem(n).delete();
        await queueCells(ws, r.refresh.cells, r.refresh.validations, r.existing.cols.Kode ?? 0, () => writeSync(ctx, progress));
        ws.activate();
        await writeSync(ctx, progress);
        const rows = allIndikator(r.model).length;
        return {
          sheet: name,
          rows,
          kept: r.existing.rows.length,
          orphans: r.refresh.orphans,
          created: false,
          rapkErrors: rapkErrorsOf(validation, r.model.sheet),
        };
      }
      // a new sheet is added (and renamed, and a copy left by an interrupted run deleted)
      if (wb.structureProtected) throw new GatewayError('structureProtected');
      // the sheet to replace: a copy left by an interrupted run
      const replace = leftovers;
      const locked = replace.find((n) => wb.protectedSheets.has(n));
      if (locked) throw new GatewayError('protected', { sheet: locked });
      const position = (wb.positions.get(r.model.sheet) ?? 0) + 1;
      await this.writeSheet(ctx, r.plan, { replace, ids: wb.ids, position, safeSwap: true, noteMode: caps.noteMode }, progress);
      const rows = allIndikator(r.model).length;
      return {
        sheet: r.plan.name,
        rows,
        kept: 0,
        orphans: r.plan.notes?.length ?? 0,
        created: true,
        rapkErrors: rapkErrorsOf(validation, r.model.sheet),
      };
    }, progress);
  }

  // ---------------------------------------------------------------- Ringkasan
  async ringkasan(tw: Tw, lang: Lang): Promise<RingkasanResult> {
    const caps = this.ensureSupported();
    const progress = { done: false };
    return this.guarded(async (ctx) => {
      const wb = await this.readWorkbook(ctx);
      const validation = validateWorkbook(wb.grids);
      const r = summaryForWorkbook(wb.grids, tw, { lang, validation });
      if ('problem' in r) throw problemError(r.problem);
      // Ringkasan adds a sheet (and deletes the old one)
      if (wb.structureProtected) throw new GatewayError('structureProtected');
      const exists = wb.positions.has(r.plan.name);
      if (exists && wb.protectedSheets.has(r.plan.name)) throw new GatewayError('protected', { sheet: r.plan.name });
      const after = wb.positions.get(r.realisasi.name) ?? wb.positions.size - 1;
      await this.writeSheet(
        ctx,
        r.plan,
        {
          replace: exists ? [r.plan.name] : [],
          ids: wb.ids,
          position: exists ? wb.positions.get(r.plan.name)! : after + 1,
          safeSwap: false,
          noteMode: caps.noteMode,
          chartAxes: { x: lang === 'id' ? 'Kode' : 'Code', y: '%' },
        },
        progress,
      );
      return { sheet: r.plan.name, summary: r.summary, rapkErrors: rapkErrorsOf(validation) };
    }, progress);
  }

  // ---------------------------------------------------------------- Pengaturan RAPK
  /** Creates the `Pengaturan RAPK` sheet (a preset's values); an existing one is only shown, never overwritten. */
  async pengaturan(preset: PresetName, lang: Lang): Promise<PengaturanResult> {
    const caps = this.ensureSupported();
    const progress = { done: false };
    return this.guarded(async (ctx) => {
      const wb = await this.readWorkbook(ctx);
      const r = settingsPlanForWorkbook(wb.grids, { preset, lang });
      const existing = [...wb.positions.keys()].find((n) => isSettingsSheetName(n));
      if (existing) {
        ctx.workbook.worksheets.getItem(existing).activate();
        await ctx.sync();
        return { sheet: existing, created: false };
      }
      // Pengaturan adds a sheet
      if (wb.structureProtected) throw new GatewayError('structureProtected');
      await this.writeSheet(
        ctx,
        r.plan,
        { replace: [], ids: wb.ids, position: wb.positions.size, safeSwap: false, noteMode: caps.noteMode },
        progress,
      );
      return { sheet: r.plan.name, created: true };
    }, progress);
  }

  // ---------------------------------------------------------------- Rekap
  async writeRekap(plan: SheetPlan, lang: Lang): Promise<{ sheet: string }> {
    const caps = this.ensureSupported();
    const progress = { done: false };
    await this.guarded((ctx) => writeRekapSheet(ctx, plan, rekapChartAxes(lang), caps.noteMode, progress), progress);
    return { sheet: plan.name };
  }

  // ---------------------------------------------------------------- selection
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

  // ---------------------------------------------------------------- events
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
