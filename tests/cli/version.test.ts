/** `rapk --version` says package.json's version (read, not written down in the CLI). */
import * as fs from 'fs';
import * as path from 'path';
import { packageVersion } from '../../src/cli/version';
import { rapk } from '../support/cli';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

describe('rapk --version', () => {
  it("is package.json's", async () => {
    expect(packageVersion()).toBe(pkg.version);
    const r = await rapk('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });
});
