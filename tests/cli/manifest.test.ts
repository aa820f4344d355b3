/** The add-in manifest, checked offline: well-formed, required elements, assets, unique ids. */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  const app = doc.OfficeApp;

  it('is a task-pane add-in for Workbook asking for ReadWriteDocument only', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Hosts.Host['@Name']).toBe('Workbook');
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('states ExcelApi 1.9 as its minimum (checked again at run time)', () => {
    expect(app.Requirements.Sets.Set).toMatchObject({ '@Name': 'ExcelApi', '@MinVersion': '1.9' });
  });

  it('has Indonesian and English display names and descriptions', () => {
    expect(app.DefaultLocale).toBe('id-ID');
    expect(app.DisplayName['@DefaultValue']).toBeTruthy();
    expect(app.DisplayName.Override['@Locale']).toBe('en-US');
    expect(app.Description.Override['@Locale']).toBe('en-US');
  });

  it('has a ribbon button on the Home tab that shows the task pane', () => {
    const host = app.VersionOverrides.Hosts.Host;
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    expect(tab.Group.Control.Action['@xsi:type']).toBe('ShowTaskpane');
  });

  it('every referenced asset exists, icons at 16/32/64/80 px', () => {
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([^"]+)/g)].map((m) => m[1]!);
    const assets = urls.filter((u) => u.startsWith('assets/'));
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const a of assets) expect(fs.existsSync(path.join(ROOT, a))).toBe(true);
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const pages = urls.filter((u) => u.endsWith('.html')).map((u) => u.replace(/\.html$/, ''));
    // the planners' guide is served from the assets (SupportUrl, issue 22)
    for (const p of pages) expect(['taskpane', 'commands', 'harness', 'assets/panduan']).toContain(p);
  });

  it('resource ids are unique and every resid is defined', () => {
    const ids = [...xml.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    for (const r of resids) expect(ids).toContain(r);
  });
});
