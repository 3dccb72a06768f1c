#!/usr/bin/env node
// Adds up the <Counters> of VSTest TRX files: prints "<passed> <failed> <total>" on one line.
// Usage: node .ci/count-trx.cjs DIR_OR_FILE...   (directories are searched recursively for *.trx)
// Failed counts every outcome that is not a pass or a skip (failed, error, timeout, aborted, ...).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function trxFiles(target) {
  if (!fs.existsSync(target)) return [];
  if (fs.statSync(target).isFile()) return [target];
  return fs.readdirSync(target, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(target, e.name);
    if (e.isDirectory()) return trxFiles(full);
    return e.isFile() && e.name.toLowerCase().endsWith('.trx') ? [full] : [];
  });
}

function counters(xml) {
  const tag = /<Counters\b([^>]*)\/?>/.exec(xml);
  if (!tag) throw new Error('no <Counters> element');
  const attrs = {};
  for (const m of tag[1].matchAll(/(\w+)="(\d+)"/g)) attrs[m[1]] = Number(m[2]);
  const n = (k) => attrs[k] ?? 0;
  const skipped = n('notExecuted') + n('inconclusive') + n('notRunnable') + n('disconnected');
  const failed = n('failed') + n('error') + n('timeout') + n('aborted');
  return { total: n('total'), passed: n('passed'), failed, skipped };
}

let passed = 0, failed = 0, total = 0;
for (const file of process.argv.slice(2).flatMap(trxFiles)) {
  try {
    const c = counters(fs.readFileSync(file, 'utf8'));
    passed += c.passed; failed += c.failed; total += c.total;
  } catch (err) {
    console.error(`count-trx: ${file}: ${err.message}`);
    failed += 1;
  }
}
console.log(`${passed} ${failed} ${total}`);
