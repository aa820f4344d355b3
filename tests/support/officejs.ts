/**
 * Microsoft's office.js client (`@microsoft/office-js`, a test-time devDependency: never
 * vendored, patched or bundled) talking to our simulator: every sync's serialized batch
 * (`{ Actions, ObjectPaths }`) is executed on an ExcelSimulator and answered the way Excel
 * answers (`{ Results: [{ ActionId, Value }] }` or `{ Error }`), so `load`, `sync`,
 * PropertyNotLoaded and the request bytes are Microsoft's. The client runs in a jsdom window.
 */
import * as fs from 'fs';
import { ExcelSimulator, SimContext, SimError } from '../../src/sim/excelSim';
import { SimClientResult } from '../../src/sim/customXml';

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[] };
}
interface Body {
  Actions: Action[];
  ObjectPaths: Record<string, PathInfo>;
}

/** One sync as Microsoft's client serialized it and our simulator answered it. */
export interface OfficeJsSync {
  requestBytes: number;
  responseBytes: number;
  error?: string;
  /** the error's message */
  message?: string;
}

const camel = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

let loaded: { OE: any; Excel: any } | null = null;

/** `Excel` and `OfficeExtension` from the package's web build, evaluated in a jsdom window (no office.js loader, no network). */
export function loadOfficeJs(): { OE: any; Excel: any } {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, opts: object) => { window: any } };
  const w = new JSDOM('<!doctype html><html><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' }).window;
  const file = require.resolve('@microsoft/office-js/dist/excel-web-16.00.js');
  w.eval(fs.readFileSync(file, 'utf8'));
  loaded = { OE: w.OfficeExtension, Excel: w.Excel };
  return loaded;
}

/** Executes serialized batches on a simulator; keeps the objects Excel would keep by reference. */
export class OfficeJsBridge {
  readonly syncs: OfficeJsSync[] = [];
  private readonly ctx: SimContext;
  private readonly refs = new Map<string, unknown>();
  private refSeq = 0;
  constructor(readonly sim: ExcelSimulator) {
    this.ctx = new SimContext(sim);
  }

  async execute(body: Body): Promise<unknown> {
    const requestBytes = JSON.stringify(body).length;
    const rec: OfficeJsSync = { requestBytes, responseBytes: 0 };
    this.syncs.push(rec);
    const answer = (r: unknown): unknown => {
      rec.responseBytes = JSON.stringify(r).length;
      return r;
    };
    if (requestBytes > this.sim.payloadLimit) {
      rec.error = 'RequestPayloadSizeLimitExceeded';
      return answer({ Error: { Code: rec.error, Message: `The request payload size (${requestBytes} bytes) has exceeded the limit.` } });
    }
    const objects = new Map<number, unknown>();
    const evalPath = (id: number): any => {
      if (objects.has(id)) return objects.get(id);
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new SimError('InvalidArgument', `no object path ${id}`);
      const args = (): unknown[] => this.args(p.ArgumentInfo, evalPath);
      let o: any;
      if (p.ObjectPathType === 1) o = this.ctx.workbook;
      else if (p.ObjectPathType === 6) o = this.refs.get(p.Name);
      else {
        const parent = evalPath(p.ParentObjectPathId!);
        if (p.ObjectPathType === 4) o = parent[camel(p.Name)];
        else if (p.ObjectPathType === 3) {
          if (typeof parent[camel(p.Name)] !== 'function') throw new SimError('NotImplemented', `${p.Name} is not simulated`);
          o = parent[camel(p.Name)](...args());
        } else if (p.ObjectPathType === 5) o = parent.getItem(...args());
        else throw new SimError('NotImplemented', `object path type ${p.ObjectPathType}`);
      }
      if (o === undefined) throw new SimError('NotImplemented', `${p.Name} is not simulated`);
      objects.set(id, o);
      return o;
    };
    const after: { action: Action; value: () => unknown }[] = [];
    try {
      for (const a of body.Actions) {
        const o = evalPath(a.ObjectPathId);
        const info = body.ObjectPaths[String(a.ObjectPathId)]!;
        if (a.ActionType === 1) after.push({ action: a, value: () => this.instantiated(o, info) });
        else if (a.ActionType === 2) {
          const select = a.QueryInfo?.Select ?? [];
          const isCollection = 'items' in o;
          o.load(isCollection ? select.map((s) => `items/${s}`) : select);
          after.push({ action: a, value: () => this.queried(o, select, isCollection) });
        } else if (a.ActionType === 3) {
          if (a.Name.startsWith('_')) continue; // _KeepReference, _RemoveReference
          if (typeof o[camel(a.Name)] !== 'function') throw new SimError('NotImplemented', `${a.Name} is not simulated`);
          const ret = o[camel(a.Name)](...this.args(a.ArgumentInfo, evalPath));
          // a method's value (getXml, getCount) comes back as the action's result
          if (ret instanceof SimClientResult) after.push({ action: a, value: () => ret.value });
        } else if (a.ActionType === 4) o[camel(a.Name)] = this.args(a.ArgumentInfo, evalPath)[0];
        else throw new SimError('NotImplemented', `action type ${a.ActionType}`);
      }
      await this.ctx.sync();
    } catch (e) {
      const err = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
      rec.error = err.code ?? 'GeneralException';
      rec.message = err.message ?? String(e);
      // Excel names the failing call: the client's debugInfo.errorLocation
      const where = err.debugInfo?.errorLocation;
      return answer({ Error: { Code: rec.error, Message: err.message ?? String(e), ...(where ? { Location: where } : {}) } });
    }
    const results = after.map(({ action, value }) => ({ ActionId: action.Id, Value: value() }));
    const response = answer({ Results: results });
    if (rec.responseBytes > this.sim.responseLimit) {
      rec.error = 'ResponsePayloadSizeLimitExceeded';
      return answer({ Error: { Code: rec.error, Message: 'The response payload size has exceeded the limit.' } });
    }
    return response;
  }

  private args(info: PathInfo['ArgumentInfo'], evalPath: (id: number) => unknown): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    const out = args.map((a, i) => (refs[i] ? evalPath(refs[i]) : a));
    while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
    return out;
  }

  /** An object's id result: null for a null object, a reference id for what a method returned. */
  private instantiated(o: any, info: PathInfo): unknown {
    if (o && typeof o._read === 'function' && o.orNull && o._read('isNullObject')) return null;
    if (info.ObjectPathType !== 3) return {};
    const id = `R${++this.refSeq}`;
    this.refs.set(id, o);
    return { _ReferenceId: id };
  }

  private queried(o: any, select: string[], isCollection: boolean): unknown {
    const snap = o.toJSON() as Record<string, unknown>;
    if ('isNullObject' in snap && snap['isNullObject'] === true) return null;
    if (!isCollection) return Object.fromEntries(select.map((s) => [pascal(s), snap[s]]));
    const lists = select.map((s) => (snap[`items/${s}`] ?? []) as Record<string, unknown>[]);
    const n = lists[0]?.length ?? 0;
    return { _Items: Array.from({ length: n }, (_, i) => Object.fromEntries(select.map((s, j) => [pascal(s), lists[j]![i]![s]]))) };
  }
}

/** `Excel.run` of Microsoft's client, every sync executed by `bridge`. */
export function officeJsRun(bridge: OfficeJsBridge): <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T> {
  const { OE, Excel: X } = loadOfficeJs();
  class BridgeSession extends OE.SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<unknown> {
      return Promise.resolve({ url: 'sim', headers: {} });
    }
    _createRequestExecutorOrNull(): unknown {
      return {
        executeAsync: async (_c: unknown, _f: unknown, msg: { Body: Body }) => ({
          ErrorCode: null,
          ErrorMessage: null,
          Headers: null,
          Body: await bridge.execute(msg.Body),
        }),
      };
    }
    get eventRegistration(): null {
      return null;
    }
  }
  return (batch) => {
    OE.SessionBase._overrideSession = new BridgeSession();
    return X.run(batch);
  };
}
