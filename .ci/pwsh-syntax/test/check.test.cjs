'use strict';
// node --test: the checker must accept valid PowerShell and reject broken PowerShell.
// Broken samples live in strings and temp files only: a broken .ps1 in the repo would fail the repo check.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { checkSource, isPowerShellFile } = require('../check.cjs');

const GOOD = {
  'param block and interpolation': [
    "[CmdletBinding()]",
    "param([ValidateSet('Build','Test')][string]$Task = 'Build')",
    "$ErrorActionPreference = 'Stop'",
    'if ($Task -eq "Build") { Write-Host "task: $($Task.ToUpper())" } else { exit 1 }',
    '',
  ].join('\n'),
  'manifest data file': [
    '@{',
    "    RootModule = 'TencentChat.Admin.dll'",
    "    CmdletsToExport = @('Connect-ChatAdmin', 'Get-ChatConversation')",
    "    PrivateData = @{ PSData = @{ Tags = @('chat') } }",
    '}',
    '',
  ].join('\n'),
  'pester block with script blocks and redirection': [
    "Describe 'x' {",
    "    It 'y' {",
    "        { throw 'a' } | Should -Throw",
    "        $out = & { Write-Verbose 'v' -Verbose } 4>&1",
    "        $out | Should -Not -BeNullOrEmpty",
    '    }',
    '}',
    '',
  ].join('\n'),
  'try/finally, here-string, hashtable splat': [
    '$p = @{ Path = "a"; Force = $true }',
    'try {',
    "    $s = @'",
    'literal $not expanded',
    "'@",
    '    Remove-Item @p',
    '} finally {',
    '    Write-Output done',
    '}',
    '',
  ].join('\n'),
  'byte order mark': '\uFEFFWrite-Output 1\r\n',
};

const BAD = {
  'unclosed if condition': 'function f {\n    if ($x -eq 1 {\n    }\n',
  'unterminated string': '$x = "unterminated\n',
  'unclosed brace': "Describe 'x' {\n    It 'y' {\n        1 | Should -Be 1\n",
  'unclosed hashtable': '@{\n    RootModule = \'a.dll\'\n',
};

for (const [name, source] of Object.entries(GOOD)) {
  test(`accepts: ${name}`, async () => {
    assert.deepEqual(await checkSource(source), []);
  });
}

for (const [name, source] of Object.entries(BAD)) {
  test(`rejects: ${name}`, async () => {
    const problems = await checkSource(source);
    assert.ok(problems.length > 0, 'expected at least one ERROR or MISSING node');
    for (const p of problems) {
      assert.match(p.kind, /^(ERROR|MISSING)$/);
      assert.ok(p.line >= 1 && p.column >= 1);
    }
  });
}

test('selects only PowerShell files outside build folders', () => {
  assert.equal(isPowerShellFile('build.ps1'), true);
  assert.equal(isPowerShellFile('TencentChat.Admin.psd1'), true);
  assert.equal(isPowerShellFile('module/x.PSM1'), true);
  assert.equal(isPowerShellFile('README.md'), false);
  assert.equal(isPowerShellFile('out/TencentChat.Admin/TencentChat.Admin.psd1'), false);
  assert.equal(isPowerShellFile('src/x/bin/Release/a.ps1'), false);
  assert.equal(isPowerShellFile('.ci/pwsh-syntax/node_modules/p/a.ps1'), false);
});

test('CLI: exit 0 and counts on good files, exit 1 with file:line:column on bad ones', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwsh-syntax-'));
  try {
    fs.writeFileSync(path.join(dir, 'good.ps1'), GOOD['param block and interpolation']);
    fs.writeFileSync(path.join(dir, 'good.psd1'), GOOD['manifest data file']);
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', 'ignored.ps1'), BAD['unclosed brace']);
    const cli = path.join(__dirname, '..', 'check.cjs');
    const json = path.join(dir, 'counts.json');

    let run = spawnSync(process.execPath, [cli, '--root', dir, '--json', json], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^syntax: 2 files checked, 0 with errors$/m);
    assert.deepEqual(
      (({ checked, passed, failed }) => ({ checked, passed, failed }))(JSON.parse(fs.readFileSync(json, 'utf8'))),
      { checked: 2, passed: 2, failed: 0 },
    );

    fs.writeFileSync(path.join(dir, 'bad.psm1'), BAD['unclosed if condition']);
    run = spawnSync(process.execPath, [cli, '--root', dir, '--json', json], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^bad\.psm1:\d+:\d+: (ERROR|MISSING) /m);
    assert.match(run.stdout, /^syntax: 3 files checked, 1 with errors$/m);
    assert.equal(JSON.parse(fs.readFileSync(json, 'utf8')).failed, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
