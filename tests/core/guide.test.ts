/** The planners' guide (issue 22 item 14): generated from the rules table and catalogues, committed, linked from the manifest. */
import * as fs from 'fs';
import * as path from 'path';
import { GUIDE_FILE, GUIDE_SHOTS, buildGuide } from '../../src/core/guide';
import { GUIDE_TEXT } from '../../src/core/locales/guide';
import { RULE_TABLE } from '../../src/core/rules/table';
import { RULE_TITLES } from '../../src/core/locales/titles';

const ROOT = path.resolve(__dirname, '../..');

describe("the planners' guide", () => {
  it('the committed assets/panduan.html is what the generator writes (run `npm run guide` after changing a rule or a sentence)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'assets', GUIDE_FILE), 'utf8')).toBe(buildGuide('id'));
  });

  it('lists every finding code of the rules table with its severity, meaning and fix, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const html = buildGuide(lang);
      for (const r of RULE_TABLE) {
        expect(GUIDE_TEXT[lang].fix[r.code].length).toBeGreaterThan(20);
        expect(html).toContain(`<tr id="${r.code}"><td class="code">${r.code}</td>`);
        expect(html).toContain(RULE_TITLES[lang][r.code]!.replace(/&/g, '&amp;'));
      }
      expect(html.match(/<tr id="/g)).toHaveLength(RULE_TABLE.length);
    }
    expect(Object.keys(GUIDE_TEXT.id.fix).sort()).toEqual(RULE_TABLE.map((r) => r.code).sort());
  });

  it('is Indonesian, says how to open the add-in and every step, and shows the screenshots it names', () => {
    const html = buildGuide('id');
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    for (const h of [
      'Membuka add-in',
      'Langkah kerja',
      'Kode temuan',
      '1. Validasi RAPK',
      '4. Ringkasan triwulan',
      '6. Mencetak Ringkasan',
    ])
      expect(html).toContain(h);
    const shots = [...html.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)];
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const [, src] of shots) {
      expect(src!.startsWith(`${GUIDE_SHOTS}/pane-`)).toBe(true);
      expect(fs.existsSync(path.join(ROOT, 'assets', src!))).toBe(true);
    }
  });

  it("is the manifest's SupportUrl, served from the web build's assets", () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(new RegExp(`<SupportUrl DefaultValue="https://[^"]+/assets/${GUIDE_FILE}"/>`));
    expect(fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8')).toContain("{ from: 'assets', to: 'assets' }");
  });
});
