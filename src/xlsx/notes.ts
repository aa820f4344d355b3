/**
 * A sheet's notes (legacy comments): the comments part and its VML drawing, edited entry by
 * entry. Notes we do not change keep their XML (rich text, authors, sizes). Cells holding a
 * threaded comment are the planner's: their notes are never written.
 */
import { parseA1 } from '../core/grid/grid';
import { CT, REL, type XlsxPackage } from './package';
import { attr, element, elements, escText, inner, textOf } from './xml';
import type { SheetXml } from './sheetXml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const AUTHOR = 'RAPK';

const VML_HEAD = (idmap: number): string =>
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

function shape(id: number, r: number, c: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:96pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 3}, 15, ${r + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

export class SheetNotes {
  private commentsPart: string | null = null;
  private vmlPart: string | null = null;
  private authors: string[] = [];
  private readonly entries = new Map<string, string>();
  private readonly order: string[] = [];
  private readonly threaded = new Set<string>();
  private changed = false;
  private readonly added: string[] = [];
  private readonly deleted: string[] = [];
  private commentsHead = '';

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly sheetPart: string,
    /** the relationship id of the sheet's `<legacyDrawing>` (the notes' VML; a header's VML is another) */
    legacyRid: string | null,
  ) {
    for (const rel of pkg.rels(sheetPart)) {
      if (rel.external) continue;
      const target = pkg.target(sheetPart, rel);
      if (rel.type === REL.comments) this.commentsPart = target;
      else if (rel.type === REL.vml && rel.id === legacyRid) this.vmlPart = target;
      else if (rel.type === REL.threadedComment) {
        for (const t of elements(pkg.text(target) ?? '', 'threadedComment')) {
          const ref = attr(t.el, 'ref');
          if (ref) this.threaded.add(ref.toUpperCase());
        }
      }
    }
    const xml = this.commentsPart ? pkg.text(this.commentsPart) : null;
    if (xml) {
      const list = element(xml, 'commentList');
      this.commentsHead = xml.slice(0, list ? list.at : xml.lastIndexOf('</comments>'));
      this.authors = elements(element(xml, 'authors')?.el ?? '', 'author').map((a) => textOf(`<t>${inner(a.el)}</t>`));
      for (const c of elements(list?.el ?? '', 'comment')) {
        const ref = (attr(c.el, 'ref') ?? '').toUpperCase();
        this.entries.set(ref, c.el);
        this.order.push(ref);
      }
    }
  }

  /** The note's plain text, or null. */
  get(a: string): string | null {
    const el = this.entries.get(a.toUpperCase());
    if (!el) return null;
    return textOf(element(el, 'text')?.el ?? '');
  }

  /** A threaded comment sits on the cell (its note is only the thread's placeholder). */
  isThreaded(a: string): boolean {
    return this.threaded.has(a.toUpperCase());
  }

  set(a: string, text: string): void {
    const ref = a.toUpperCase();
    if (this.isThreaded(ref)) return;
    const old = this.entries.get(ref);
    let authorId = old ? Number(attr(old, 'authorId') ?? 0) : this.authors.indexOf(AUTHOR);
    if (authorId < 0) {
      this.authors.push(AUTHOR);
      authorId = this.authors.length - 1;
    }
    const body = text
      .split('\n')
      .map((l) => escText(l))
      .join('\n');
    this.entries.set(ref, `<comment ref="${ref}" authorId="${authorId}"><text><r><t xml:space="preserve">${body}</t></r></text></comment>`);
    if (!old) {
      this.order.push(ref);
      this.added.push(ref);
    }
    this.changed = true;
  }

  delete(a: string): void {
    const ref = a.toUpperCase();
    if (!this.entries.has(ref) || this.isThreaded(ref)) return;
    this.entries.delete(ref);
    this.order.splice(this.order.indexOf(ref), 1);
    this.deleted.push(ref);
    this.changed = true;
  }

  /** Writes the comments part, the VML drawing and their relationships (only when notes changed). */
  flush(sheet: SheetXml): void {
    if (!this.changed) return;
    const pkg = this.pkg;
    if (!this.commentsPart) {
      this.commentsPart = pkg.freePart((n) => `xl/comments${n}.xml`);
      pkg.setOverride(this.commentsPart, CT.comments);
      pkg.addRel(this.sheetPart, REL.comments, this.commentsPart);
      this.commentsHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS_MAIN}">`;
    }
    const authors = `<authors>${this.authors.map((a) => `<author>${escText(a)}</author>`).join('')}</authors>`;
    const oldAuthors = element(this.commentsHead, 'authors');
    const head = oldAuthors
      ? this.commentsHead.slice(0, oldAuthors.at) + authors + this.commentsHead.slice(oldAuthors.at + oldAuthors.el.length)
      : this.commentsHead + authors;
    pkg.write(this.commentsPart, `${head}<commentList>${this.order.map((r) => this.entries.get(r)!).join('')}</commentList></comments>`);

    // the VML drawing holds one hidden shape per note
    let vml = this.vmlPart ? pkg.text(this.vmlPart) : null;
    if (!this.vmlPart || vml === null) {
      this.vmlPart = pkg.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
      pkg.ensureDefault('vml', CT.vml);
      const id = pkg.addRel(this.sheetPart, REL.vml, this.vmlPart);
      sheet.setChild('legacyDrawing', `<legacyDrawing r:id="${id}"/>`);
      vml = `${VML_HEAD(this.freeIdmap())}</xml>`;
    }
    for (const ref of this.deleted) {
      const p = parseA1(ref);
      if (!p) continue;
      vml = vml.replace(
        new RegExp(`<v:shape\\b(?:(?!<v:shape\\b)[\\s\\S])*?<x:Row>${p.r}</x:Row>\\s*<x:Column>${p.c}</x:Column>[\\s\\S]*?</v:shape>`),
        '',
      );
    }
    if (this.added.length) {
      if (!vml.includes('_x0000_t202'))
        vml = vml.replace(/<\/o:shapelayout>|(<xml\b[^>]*>)/, (m) => `${m}${VML_HEAD(0).replace(/^[\s\S]*?<v:shapetype/, '<v:shapetype')}`);
      const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
      const idmap = Number(/<o:idmap\b[^>]*data="(\d+)/.exec(vml)?.[1] ?? 1);
      let next = Math.max(idmap * 1024, ...ids) + 1;
      const shapes = this.added
        .map((ref) => parseA1(ref))
        .filter((p): p is { r: number; c: number } => !!p)
        .map((p) => shape(next++, p.r, p.c))
        .join('');
      vml = vml.replace(/<\/xml>\s*$/, `${shapes}</xml>`);
    }
    pkg.write(this.vmlPart, vml);
  }

  /** A VML shape-id block no other drawing in the package uses. */
  private freeIdmap(): number {
    const used = new Set<number>();
    for (const p of this.pkg.parts()) {
      if (!p.endsWith('.vml')) continue;
      const m = /<o:idmap\b[^>]*data="([\d,]+)"/.exec(this.pkg.text(p) ?? '');
      for (const n of (m?.[1] ?? '').split(',')) if (n) used.add(Number(n));
    }
    let n = 1;
    while (used.has(n)) n++;
    return n;
  }
}
