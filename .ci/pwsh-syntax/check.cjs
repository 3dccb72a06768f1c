#!/usr/bin/env node
// Syntax-checks PowerShell files (.ps1, .psd1, .psm1) with the tree-sitter PowerShell grammar
// (the .wasm that the tree-sitter-powershell package ships, run by web-tree-sitter).
//
// Usage: node check.cjs [--root DIR] [--json FILE] [FILE...]
//   With no FILE: every tracked and untracked-not-ignored PowerShell file under the git work tree
//   (DIR, default: the current directory), skipping node_modules/, bin/, obj/ and out/.
//   --json FILE writes {"checked":N,"passed":N,"failed":N,"files":[...]} so a CI script can add
//   the counts (one check per file) to its totals.
// Prints every ERROR / MISSING node as file:line:column, then `syntax: N files checked, N with errors`.
// Exit code: 0 when no file has errors, 1 when some file has errors, 2 on a usage or setup failure.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Parser, Language } = require('web-tree-sitter');

const EXTENSIONS = new Set(['.ps1', '.psd1', '.psm1']);
const SKIPPED_DIRS = new Set(['node_modules', 'bin', 'obj', 'out', '.git']);

let parserPromise = null;

/** Loads the grammar once; resolves to a ready Parser. */
function getParser() {
  if (!parserPromise) {
    parserPromise = (async () => {
      await Parser.init();
      const wasm = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
      const language = await Language.load(wasm);
      const parser = new Parser();
      parser.setLanguage(language);
      return parser;
    })();
  }
  return parserPromise;
}

function isPowerShellFile(relPath) {
  if (!EXTENSIONS.has(path.extname(relPath).toLowerCase())) return false;
  return !relPath.split(/[\\/]/).some((part) => SKIPPED_DIRS.has(part));
}

/** Tracked + untracked-not-ignored files from git; a plain directory walk when root is no git work tree. */
function listFiles(root) {
  let names;
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    names = out.split('\0').filter(Boolean);
  } catch {
    names = [];
    const walk = (dir) => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) walk(rel);
        } else if (entry.isFile()) {
          names.push(rel);
        }
      }
    };
    walk('');
  }
  // A tracked file deleted in the work tree is still listed by git ls-files --cached.
  return [...new Set(names)]
    .filter(isPowerShellFile)
    .filter((rel) => fs.existsSync(path.join(root, rel)))
    .sort();
}

/** Strips a UTF-8 byte order mark (PowerShell 5.1 files often carry one). */
function stripBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses PowerShell source; returns the problems found, each
 * {kind: 'ERROR'|'MISSING', line, column (both 1-based), nodeType, snippet}.
 */
async function checkSource(source) {
  const parser = await getParser();
  const text = stripBom(source);
  const tree = parser.parse(text);
  const problems = [];
  try {
    if (!tree.rootNode.hasError) return problems;
    const lines = text.split(/\r?\n/);
    const visit = (node) => {
      if (node.isMissing || node.isError) {
        const { row, column } = node.startPosition;
        const lineText = lines[row] ?? '';
        problems.push({
          kind: node.isMissing ? 'MISSING' : 'ERROR',
          line: row + 1,
          column: column + 1,
          nodeType: node.type,
          snippet: lineText.trim().slice(0, 120),
        });
        // An ERROR node's children are the tokens it swallowed; report only nested MISSING/ERROR
        // nodes below it, which the recursion does.
      }
      if (!node.hasError && !node.isMissing) return;
      for (const child of node.children) {
        if (child) visit(child);
      }
    };
    visit(tree.rootNode);
  } finally {
    tree.delete();
  }
  return problems;
}

async function checkFile(root, relPath) {
  const source = fs.readFileSync(path.join(root, relPath), 'utf8');
  return checkSource(source);
}

function parseArgs(argv) {
  const options = { root: process.cwd(), json: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root') options.root = path.resolve(argv[++i] ?? '');
    else if (arg === '--json') options.json = path.resolve(argv[++i] ?? '');
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  return options;
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (err) {
    console.error(`syntax: ${err.message}`);
    return 2;
  }
  if (options.help) {
    console.log('usage: node check.cjs [--root DIR] [--json FILE] [FILE...]');
    return 0;
  }
  const root = options.root;
  const files = options.files.length > 0
    ? options.files.map((f) => path.relative(root, path.resolve(f)) || f)
    : listFiles(root);

  const results = [];
  for (const rel of files) {
    let problems;
    try {
      problems = await checkFile(root, rel);
    } catch (err) {
      problems = [{ kind: 'ERROR', line: 0, column: 0, nodeType: 'read', snippet: String(err.message) }];
    }
    for (const p of problems) {
      console.log(`${rel}:${p.line}:${p.column}: ${p.kind} (${p.nodeType}) ${p.snippet}`);
    }
    results.push({ file: rel, errors: problems.length });
  }
  const failed = results.filter((r) => r.errors > 0).length;
  const summary = { checked: results.length, passed: results.length - failed, failed, files: results };
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(summary, null, 2) + '\n');
  console.log(`syntax: ${summary.checked} files checked, ${failed} with errors`);
  return failed > 0 ? 1 : 0;
}

module.exports = { checkSource, listFiles, isPowerShellFile, main };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { console.error(`syntax: ${err.stack || err}`); process.exitCode = 2; },
  );
}
