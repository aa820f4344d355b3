#!/usr/bin/env node
/**
 * Writes the planners' guide, assets/panduan.html, from the compiled core (`npm run guide`
 * builds the CLI first). tests/core/guide.test.ts fails when the committed guide differs from
 * what this writes, so a new rule or a changed sentence cannot leave the guide behind.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { buildGuide, GUIDE_FILE } = require(path.join(root, 'dist/core/guide.js'));
const out = path.join(root, 'assets', GUIDE_FILE);
fs.writeFileSync(out, buildGuide('id'));
process.stdout.write(`${path.relative(root, out)}\n`);
