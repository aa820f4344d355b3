#!/usr/bin/env node
'use strict';
let main;
try {
  main = require('../dist/cli/main.js').main;
} catch (e) {
  process.stderr.write('rapk: belum dibangun / not built yet: run `npm run build:cli` (npm ci does it).\n');
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`rapk: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
