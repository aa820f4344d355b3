#!/usr/bin/env node
/**
 * `npm ci` / `npm install` run this (the `prepare` script): it compiles the command line to
 * dist/cli so that `npx rapk …` works right after install. Offline, about 6 s. Skipped when
 * TypeScript is not installed (an install without devDependencies has no compiler; run
 * `npm run build:cli` where it is).
 */
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  process.stdout.write('rapk: TypeScript is not installed; skipping the CLI build (npm run build:cli).\n');
  process.exit(0);
}
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { cwd: root, stdio: 'inherit' });
