#!/usr/bin/env node
// The `tttt` command. Runs the compiled bundle (dist-cli/tttt.cjs, built by `npm run build:cli`,
// which `npm ci`/`npm install` run as the prepare script), so no TypeScript compiler starts.
// Without the bundle, when a source under src/core or src/cli is newer than it (a working copy
// being edited), or with TTTT_FROM_SOURCE=1, it runs the TypeScript sources through tsx instead.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function fail(err) {
  process.stderr.write(`${(err && err.stack) || String(err)}\n`);
  process.exitCode = 1;
}

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist-cli', 'tttt.cjs');

/** Whether a source the command is built from changed after the bundle was built (a working copy being edited). */
function stale(built) {
  const newer = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return newer(p);
      return e.name.endsWith('.ts') && fs.statSync(p).mtimeMs > built;
    });
  };
  return ['core', 'cli'].some((d) => newer(path.join(root, 'src', d)));
}

function useBundle() {
  if (process.env.TTTT_FROM_SOURCE === '1' || !fs.existsSync(bundle)) return false;
  return !stale(fs.statSync(bundle).mtimeMs);
}

let main;
try {
  if (useBundle()) main = require(bundle);
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
