/**
 * Issue 11 item 8: the pages' Content-Security-Policy allows exactly the hosts office.js comes
 * from — Microsoft's current CDN (officeapis.public.onecdn.static.microsoft) and the older one
 * (appsforoffice.microsoft.com) — and office.js loads its other files from its own folder.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_HOSTS = ['https://appsforoffice.microsoft.com', 'https://officeapis.public.onecdn.static.microsoft'];

const csp = (html: string): Map<string, string[]> => {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
};
const scripts = (html: string): string[] => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);

describe.each(['src/host/taskpane.html', 'src/commands/commands.html'])('%s', (file) => {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const policy = csp(html);

  it("allows scripts from itself and office.js's two Microsoft hosts, nothing else, no eval", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", ...OFFICE_HOSTS]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('every external script comes from a host the policy allows', () => {
    const external = scripts(html).filter((s) => /^https:/.test(s));
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    for (const s of external) expect(policy.get('script-src')).toContain(new URL(s).origin);
  });
});

describe("Microsoft's office.js (@microsoft/office-js)", () => {
  const js = fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js'), 'utf8');
  it('loads its other files relative to its own script URL, from no other host', () => {
    expect(js).toMatch(/basePath=h\(d\[c\]\.src,f\[e\]\)/);
    const hosts = [...js.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase());
    // the only absolute URLs in it are licence references in comments
    expect([...new Set(hosts)].sort()).toEqual(['go.microsoft.com', 'raw.githubusercontent.com']);
  });
});
