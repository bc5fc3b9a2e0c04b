#!/usr/bin/env node
// The `tttt` command. Runs the compiled bundle (dist-cli/tttt.cjs, built by `npm run build:cli`,
// which `npm ci`/`npm install` run as the prepare script), so no TypeScript compiler starts.
// Without the bundle — or with TTTT_FROM_SOURCE=1 while changing the sources — it runs the
// TypeScript sources through tsx instead.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function fail(err) {
  process.stderr.write(`${(err && err.stack) || String(err)}\n`);
  process.exitCode = 1;
}

const bundle = path.join(__dirname, '..', 'dist-cli', 'tttt.cjs');
let main;
try {
  if (process.env.TTTT_FROM_SOURCE !== '1' && fs.existsSync(bundle)) main = require(bundle);
  else {
    require('tsx/cjs');
    main = require('../src/cli/main.ts');
  }
} catch (err) {
  fail(err);
}
if (main) {
  main.run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, fail);
}
