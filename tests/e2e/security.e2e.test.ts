/** Security of the built add-in: CSP in every page, nothing loaded but office.js, no string evaluation. */
import * as fs from 'fs';
import * as path from 'path';
import { WEB, ensureWebBuild } from './build';

beforeAll(() => ensureWebBuild(), 240_000);

const page = (name: string): string => fs.readFileSync(path.join(WEB, name), 'utf8');
const scriptsOf = (html: string): string[] => [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]!);

describe('built pages', () => {
  it.each(['taskpane.html', 'commands.html', 'harness.html'])(
    '%s has a Content-Security-Policy that allows only its own scripts (and office.js)',
    (name) => {
      const html = page(name);
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!.trim().split(/\s+/);
      const office = ['https://appsforoffice.microsoft.com', 'https://officeapis.public.onecdn.static.microsoft'];
      expect(scriptSrc.filter((s) => s !== "'self'" && !office.includes(s))).toEqual([]);
      expect(csp).not.toMatch(/unsafe-eval/);
    },
  );

  it('the task pane loads nothing from the network but office.js from Microsoft', () => {
    const external = scriptsOf(page('taskpane.html')).filter((s) => /^https?:/.test(s));
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(scriptsOf(page('harness.html')).filter((s) => /^https?:/.test(s))).toEqual([]);
  });

  it("the task-pane JavaScript evaluates no strings (only the bundler's guarded globalThis fallback)", () => {
    const js = scriptsOf(page('taskpane.html'))
      .filter((s) => !/^https?:/.test(s))
      .map((s) => fs.readFileSync(path.join(WEB, s), 'utf8'))
      .join('\n');
    expect(js).not.toMatch(/\beval\(/);
    const fns = [...js.matchAll(/new Function\(([^)]*)\)/g)].map((m) => m[1]);
    expect(fns.every((a) => a === '"return this"')).toBe(true);
  });

  it('the manifest asks for ReadWriteDocument and nothing more', () => {
    const xml = page('manifest.xml');
    expect([...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });
});
