/**
 * The production manifest (issue 21 item 12): `npm run build -- --env addinUrl=https://…` (or
 * RAPK_ADDIN_URL) writes dist/web/manifest.xml with that address everywhere and no localhost.
 * Checked through the function webpack.config.js calls and the config's own copy step, without
 * running the build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DEV_URL, addinUrlOf, manifestFor, normaliseUrl } from '../../scripts/manifest';

const ROOT = path.resolve(__dirname, '../..');
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://rapk.pom.go.id/addin';

/** Every https URL the manifest names (attribute values and element texts; comments aside). */
const urlsOf = (xml: string): string[] => [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);

describe('the production manifest', () => {
  const built = manifestFor(source, `${BASE}/`);

  it('names the given address everywhere, no localhost, and stays well-formed', () => {
    expect(XMLValidator.validate(built)).toBe(true);
    expect(built).not.toMatch(/localhost/i);
    const urls = urlsOf(built);
    // the same URLs as the dev manifest, moved
    expect(urls).toHaveLength(urlsOf(source).length);
    for (const u of urls) expect(u === 'https://rapk.pom.go.id' || u.startsWith(`${BASE}/`)).toBe(true);
    const app = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(built).OfficeApp;
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(`${BASE}/taskpane.html`);
    expect(app.AppDomains.AppDomain).toBe('https://rapk.pom.go.id');
    expect(app.IconUrl['@DefaultValue']).toBe(`${BASE}/assets/icon-32.png`);
    // nothing else changed: the same elements, ids and requirements
    const strip = (xml: string): string =>
      xml
        .replace(/<!--[\s\S]*?-->/, '')
        .replace(/https:\/\/[^"<\s]+/g, 'URL')
        .replace(/\s+/g, ' ');
    expect(strip(built)).toBe(strip(source));
  });

  it('an address at the root of a host, or with a port, works too', () => {
    expect(urlsOf(manifestFor(source, 'https://addin.example.org'))).toContain('https://addin.example.org/taskpane.html');
    const withPort = manifestFor(source, 'https://intranet.pom.go.id:8443/rapk');
    expect(withPort).toContain('<AppDomain>https://intranet.pom.go.id:8443</AppDomain>');
    expect(withPort).toContain('"https://intranet.pom.go.id:8443/rapk/commands.html"');
  });

  it('refuses what Office cannot load: http, no URL, a query', () => {
    expect(() => normaliseUrl('http://rapk.pom.go.id')).toThrow(/https/);
    expect(() => normaliseUrl('rapk.pom.go.id')).toThrow(/not a URL/);
    expect(() => normaliseUrl('https://rapk.pom.go.id/?a=1')).toThrow(/plain address/);
  });

  it('takes the address from webpack --env, else RAPK_ADDIN_URL; none for a dev build', () => {
    expect(addinUrlOf({ addinUrl: `${BASE}/` }, {})).toBe(BASE);
    expect(addinUrlOf({}, { RAPK_ADDIN_URL: BASE })).toBe(BASE);
    expect(addinUrlOf({ addinUrl: BASE }, { RAPK_ADDIN_URL: 'https://other.example' })).toBe(BASE);
    expect(addinUrlOf({}, {})).toBeNull();
    expect(DEV_URL).toBe('https://localhost:3000');
  });

  it('webpack.config.js copies manifest.xml through the rewrite (dev builds keep it as it is)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: object[] }>;
    const copyOf = async (env: object): Promise<(c: Buffer) => Buffer | string> => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const c = await config({ WEBPACK_BUILD: true, ...env }, { mode: 'production' });
      warn.mockRestore();
      const copy = c.plugins.find((p) => p.constructor.name === 'CopyPlugin') as {
        patterns: { from: string; transform?: (c: Buffer) => Buffer | string }[];
      };
      const m = copy.patterns.find((p) => p.from === 'manifest.xml')!;
      return m.transform ?? ((c) => c);
    };
    const prod = await copyOf({ addinUrl: BASE });
    expect(String(prod(Buffer.from(source)))).toBe(manifestFor(source, BASE));
    const dev = await copyOf({});
    expect(String(dev(Buffer.from(source)))).toBe(source);
  });

  it('`npm run build -- --env addinUrl=…` reaches webpack through the npm scripts', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    // npm appends the arguments after `--` to the script: `… && npm run build:web -- --env addinUrl=…`
    expect(scripts['build']).toMatch(/npm run build:web --$/);
    expect(scripts['build:web']).toMatch(/^webpack /);
  });
});
