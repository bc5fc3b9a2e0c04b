#!/usr/bin/env node
// The `tttt` command. Runs the TypeScript sources through tsx, so `npm ci` is all it needs.
'use strict';
require('tsx/cjs');

function fail(err) {
  process.stderr.write(`${(err && err.stack) || String(err)}\n`);
  process.exitCode = 1;
}

let main;
try {
  main = require('../src/cli/main.ts');
} catch (err) {
  fail(err);
}
if (main) {
  main.run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, fail);
}
