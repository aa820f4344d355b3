/**
 * An OOXML spreadsheet package edited part by part (ADR 006): the parts we change are
 * rewritten, every other part is copied byte for byte. Works on .xlsx, .xlsm, .xltx and .xltm
 * (content types, VBA project and everything else we do not understand stay as they are).
 * Pure: jszip only (no file system), shared by the CLI and the harness.
 */
import JSZip from 'jszip';
import { attr, element, elements, esc, relativeTarget, relsPathOf, resolvePart, setAttr } from './xml';

export type PackageKind = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

export const MAIN_CONTENT_TYPES: Record<PackageKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
};

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
};

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  part: string;
  state: string | null;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export class XlsxPackage {
  /** parts written or changed in this session (text) */
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly cache = new Map<string, string>();

  private constructor(
    private readonly zip: JSZip,
    readonly workbookPart: string,
  ) {}

  static async load(data: ArrayBuffer | Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(data);
    const rels = await zip.file('_rels/.rels')?.async('string');
    const main = rels ? parseRels(rels).find((r) => r.type === REL.officeDocument) : undefined;
    const wbPart = main ? resolvePart('', main.target) : 'xl/workbook.xml';
    if (!zip.file(wbPart)) throw new Error(`no workbook part (${wbPart})`);
    const pkg = new XlsxPackage(zip, wbPart);
    // every part we may edit is read once, up front, so edits are synchronous
    const wanted = (p: string): boolean => p === '[Content_Types].xml' || /\.(xml|rels|vml)$/i.test(p) || p === wbPart;
    await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir && wanted(f.name))
        .map(async (f) => pkg.cache.set(f.name, await f.async('string'))),
    );
    return pkg;
  }

  /** Every part name in the package (after our changes). */
  parts(): string[] {
    const names = new Set(
      Object.values(this.zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name),
    );
    for (const p of this.changed.keys()) names.add(p);
    for (const p of this.removed) names.delete(p);
    return [...names].sort();
  }

  has(part: string): boolean {
    return !this.removed.has(part) && (this.changed.has(part) || this.cache.has(part) || !!this.zip.file(part));
  }

  /** A text part as it is now (our changes included); null when absent. */
  text(part: string): string | null {
    if (this.removed.has(part)) return null;
    return this.changed.get(part) ?? this.cache.get(part) ?? null;
  }

  write(part: string, text: string): void {
    this.removed.delete(part);
    this.changed.set(part, text);
  }

  remove(part: string): void {
    this.changed.delete(part);
    this.removed.add(part);
  }

  /** The parts this session changed, added or removed. */
  touched(): string[] {
    return [...new Set([...this.changed.keys(), ...this.removed])].sort();
  }

  // ------------------------------------------------------------------ content types
  /** The package's kind, from the workbook part's content type. */
  kind(): PackageKind {
    const ct = this.contentType(this.workbookPart);
    for (const [k, v] of Object.entries(MAIN_CONTENT_TYPES)) if (v === ct) return k as PackageKind;
    return 'xlsx';
  }

  hasVba(): boolean {
    return this.parts().some((p) => /vbaProject\.bin$/i.test(p));
  }

  contentType(part: string): string | null {
    const xml = this.text('[Content_Types].xml') ?? '';
    for (const o of elements(xml, 'Override')) if (attr(o.el, 'PartName') === `/${part}`) return attr(o.el, 'ContentType');
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    for (const d of elements(xml, 'Default')) if ((attr(d.el, 'Extension') ?? '').toLowerCase() === ext) return attr(d.el, 'ContentType');
    return null;
  }

  setOverride(part: string, contentType: string): void {
    let xml = this.text('[Content_Types].xml') ?? '';
    const existing = elements(xml, 'Override').find((o) => attr(o.el, 'PartName') === `/${part}`);
    if (existing) {
      if (attr(existing.el, 'ContentType') === contentType) return;
      xml = xml.slice(0, existing.at) + setAttr(existing.el, 'ContentType', contentType) + xml.slice(existing.at + existing.el.length);
    } else xml = xml.replace('</Types>', `<Override PartName="/${esc(part)}" ContentType="${esc(contentType)}"/></Types>`);
    this.write('[Content_Types].xml', xml);
  }

  removeOverride(part: string): void {
    const xml = this.text('[Content_Types].xml') ?? '';
    const existing = elements(xml, 'Override').find((o) => attr(o.el, 'PartName') === `/${part}`);
    if (existing) this.write('[Content_Types].xml', xml.slice(0, existing.at) + xml.slice(existing.at + existing.el.length));
  }

  ensureDefault(ext: string, contentType: string): void {
    const xml = this.text('[Content_Types].xml') ?? '';
    if (elements(xml, 'Default').some((d) => (attr(d.el, 'Extension') ?? '').toLowerCase() === ext.toLowerCase())) return;
    this.write(
      '[Content_Types].xml',
      xml.replace(/<Types\b[^>]*>/, (m) => `${m}<Default Extension="${esc(ext)}" ContentType="${esc(contentType)}"/>`),
    );
  }

  // ------------------------------------------------------------------ relationships
  rels(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    return xml ? parseRels(xml) : [];
  }

  /** The part a relationship of `part` points to (internal targets only). */
  target(part: string, rel: Relationship): string {
    return resolvePart(part, rel.target);
  }

  addRel(part: string, type: string, targetPart: string): string {
    const path = relsPathOf(part);
    const xml =
      this.text(path) ?? `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const ids = new Set(parseRels(xml).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(part, targetPart);
    const next = xml.includes('</Relationships>')
      ? xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${esc(type)}" Target="${esc(target)}"/></Relationships>`)
      : xml.replace(
          /<Relationships\b([^>]*)\/>/,
          `<Relationships$1><Relationship Id="${id}" Type="${esc(type)}" Target="${esc(target)}"/></Relationships>`,
        );
    this.write(path, next);
    return id;
  }

  removeRel(part: string, id: string): void {
    const path = relsPathOf(part);
    const xml = this.text(path);
    if (!xml) return;
    const r = elements(xml, 'Relationship').find((x) => attr(x.el, 'Id') === id);
    if (r) this.write(path, xml.slice(0, r.at) + xml.slice(r.at + r.el.length));
  }

  /** A part name not used yet: `xl/comments{n}.xml`. */
  freePart(pattern: (n: number) => string): string {
    const used = new Set(this.parts().map((p) => p.toLowerCase()));
    for (let n = 1; ; n++) if (!used.has(pattern(n).toLowerCase())) return pattern(n);
  }

  // ------------------------------------------------------------------ workbook
  sheets(): SheetEntry[] {
    const wb = this.text(this.workbookPart) ?? '';
    const rels = this.rels(this.workbookPart);
    const sheetsEl = element(wb, 'sheets');
    if (!sheetsEl) return [];
    return elements(sheetsEl.el, 'sheet').map(({ el }) => {
      const rid = attr(el, 'r:id') ?? '';
      const rel = rels.find((r) => r.id === rid);
      return {
        name: attr(el, 'name') ?? '',
        sheetId: Number(attr(el, 'sheetId') ?? 0),
        rid,
        part: rel ? resolvePart(this.workbookPart, rel.target) : '',
        state: attr(el, 'state'),
      };
    });
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets().find((s) => s.name === name);
  }

  stylesPart(): string {
    const rel = this.rels(this.workbookPart).find((r) => r.type === REL.styles);
    return rel ? resolvePart(this.workbookPart, rel.target) : 'xl/styles.xml';
  }

  /** Adds a worksheet part at a position in the tab order; returns its entry. */
  addSheet(name: string, xml: string, position: number): SheetEntry {
    const part = this.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    this.write(part, xml);
    this.setOverride(part, CT.worksheet);
    const rid = this.addRel(this.workbookPart, REL.worksheet, part);
    const sheets = this.sheets();
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    const pos = Math.max(0, Math.min(position, sheets.length));
    let wb = this.text(this.workbookPart)!;
    const tag = `<sheet name="${esc(name)}" sheetId="${sheetId}" r:id="${rid}"/>`;
    const list = element(wb, 'sheets')!;
    const items = elements(list.el, 'sheet');
    let body: string;
    if (pos < items.length) {
      const at = items[pos]!.at;
      body = list.el.slice(0, at) + tag + list.el.slice(at);
    } else body = list.el.replace('</sheets>', `${tag}</sheets>`);
    wb = wb.slice(0, list.at) + body + wb.slice(list.at + list.el.length);
    if (pos < items.length) wb = shiftSheetIndexes(wb, pos);
    this.write(this.workbookPart, ensureRelNs(wb));
    return { name, sheetId, rid, part, state: null };
  }

  /** Sets (or with null removes) a sheet-scoped defined name such as `_xlnm.Print_Titles`. */
  setDefinedName(name: string, sheetName: string, value: string | null): void {
    const index = this.sheets().findIndex((s) => s.name === sheetName);
    if (index < 0) return;
    let wb = this.text(this.workbookPart)!;
    const block = element(wb, 'definedNames');
    const mine = block
      ? elements(block.el, 'definedName').find((d) => attr(d.el, 'name') === name && attr(d.el, 'localSheetId') === String(index))
      : undefined;
    const tag = value === null ? '' : `<definedName name="${esc(name)}" localSheetId="${index}">${esc(value)}</definedName>`;
    if (block && mine) {
      const body = block.el.slice(0, mine.at) + tag + block.el.slice(mine.at + mine.el.length);
      wb = wb.slice(0, block.at) + (elements(body, 'definedName').length ? body : '') + wb.slice(block.at + block.el.length);
    } else if (value === null) return;
    else if (block)
      wb = wb.slice(0, block.at) + block.el.replace('</definedNames>', `${tag}</definedNames>`) + wb.slice(block.at + block.el.length);
    else {
      // definedNames follows sheets (and functionGroups/externalReferences, which come before it too)
      const after = element(wb, 'externalReferences') ?? element(wb, 'sheets')!;
      const at = after.at + after.el.length;
      wb = `${wb.slice(0, at)}<definedNames>${tag}</definedNames>${wb.slice(at)}`;
    }
    this.write(this.workbookPart, wb);
  }

  /** Removes calcChain (Excel rebuilds it): needed once a formula cell is overwritten. */
  dropCalcChain(): void {
    const rel = this.rels(this.workbookPart).find((r) => r.type === REL.calcChain);
    if (!rel) return;
    const part = resolvePart(this.workbookPart, rel.target);
    this.remove(part);
    this.removeOverride(part);
    this.removeRel(this.workbookPart, rel.id);
  }

  // ------------------------------------------------------------------ custom XML (our record)
  /** The text of our custom XML item (by its root's namespace), or null. */
  customXml(ns: string): { part: string; xml: string } | null {
    for (const rel of this.rels(this.workbookPart)) {
      if (rel.type !== REL.customXml) continue;
      const part = resolvePart(this.workbookPart, rel.target);
      const xml = this.text(part);
      if (xml && xml.includes(`xmlns="${ns}"`)) return { part, xml };
    }
    return null;
  }

  /** Writes our custom XML item (a new item part with its properties part, or the same part again). */
  setCustomXml(ns: string, xml: string, itemId: string): void {
    const found = this.customXml(ns);
    if (found) {
      this.write(found.part, xml);
      return;
    }
    const part = this.freePart((n) => `customXml/item${n}.xml`);
    const props = part.replace(/item(\d+)\.xml$/, 'itemProps$1.xml');
    this.write(part, xml);
    this.ensureDefault('xml', 'application/xml');
    this.write(
      props,
      `${XML_DECL}<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${esc(ns)}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    this.setOverride(props, CT.customXmlProps);
    this.addRel(part, REL.customXmlProps, props);
    this.addRel(this.workbookPart, REL.customXml, part);
  }

  /** Removes our custom XML item (its part, its properties part and their relationships). */
  removeCustomXml(ns: string): void {
    const found = this.customXml(ns);
    if (!found) return;
    const props = this.rels(found.part).find((r) => r.type === REL.customXmlProps);
    if (props) {
      const p = resolvePart(found.part, props.target);
      this.remove(p);
      this.removeOverride(p);
    }
    this.remove(found.part);
    this.remove(relsPathOf(found.part));
    const rel = this.rels(this.workbookPart).find(
      (r) => r.type === REL.customXml && resolvePart(this.workbookPart, r.target) === found.part,
    );
    if (rel) this.removeRel(this.workbookPart, rel.id);
  }

  // ------------------------------------------------------------------ output
  /** The package as a zip: changed parts rewritten, every other part's bytes copied. */
  async save(): Promise<Uint8Array> {
    const out = new JSZip();
    // the original order (usually [Content_Types].xml first), changed parts in their place
    for (const f of Object.values(this.zip.files)) {
      if (f.dir || this.removed.has(f.name)) continue;
      const text = this.changed.get(f.name);
      if (text !== undefined) out.file(f.name, text, { date: f.date });
      // the bytes of parts we did not touch, untouched
      else out.file(f.name, await f.async('uint8array'), { date: f.date, binary: true });
    }
    for (const [p, text] of this.changed) if (!this.zip.file(p)) out.file(p, text);
    return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

export function parseRels(xml: string): Relationship[] {
  return elements(xml, 'Relationship').map(({ el }) => ({
    id: attr(el, 'Id') ?? '',
    type: attr(el, 'Type') ?? '',
    target: attr(el, 'Target') ?? '',
    external: attr(el, 'TargetMode') === 'External',
  }));
}

function ensureRelNs(wb: string): string {
  if (/xmlns:r\s*=/.test(wb.slice(0, wb.indexOf('>', wb.indexOf('<workbook')) + 1))) return wb;
  return wb.replace(/<workbook\b/, '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
}

/** A sheet inserted at `pos`: sheet-scoped names and the active tab at or after it move up one. */
function shiftSheetIndexes(wb: string, pos: number): string {
  let out = wb.replace(/(<definedName\b[^>]*\slocalSheetId=")(\d+)(")/g, (_m, a: string, n: string, b: string) =>
    Number(n) >= pos ? `${a}${Number(n) + 1}${b}` : `${a}${n}${b}`,
  );
  out = out.replace(/(<workbookView\b[^>]*\s(?:activeTab|firstSheet)=")(\d+)(")/g, (_m, a: string, n: string, b: string) =>
    Number(n) >= pos ? `${a}${Number(n) + 1}${b}` : `${a}${n}${b}`,
  );
  return out;
}
