/**
 * The planners' guide as one HTML page (issue 22 item 14): its sentences from
 * `locales/guide.ts`, and the list of finding codes from the rules table, the rule titles and
 * the severity words of the catalogues, so a new rule appears in the guide (a test compares the
 * committed `assets/panduan.html` with this function's output; `npm run guide` rewrites it).
 * Served with the add-in at `/assets/panduan.html` and linked from the manifest's SupportUrl.
 */
import { GUIDE_TEXT } from './locales/guide';
import { RULE_TITLES } from './locales/titles';
import { CATALOGUES, type Lang } from './locales';
import { RULE_TABLE } from './rules/table';

/** The guide's file name (served under /assets/) and the folder of its screenshots. */
export const GUIDE_FILE = 'panduan.html';
export const GUIDE_SHOTS = 'panduan';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font-family:"Segoe UI",Calibri,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
img{max-width:100%;border:1px solid #c8c8c8}figure{margin:0.5rem 0 1.5rem}figcaption{font-size:0.9rem;color:#444}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a8a8a;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}
th{background:#D9E1F2}td.code{white-space:nowrap;font-weight:600}.error{color:#9c0006}.warning{color:#7a4f00}.info{color:#1f4e79}
footer{margin-top:2rem;font-size:0.9rem;color:#444}`;

/** The whole page, in `lang` (Indonesian is the one served). */
export function buildGuide(lang: Lang = 'id'): string {
  const G = GUIDE_TEXT[lang];
  const sev = CATALOGUES[lang].severity;
  const titles = RULE_TITLES[lang];
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(G.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${esc(G.title)}</h1>`,
    `<p>${esc(G.intro)}</p>`,
    `<h2 id="membuka">${esc(G.openTitle)}</h2>`,
    '<ul>',
    ...G.open.map((t) => `<li>${esc(t)}</li>`),
    '</ul>',
    `<h2 id="langkah">${esc(G.stepsTitle)}</h2>`,
  ];
  for (const s of G.steps) {
    out.push(`<h3>${esc(s.title)}</h3>`, `<p>${esc(s.text)}</p>`);
    if (s.shot)
      out.push(
        `<figure><img src="${GUIDE_SHOTS}/${esc(s.shot.file)}" alt="${esc(s.shot.alt)}" loading="lazy"><figcaption>${esc(s.shot.alt)}</figcaption></figure>`,
      );
  }
  out.push(
    `<h2 id="kode">${esc(G.codesTitle)}</h2>`,
    `<p>${esc(G.codesIntro)}</p>`,
    '<table>',
    `<thead><tr><th scope="col">${esc(G.head.code)}</th><th scope="col">${esc(G.head.severity)}</th><th scope="col">${esc(G.head.meaning)}</th><th scope="col">${esc(G.head.fix)}</th></tr></thead>`,
    '<tbody>',
  );
  for (const r of RULE_TABLE) {
    out.push(
      `<tr id="${r.code}"><td class="code">${r.code}</td><td class="${r.severity}">${esc(sev[r.severity])}</td><td>${esc(titles[r.code] ?? '')}</td><td>${esc(G.fix[r.code])}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</main>', `<footer>${esc(G.footer)}</footer>`, '</body>', '</html>', '');
  return out.join('\n');
}
