#!/usr/bin/env node
// `npm start`: build and package the extension, install the .vsix into a private VS Code
// (code-server, provisioned on first use into .vscode-test/), and open seeds/ in it on
// 127.0.0.1. With a desktop `code` on PATH it offers that instead. Ctrl+C stops
// everything this started.
//
//   npm start                 the private editor in your browser (prints the URL)
//   npm start -- --desktop    desktop VS Code with this extension in development mode
//   npm start -- --browser    the private editor even where a desktop `code` exists
//   npm start -- --port 8080  a fixed port instead of a free one
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { spawn, spawnSync } = require('child_process');
const p = require('./paths');
const cs = require('./codeServer');
const { provision } = require('./provision');

const args = process.argv.slice(2);
const wantDesktop = args.includes('--desktop');
const wantBrowser = args.includes('--browser');
const portArg = args.indexOf('--port') >= 0 ? Number(args[args.indexOf('--port') + 1]) : undefined;

function say(msg) {
  process.stdout.write(`${msg}\n`);
}

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function npmRun(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: p.repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    say(`npm run ${script} failed`);
    process.exit(r.status || 1);
  }
}

function desktop() {
  say('Opening seeds/ in desktop VS Code with this extension in development mode…');
  npmRun('build');
  const child = spawn('code', ['--extensionDevelopmentPath=' + p.repoRoot, p.seedsDir], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function browser() {
  npmRun('package');
  provision();
  const prof = cs.profile(path.join(p.cacheDir, 'start'));
  // Prose reads better wrapped; everything else is a stock user profile.
  cs.prepareProfile(prof, { 'editor.wordWrap': 'on' });
  say(cs.installVsix(prof, p.vsixPath));
  const port = portArg || (await cs.freePort());
  const server = cs.startCodeServer(prof, { port, folder: p.seedsDir, output: path.join(prof.root, 'code-server.log') });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping the editor…');
    await cs.stopCodeServer(server);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  server.on('exit', (code) => {
    if (!stopping) {
      say(`code-server exited (${code}); its log: ${path.join(prof.root, 'code-server.log')}`);
      process.exit(code || 1);
    }
  });
  await cs.waitForServer(server, port);
  say('');
  say(`Văn Kiện is installed in a private VS Code with seeds/ open:`);
  say('');
  say(`    ${cs.workbenchUrl(port, p.seedsDir)}`);
  say('');
  say(`Open that address in a browser on this machine (its log: ${path.relative(p.repoRoot, path.join(prof.root, 'code-server.log'))}).`);
  say('Press Ctrl+C to stop.');
}

function runBrowser() {
  browser().catch((err) => {
    say(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}

if (wantDesktop) {
  desktop();
} else if (!wantBrowser && onPath('code') && process.stdin.isTTY) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question('A desktop VS Code is on your PATH. Open seeds/ there (code --extensionDevelopmentPath=. seeds)? [Y/n] ', (answer) => {
    rl.close();
    if (/^n/i.test(answer.trim())) runBrowser();
    else desktop();
  });
} else {
  if (!wantBrowser && onPath('code')) say('A desktop VS Code is on your PATH: `npm start -- --desktop` opens seeds/ there.\n');
  runBrowser();
}
