#!/usr/bin/env node
'use strict';
const { exitWhenDrained } = require('./exit.js');
let main = null;
try {
  main = require('../dist/cli/main.js').main;
} catch (e) {
  process.stderr.write('rapk: belum dibangun / not built yet: run `npm run build:cli` (npm ci does it).\n');
  exitWhenDrained(2);
}
if (main) {
  main(process.argv.slice(2)).then(
    (code) => exitWhenDrained(code),
    (err) => {
      process.stderr.write(`rapk: ${err && err.message ? err.message : String(err)}\n`);
      exitWhenDrained(2);
    },
  );
}
