/**
 * Worksheet-collection events of the simulator, as office-js has them (ExcelApi 1.7; renames
 * 1.17): `worksheets.onActivated / onAdded / onDeleted / onNameChanged.add(handler)` registers
 * at the next sync and returns a result whose `remove()` unregisters at the next sync. The
 * store is compared with its last state after every `Excel.run` batch (and when the harness
 * calls `notice()` after a user action): each difference fires its event asynchronously, like
 * Excel, whoever made the change (the add-in's own activate() included).
 */
import type { SimStore } from './store';

export type SimEventType = 'activated' | 'added' | 'deleted' | 'renamed';

export interface SimEventArgs {
  type: 'WorksheetActivated' | 'WorksheetAdded' | 'WorksheetDeleted' | 'WorksheetNameChanged';
  source: 'Local';
  worksheetId: string;
  nameBefore?: string;
  nameAfter?: string;
}

type Handler = (args: SimEventArgs) => unknown;

/** The part of a request context an event source needs (the simulator's SimContext). */
export interface EventContext {
  enqueue(op: { target: string; what: string; run(): void }): void;
  sync(): Promise<void>;
}

export interface SimEventHandlerResult {
  readonly context: EventContext;
  remove(): void;
}

const TYPE: Record<SimEventType, SimEventArgs['type']> = {
  activated: 'WorksheetActivated',
  added: 'WorksheetAdded',
  deleted: 'WorksheetDeleted',
  renamed: 'WorksheetNameChanged',
};

export class SimEvents {
  private readonly handlers = new Set<{ type: SimEventType; handler: Handler }>();
  private last: { active: string | null; names: Map<string, string> } | null = null;
  /** events fired so far (tests) */
  readonly fired: SimEventArgs[] = [];

  constructor(private readonly store: SimStore) {}

  /** `worksheets.onX` */
  source(context: EventContext, type: SimEventType): { add(handler: Handler): SimEventHandlerResult } {
    return {
      add: (handler: Handler): SimEventHandlerResult => {
        const entry = { type, handler };
        context.enqueue({
          target: 'workbook.worksheets',
          what: `on${TYPE[type]}.add`,
          run: () => {
            if (!this.last) this.last = this.snapshot();
            this.handlers.add(entry);
          },
        });
        return {
          context,
          remove: () =>
            context.enqueue({ target: 'workbook.worksheets', what: `on${TYPE[type]}.remove`, run: () => void this.handlers.delete(entry) }),
        };
      },
    };
  }

  get listeners(): number {
    return this.handlers.size;
  }

  private snapshot(): { active: string | null; names: Map<string, string> } {
    return { active: this.store.activeId, names: new Map(this.store.sheets.map((s) => [s.id, s.name])) };
  }

  /** Compares the workbook with its last state and fires what changed. */
  notice(): void {
    const before = this.last;
    const now = this.snapshot();
    this.last = now;
    if (!before || this.handlers.size === 0) return;
    const out: [SimEventType, SimEventArgs][] = [];
    for (const [id, name] of before.names) {
      const after = now.names.get(id);
      if (after === undefined) out.push(['deleted', { type: TYPE.deleted, source: 'Local', worksheetId: id }]);
      else if (after !== name)
        out.push(['renamed', { type: TYPE.renamed, source: 'Local', worksheetId: id, nameBefore: name, nameAfter: after }]);
    }
    for (const id of now.names.keys())
      if (!before.names.has(id)) out.push(['added', { type: TYPE.added, source: 'Local', worksheetId: id }]);
    if (now.active !== before.active && now.active)
      out.push(['activated', { type: TYPE.activated, source: 'Local', worksheetId: now.active }]);
    for (const [type, args] of out) {
      this.fired.push(args);
      for (const h of [...this.handlers])
        if (h.type === type)
          void Promise.resolve()
            .then(() => h.handler(args))
            .catch(() => undefined);
    }
  }
}
