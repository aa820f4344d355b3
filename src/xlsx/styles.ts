/**
 * The package's styles part, extended in place: new fonts, fills, borders, number formats and
 * cell formats (xf) are appended, so every existing style index keeps its meaning.
 */
import { attr, element, elements, esc, inner, setAttr, unesc, withInner } from './xml';

export interface CellStyle {
  numFmt?: string;
  /** solid fill colour `#RRGGBB`; null = no fill */
  fill?: string | null;
  /** an exact `<fill>` element (restoring a saved fill) */
  fillXml?: string;
  /** font colour `#RRGGBB` */
  font?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  vTop?: boolean;
  border?: boolean;
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase().slice(-6)}`;

type Block = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const ITEM: Record<Block, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };
const ORDER: Block[] = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'];

export class StyleBook {
  private readonly items: Record<Block, string[]>;
  private readonly added: Record<Block, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.items = {} as Record<Block, string[]>;
    for (const b of ORDER) {
      const block = element(xml, b);
      this.items[b] = block ? elements(inner(block.el), ITEM[b]).map((x) => x.el) : [];
    }
  }

  get changed(): boolean {
    return ORDER.some((b) => this.added[b].length > 0);
  }

  private all(b: Block): string[] {
    return [...this.items[b], ...this.added[b]];
  }

  private add(b: Block, el: string): number {
    const list = this.all(b);
    const same = list.indexOf(el);
    if (same >= 0 && b !== 'numFmts') return same;
    this.added[b].push(el);
    return list.length;
  }

  xf(index: number): string {
    return this.all('cellXfs')[index] ?? this.all('cellXfs')[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** The solid fill colour of a cell format (`#RRGGBB`), null when it has none. */
  fillOf(index: number): { color: string; pattern: string; raw: string } | null {
    const f = this.fillXmlOf(index);
    const base = this.fillBase(f);
    return base && f ? { ...base, raw: f } : null;
  }

  /** The `<fill>` element of a cell format. */
  fillXmlOf(index: number): string | null {
    return this.all('fills')[Number(attr(this.xf(index), 'fillId') ?? 0)] ?? null;
  }

  private fillBase(fill: string | null): { color: string; pattern: string } | null {
    if (!fill) return null;
    const p = element(fill, 'patternFill');
    const type = p ? attr(p.el, 'patternType') : null;
    if (!p || !type || type === 'none') return fill.includes('gradientFill') ? { color: '#000000', pattern: 'Gradient' } : null;
    const fg = element(p.el, 'fgColor');
    const rgb = fg ? attr(fg.el, 'rgb') : null;
    return { color: rgb ? `#${rgb.slice(-6).toUpperCase()}` : '#000000', pattern: type === 'solid' ? 'Solid' : type };
  }

  private numFmtId(code: string): number {
    if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code]!;
    for (const f of this.all('numFmts')) if (unesc(attr(f, 'formatCode') ?? '') === code) return Number(attr(f, 'numFmtId'));
    const id = Math.max(163, ...this.all('numFmts').map((f) => Number(attr(f, 'numFmtId') ?? 0))) + 1;
    this.add('numFmts', `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return id;
  }

  private fontId(base: number, s: CellStyle): number {
    let font = this.all('fonts')[base] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    if (s.bold) font = font.includes('<b/>') ? font : withInner(font, `<b/>${inner(font)}`);
    if (s.font) font = withInner(font, `${inner(font).replace(/<color\b[^>]*\/>/g, '')}<color rgb="${argb(s.font)}"/>`);
    return this.add('fonts', font);
  }

  private fillId(color: string | null): number {
    if (color === null) return 0;
    return this.add(
      'fills',
      `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  }

  private borderId(): number {
    const side = (n: string): string => `<${n} style="thin"><color indexed="64"/></${n}>`;
    return this.add('borders', `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`);
  }

  /** A cell format: the base format with these changes (same changes, same index). */
  derive(base: number, s: CellStyle): number {
    const key = `${base}|${JSON.stringify(s)}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    let xf = this.xf(base);
    if (s.numFmt !== undefined) xf = setAttr(setAttr(xf, 'numFmtId', String(this.numFmtId(s.numFmt))), 'applyNumberFormat', '1');
    if (s.bold || s.font) xf = setAttr(setAttr(xf, 'fontId', String(this.fontId(Number(attr(xf, 'fontId') ?? 0), s))), 'applyFont', '1');
    if (s.fillXml !== undefined) xf = setAttr(setAttr(xf, 'fillId', String(this.add('fills', s.fillXml))), 'applyFill', '1');
    else if (s.fill !== undefined) xf = setAttr(setAttr(xf, 'fillId', String(this.fillId(s.fill))), 'applyFill', '1');
    if (s.border) xf = setAttr(setAttr(xf, 'borderId', String(this.borderId())), 'applyBorder', '1');
    if (s.wrap || s.align || s.vTop) {
      const body = inner(xf);
      const old = element(body, 'alignment');
      let al = old ? old.el : '<alignment/>';
      if (s.wrap) al = setAttr(al, 'wrapText', '1');
      if (s.align) al = setAttr(al, 'horizontal', s.align);
      if (s.vTop) al = setAttr(al, 'vertical', 'top');
      const rest = old ? body.slice(0, old.at) + body.slice(old.at + old.el.length) : body;
      xf = setAttr(withInner(xf, al + rest), 'applyAlignment', '1');
    }
    const id = this.add('cellXfs', xf);
    this.memo.set(key, id);
    return id;
  }

  /** The styles part with the added entries (the part is unchanged when nothing was added). */
  serialize(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    for (const b of ORDER) {
      if (!this.added[b].length) continue;
      const list = this.all(b);
      const block = element(xml, b);
      const body = `<${b} count="${list.length}">${list.join('')}</${b}>`;
      if (block) {
        const open = /^<[^>]*?>/.exec(block.el)![0];
        const rebuilt = setAttr(`${open.replace(/\/>$/, '>')}${list.join('')}</${b}>`, 'count', String(list.length));
        xml = xml.slice(0, block.at) + rebuilt + xml.slice(block.at + block.el.length);
      } else {
        // a missing block goes before the first block that follows it in the schema's order
        const next = ORDER.slice(ORDER.indexOf(b) + 1)
          .map((x) => element(xml, x))
          .find((x) => x);
        if (next) xml = xml.slice(0, next.at) + body + xml.slice(next.at);
        else xml = xml.replace('</styleSheet>', `${body}</styleSheet>`);
      }
    }
    return xml;
  }
}

/** A minimal styles part for a package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
