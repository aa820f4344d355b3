/**
 * Small, exact XML helpers for editing package parts as text: a part we change keeps every
 * byte we do not change (no parse-and-reserialise round trip that would drop what a parser
 * does not know).
 */

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text content may hold characters XML 1.0 forbids (control characters): they are written as Excel does. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function escText(s: string): string {
  return esc(s).replace(FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

export function unesc(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_m, e: string) => {
      if (e === 'lt') return '<';
      if (e === 'gt') return '>';
      if (e === 'quot') return '"';
      if (e === 'apos') return "'";
      if (e === 'amp') return '&';
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    });
}

/** The value of an attribute in a start tag (`<c r="A1" s="3">`), unescaped; null when absent. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(startTag(tag));
  if (!m) return null;
  return unesc(m[2] ?? m[3] ?? '');
}

/** The start tag of an element string. */
export function startTag(el: string): string {
  const end = el.indexOf('>');
  return end < 0 ? el : el.slice(0, end + 1);
}

/** Sets (or with null removes) an attribute in the element's start tag; the rest is untouched. */
export function setAttr(el: string, name: string, value: string | null): string {
  const tag = startTag(el);
  const rest = el.slice(tag.length);
  const re = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  let t: string;
  if (re.test(tag)) t = value === null ? tag.replace(re, '') : tag.replace(re, ` ${name}="${esc(value)}"`);
  else if (value === null) t = tag;
  else {
    const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
    t = `${tag.slice(0, close).replace(/\s+$/, '')} ${name}="${esc(value)}"${tag.slice(close)}`;
  }
  return t + rest;
}

/** Every element `<name …/>` or `<name …>…</name>` (not nested in itself) in a text, with its offset. */
export function elements(xml: string, name: string): { el: string; at: number }[] {
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
  const out: { el: string; at: number }[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ el: m[0], at: m.index });
  return out;
}

/** The first element of that name, or null. */
export function element(xml: string, name: string): { el: string; at: number } | null {
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`);
  const m = re.exec(xml);
  return m ? { el: m[0], at: m.index } : null;
}

/** The inner text of an element string (between its start and end tags); '' for `<x/>`. */
export function inner(el: string): string {
  const tag = startTag(el);
  if (tag.endsWith('/>')) return '';
  const close = el.lastIndexOf('</');
  return el.slice(tag.length, close);
}

/** The concatenated `<t>` texts of a rich or plain string element (`<si>`, `<is>`, `<text>`). */
export function textOf(el: string): string {
  let s = '';
  for (const t of elements(el, 't')) s += unesc(inner(t.el));
  return s;
}

/** The element's body with a new inner text (keeps the start tag). */
export function withInner(el: string, body: string): string {
  const tag = startTag(el);
  const name = /^<([^\s/>]+)/.exec(tag)![1]!;
  const open = tag.endsWith('/>') ? `${tag.slice(0, -2).replace(/\s+$/, '')}>` : tag;
  return `${open}${body}</${name}>`;
}

/** Path helpers for package part names (no leading slash). */
export function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

export function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dirOf(fromPart) ? `${dirOf(fromPart)}/${target}` : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function relsPathOf(part: string): string {
  const d = dirOf(part);
  const name = part.slice(d ? d.length + 1 : 0);
  return d ? `${d}/_rels/${name}.rels` : `_rels/${name}.rels`;
}

/** The relative target of `to` from the folder of `from`. */
export function relativeTarget(from: string, to: string): string {
  const a = dirOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array<string>(a.length - i).fill('..'), ...b.slice(i)].join('/');
}
